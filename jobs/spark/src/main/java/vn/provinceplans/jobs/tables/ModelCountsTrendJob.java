package vn.provinceplans.jobs.tables;

/** model_counts_trend: models targeted, registered and recognised per province and year (ppw/marts/model_counts_trend.sql). */
public final class ModelCountsTrendJob extends MartJob {

    @Override
    public String table() {
        return "model_counts_trend";
    }
}
