package vn.provinceplans.dashboards;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one untrusted statement against a {@link Catalog}: only a single query (SELECT, WITH, VALUES, FROM,
 * DESCRIBE, SUMMARIZE …), decided by DuckDB's own parser, never a statement that writes, attaches, copies, loads or
 * configures; cancelled after a timeout; at most {@code maxRows} rows returned.
 */
public final class ReadOnlyQueries {

    private final Catalog catalog;
    private final int maxRows;
    private final Duration timeout;

    public ReadOnlyQueries(Catalog catalog, int maxRows, Duration timeout) {
        this.catalog = catalog;
        this.maxRows = maxRows;
        this.timeout = timeout;
    }

    public QueryResult run(String sql) throws QueryRefused, SQLException {
        return run(sql, List.of());
    }

    /**
     * Runs a query with parameters ({@code $1}, {@code $2} … or {@code ?}), bound as text in order: a value is
     * never pasted into the SQL, so it cannot change what the statement does.
     */
    public QueryResult run(String sql, List<String> params) throws QueryRefused, SQLException {
        String statement = check(sql);
        Connection c = catalog.connection();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "query-timeout");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean timedOut = new AtomicBoolean();
        // DuckDB's plain statements are prepared statements too: which call runs the query is decided here.
        boolean bound = !params.isEmpty();
        try (Statement s = bound ? c.prepareStatement(statement) : c.createStatement()) {
            for (int i = 0; i < params.size(); i++) {
                ((PreparedStatement) s).setString(i + 1, params.get(i));
            }
            ScheduledFuture<?> cancel = timer.schedule(() -> {
                timedOut.set(true);
                try {
                    s.cancel();
                } catch (SQLException ignored) {
                    // The statement finished while we were cancelling it.
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (ResultSet rs = bound ? ((PreparedStatement) s).executeQuery() : s.executeQuery(statement)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                List<String> types = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                    types.add(md.getColumnTypeName(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (rs.next()) {
                    if (rows.size() >= maxRows) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(value(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                cancel.cancel(false);
                return new QueryResult(columns, types, rows, truncated);
            } catch (SQLException e) {
                if (timedOut.get()) {
                    throw new QueryRefused("the query ran longer than " + timeout.toSeconds()
                            + " s and was cancelled (raise --timeout)");
                }
                throw e;
            }
        } finally {
            timer.shutdownNow();
        }
    }

    /** The statement to run, or why it is refused. */
    String check(String sql) throws QueryRefused, SQLException {
        String s = sql == null ? "" : sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw new QueryRefused("empty statement");
        }
        try (PreparedStatement p = catalog.connection().prepareStatement(
                "SELECT (j->>'error')::BOOLEAN, j->>'error_message', json_array_length(j->'statements') "
                        + "FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)")) {
            p.setString(1, s);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getBoolean(1)) {
                    String message = r.getString(2);
                    if (message != null && message.startsWith("Only SELECT")) {
                        throw new QueryRefused("only read-only queries are allowed (SELECT, WITH, FROM, VALUES, "
                                + "DESCRIBE, SUMMARIZE): this statement would change or reach outside the warehouse");
                    }
                    throw new QueryRefused("cannot parse the statement: " + message);
                }
                if (r.getInt(3) != 1) {
                    throw new QueryRefused("one statement at a time: found " + r.getInt(3));
                }
            }
        }
        return s;
    }

    private static Object value(Object v) throws SQLException {
        if (v instanceof Array a) {
            Object[] items = (Object[]) a.getArray();
            List<Object> out = new ArrayList<>(items.length);
            for (Object item : items) {
                out.add(value(item));
            }
            return out;
        }
        if (v instanceof Object[] items) {
            return Arrays.asList(items);
        }
        return v;
    }
}
