package vn.provinceplans.jobs.tables;

/** deadlines: exploded from the facts the extract stage nested in each document's row. */
public final class DeadlinesJob extends NestedFactsJob {

    public DeadlinesJob() {
        super("deadlines", "deadlines");
    }
}
