package vn.provinceplans.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A contract table as a DuckDB view over a snapshot's Parquet files, in contract columns and types: the one way both
 * the readers' catalog and a run that writes with DuckDB (a small change) see a table. Only {@code java.sql} here; the
 * caller brings the DuckDB connection.
 */
public final class DuckDbViews {

    private DuckDbViews() {
    }

    /**
     * The statement that creates (or replaces) the view of {@code table} over its folder {@code dir}: contract
     * columns in contract order and types over explicit globs. A column the files do not have (a snapshot written
     * before the column existed) reads as NULL, so an older snapshot stays readable after the contract grows; a
     * table without files is an empty view.
     */
    public static String createView(Connection c, TableSpec table, Path dir) throws SQLException {
        if (!hasParquet(dir, table)) {
            String nulls = table.columns().stream()
                    .map(col -> "CAST(NULL AS " + col.type().duckdbType() + ") AS " + ident(col.name()))
                    .collect(Collectors.joining(", "));
            return "CREATE OR REPLACE VIEW " + ident(table.name()) + " AS SELECT " + nulls + " WHERE false";
        }
        String glob = dir.toString() + "/" + WarehouseLayout.parquetGlob(table);
        String source = "read_parquet(" + literal(glob) + (table.partitioned() ? ", hive_partitioning=true" : "")
                + ")";
        java.util.Set<String> present = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (r.next()) {
                present.add(r.getString("column_name"));
            }
        }
        String columns = table.columns().stream()
                .map(col -> (present.contains(col.name()) ? "CAST(" + ident(col.name()) + " AS "
                        : "CAST(NULL AS ") + col.type().duckdbType() + ") AS " + ident(col.name()))
                .collect(Collectors.joining(", "));
        return "CREATE OR REPLACE VIEW " + ident(table.name()) + " AS SELECT " + columns + " FROM " + source;
    }

    private static boolean hasParquet(Path dir, TableSpec table) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        int depth = table.partitioned() ? 2 : 1;
        try (Stream<Path> files = Files.find(dir, depth, (p, a) -> a.isRegularFile()
                && p.getFileName().toString().endsWith(".parquet") && p.getParent().equals(dir) != table.partitioned())) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quoted SQL identifier. */
    public static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
