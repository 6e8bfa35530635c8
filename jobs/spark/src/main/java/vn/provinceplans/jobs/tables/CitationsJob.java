package vn.provinceplans.jobs.tables;

/** citations: exploded from the facts the extract stage nested in each document's row. */
public final class CitationsJob extends NestedFactsJob {

    public CitationsJob() {
        super("citations", "citations");
    }
}
