package vn.provinceplans.jobs.tables;

/** index_linkage_summary: linked against unlinked province-years, with the observations behind each figure (ppw/marts/index_linkage_summary.sql). */
public final class IndexLinkageSummaryJob extends MartJob {

    @Override
    public String table() {
        return "index_linkage_summary";
    }
}
