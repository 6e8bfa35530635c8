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
 * {@code queries/<name>.sql}). They take no parameters and return every province at once, so the site needs a
 * handful of queries rather than one per page, and an analyst can run the very same file with
 * {@code ./warehouse query --file dashboards/queries/<name>.sql}. They run through the read-only query surface.
 */
public final class NamedQueries {

    /** Every named query, in the order the site runs them. */
    public static final List<String> NAMES = List.of("units", "index_ranking", "index_trend", "unit_index_trend",
            "index_sources", "timeliness_trend", "model_counts_trend", "index_linkage_trend",
            "index_linkage_summary", "province_activity", "documents_by_province", "input_flags");

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

    static Table run(Catalog catalog, String name) throws SQLException {
        try {
            return new Table(name, new ReadOnlyQueries(catalog, Integer.MAX_VALUE, Duration.ofMinutes(10))
                    .run(sql(name)));
        } catch (QueryRefused e) {
            throw new IllegalStateException("the named query " + name + " was refused: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new SQLException("the named query " + name + " failed: " + e.getMessage(), e);
        }
    }
}
