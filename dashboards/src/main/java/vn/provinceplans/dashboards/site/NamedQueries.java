package vn.provinceplans.dashboards.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.dashboards.QueryRefused;
import vn.provinceplans.dashboards.ReadOnlyQueries;

/**
 * The SQL behind the charts, one file per query in {@code dashboards/queries/<name>.sql} (on the classpath as
 * {@code queries/<name>.sql}). The chart queries take no parameters and return every province at once, so the site
 * needs a handful of queries rather than one per page; the document list of a page ({@link #UNIT_DOCUMENTS}) takes
 * the page's unit as parameters, so no step holds every document. An analyst runs the very same file with
 * {@code ./warehouse query --file dashboards/queries/<name>.sql [--param V …]}. They run through the read-only query
 * surface.
 */
public final class NamedQueries {

    /** Every named query, in the order the site runs them. */
    public static final List<String> NAMES = List.of("units", "index_ranking", "index_trend", "unit_index_trend",
            "index_sources", "timeliness_trend", "model_counts_trend", "index_linkage_trend",
            "index_linkage_summary", "province_activity", "input_flags");

    /** The documents of one page: parameters the unit's code and its era ({@code former} or {@code current}). */
    public static final String UNIT_DOCUMENTS = "unit_documents";

    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("(?m)^-- params:(.*)$");

    private NamedQueries() {
    }

    public static String sql(String name) {
        String resource = "/queries/" + name + ".sql";
        try (InputStream in = NamedQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no named query " + name + " (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example parameters a query file gives on its {@code -- params: a, b} line (none when it has no such line):
     * what the benchmark times it with.
     */
    public static List<String> exampleParams(String sql) {
        java.util.regex.Matcher m = EXAMPLE.matcher(sql);
        if (!m.find()) {
            return List.of();
        }
        return java.util.Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
    }

    static Table run(Catalog catalog, String name, String... params) throws SQLException {
        return run(catalog, "named query " + name, name, sql(name), List.of(params));
    }

    /**
     * Every query the site runs goes through here, on the read-only surface with no row cap; {@code what} names it
     * in an error ("named query index_trend", "documents of slice 3").
     */
    static Table run(Catalog catalog, String what, String table, String sql, List<String> params)
            throws SQLException {
        try {
            return new Table(table, new ReadOnlyQueries(catalog, Integer.MAX_VALUE, Duration.ofMinutes(10))
                    .run(sql, params));
        } catch (QueryRefused e) {
            throw new IllegalStateException("the " + what + " was refused: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new SQLException("the " + what + " failed: " + e.getMessage(), e);
        }
    }
}
