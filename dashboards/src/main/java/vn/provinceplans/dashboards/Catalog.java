package vn.provinceplans.dashboards;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.DuckDbViews;
import vn.provinceplans.schema.TableSpec;
import vn.provinceplans.schema.WarehouseLayout;

/**
 * An in-memory DuckDB with one view per contract table over the published snapshot's Parquet files. Nothing is
 * written to disk and no {@code .duckdb} file is locked, so any number of readers can open the same warehouse while a
 * run writes the next snapshot. The connection is then confined: it reads only inside the snapshot folder and its
 * configuration is locked.
 */
public final class Catalog implements AutoCloseable {

    private final Connection connection;
    private final Path snapshot;

    private Catalog(Connection connection, Path snapshot) {
        this.connection = connection;
        this.snapshot = snapshot;
    }

    /** Opens the warehouse's published snapshot; fails with a clear message when there is none. */
    public static Catalog open(Path warehouse) throws IOException, SQLException {
        Path root = warehouse.toAbsolutePath().normalize();
        Path snapshot = WarehouseLayout.currentSnapshot(root).orElseThrow(() -> new IOException(
                "no warehouse at " + root + ": run ./warehouse run first (or pass --warehouse DIR)"));
        Properties props = new Properties();
        Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
        try (Statement s = c.createStatement()) {
            for (TableSpec t : Contract.get().tables()) {
                s.execute(DuckDbViews.createView(c, t, snapshot.resolve(t.name())));
            }
            // A snapshot's files never change, so their footers are read once, not by every scan of every query.
            s.execute("SET parquet_metadata_cache=true");
            // Confine what SQL can do: read inside this snapshot only, and never change that again.
            s.execute("SET allowed_directories=[" + DuckDbViews.literal(snapshot.toString() + "/") + "]");
            s.execute("SET enable_external_access=false");
            s.execute("SET autoinstall_known_extensions=false");
            s.execute("SET autoload_known_extensions=false");
            s.execute("SET lock_configuration=true");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Catalog(c, snapshot);
    }

    public Connection connection() {
        return connection;
    }

    /** The published snapshot this catalog reads. */
    public Path snapshot() {
        return snapshot;
    }

    /** Column names of a table, for completion and documentation. */
    public static List<String> columns(String table) {
        return Contract.get().table(table).columns().stream().map(ColumnSpec::name).toList();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
