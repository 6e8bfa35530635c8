package vn.provinceplans.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.WarehouseLayout;

/** DuckDB views over a published snapshot: typed, lock-free, confined to the snapshot, read-only. */
class CatalogTest {

    @TempDir
    static Path warehouse;
    static Path snapshot;

    @BeforeAll
    static void publishASnapshot() throws Exception {
        snapshot = Files.createDirectories(warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve("s1"));
        // Spark's layout for a partitioned table, with a NULL partition as Spark writes it.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Path y2021 = Files.createDirectories(snapshot.resolve("documents/year=2021"));
            Path unknown = Files.createDirectories(snapshot.resolve("documents/year=__HIVE_DEFAULT_PARTITION__"));
            s.execute("COPY (SELECT 'a' AS doc_id, 'Quảng Ngãi' AS province, DATE '2021-03-04' AS issue_date) TO '"
                    + y2021.resolve("part-0.parquet") + "' (FORMAT parquet)");
            s.execute("COPY (SELECT 'b' AS doc_id, NULL::VARCHAR AS province, NULL::DATE AS issue_date) TO '"
                    + unknown.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        Files.writeString(snapshot.resolve(WarehouseLayout.SUCCESS), "");
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), "s1\n");
    }

    @Test
    void viewsFollowTheContractAndReadHivePartitions() throws Exception {
        try (Catalog catalog = Catalog.open(warehouse)) {
            QueryResult r = queries(catalog).run("select doc_id, province, issue_date, year, doc_number from documents "
                    + "order by doc_id");
            assertEquals(List.of("doc_id", "province", "issue_date", "year", "doc_number"), r.columns());
            assertEquals(List.of("VARCHAR", "VARCHAR", "DATE", "INTEGER", "VARCHAR"), r.types());
            assertEquals(2, r.rows().size());
            assertEquals("2021-03-04", r.rows().get(0).get(2).toString());
            assertEquals(2021, r.rows().get(0).get(3));
            assertEquals(null, r.rows().get(1).get(3));
            // Tables with no files yet are empty views with the contract's columns.
            for (String table : Contract.get().tables().stream().map(t -> t.name()).toList()) {
                QueryResult d = queries(catalog).run("describe " + table);
                assertEquals(Contract.get().table(table).columns().size(), d.rows().size(), table);
            }
        }
    }

    @Test
    void manyReadersAtOnceAndNothingWrittenToTheWarehouse() throws Exception {
        List<Path> before = files();
        try (Catalog a = Catalog.open(warehouse); Catalog b = Catalog.open(warehouse)) {
            assertEquals(2L, queries(a).run("select count(*) from documents").rows().get(0).get(0));
            assertEquals(2L, queries(b).run("select count(*) from documents").rows().get(0).get(0));
        }
        assertEquals(before, files());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "COPY (select * from documents) TO 'out.csv'",
        "ATTACH 'other.duckdb' AS o",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "CREATE TABLE t AS SELECT 1",
        "INSERT INTO documents SELECT * FROM documents",
        "DELETE FROM documents",
        "DROP VIEW documents",
        "select 1; select 2",
        "",
    })
    void statementsThatAreNotOneQueryAreRefused(String sql) throws Exception {
        List<Path> before = files();
        try (Catalog catalog = Catalog.open(warehouse)) {
            assertThrows(QueryRefused.class, () -> queries(catalog).run(sql));
        }
        assertEquals(before, files());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from read_csv('/etc/passwd')",
        "select * from read_text('/etc/hostname')",
        "select * from read_parquet('/tmp/*.parquet')",
        "select * from glob('/*')",
    })
    void queriesCannotReadOutsideTheSnapshot(String sql) throws Exception {
        try (Catalog catalog = Catalog.open(warehouse)) {
            SQLException e = assertThrows(SQLException.class, () -> queries(catalog).run(sql));
            assertTrue(e.getMessage().contains("ermission") || e.getMessage().contains("disabled"), e.getMessage());
        }
    }

    @Test
    void noPublishedSnapshotIsAClearError(@TempDir Path empty) {
        IOException e = assertThrows(IOException.class, () -> Catalog.open(empty));
        assertTrue(e.getMessage().startsWith("no warehouse at"), e.getMessage());
    }

    private static ReadOnlyQueries queries(Catalog c) {
        return new ReadOnlyQueries(c, 1000, Duration.ofSeconds(30));
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(warehouse)) {
            return s.sorted().toList();
        }
    }
}
