package vn.provinceplans.jobs.tables;

/** timeliness: submission timeliness, every deadline and its answers (ppw/marts/timeliness.sql). */
public final class TimelinessJob extends MartJob {

    @Override
    public String table() {
        return "timeliness";
    }
}
