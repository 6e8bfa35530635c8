package vn.provinceplans.jobs.tables;

/** index_mentions: exploded from the facts the extract stage nested in each document's row. */
public final class IndexMentionsJob extends NestedFactsJob {

    public IndexMentionsJob() {
        super("index_mentions", "index_mentions");
    }
}
