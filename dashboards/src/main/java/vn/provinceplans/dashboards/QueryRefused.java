package vn.provinceplans.dashboards;

/** A statement the read-only SQL surface does not run, with the reason in plain words. */
public final class QueryRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public QueryRefused(String message) {
        super(message);
    }
}
