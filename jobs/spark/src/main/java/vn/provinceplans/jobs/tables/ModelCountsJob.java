package vn.provinceplans.jobs.tables;

/** model_counts: exploded from the facts the extract stage nested in each document's row. */
public final class ModelCountsJob extends NestedFactsJob {

    public ModelCountsJob() {
        super("model_counts", "model_counts");
    }
}
