package vn.provinceplans.jobs.tables;

/** index_linkage: whether documents name an index, next to the score and its next-year change (ppw/marts/index_linkage.sql). */
public final class IndexLinkageJob extends MartJob {

    @Override
    public String table() {
        return "index_linkage";
    }
}
