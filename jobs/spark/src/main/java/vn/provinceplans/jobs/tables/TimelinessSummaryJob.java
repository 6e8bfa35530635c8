package vn.provinceplans.jobs.tables;

/** timeliness_summary: deadlines per province, era, year and status (ppw/marts/timeliness_summary.sql). */
public final class TimelinessSummaryJob extends MartJob {

    @Override
    public String table() {
        return "timeliness_summary";
    }
}
