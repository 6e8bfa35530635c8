package vn.provinceplans.jobs.tables;

/** timeliness: submission timeliness, every deadline and its answers (ppw/marts/timeliness.sql). */
public final class TimelinessJob extends MartJob {

    @Override
    public String table() {
        return "timeliness";
    }

    /**
     * As many files as the query's last stage has partitions: one file would run the joins that match every deadline
     * occurrence with its answers (1.5 million rows for 100 000 documents) in a single task.
     */
    @Override
    public int outputFiles() {
        return 0;
    }
}
