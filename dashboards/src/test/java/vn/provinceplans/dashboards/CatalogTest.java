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
    void sparkTemporaryFilesAreNeverRead(@TempDir Path wh) throws Exception {
        Path snap = Files.createDirectories(wh.resolve(WarehouseLayout.SNAPSHOTS).resolve("s1"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String dir : List.of("documents/year=2021", "documents/_temporary",
                    "documents/_temporary/0/task_1/year=2021", "rejected", "rejected/_temporary/0")) {
                Path d = Files.createDirectories(snap.resolve(dir));
                s.execute("COPY (SELECT 'x' AS doc_id, 'x' AS source_path, 'r' AS reason, 1::BIGINT AS bytes) TO '"
                        + d.resolve("part-0.parquet") + "' (FORMAT parquet)");
            }
        }
        Files.writeString(snap.resolve(WarehouseLayout.SUCCESS), "");
        Files.writeString(wh.resolve(WarehouseLayout.CURRENT), "s1\n");
        try (Catalog catalog = Catalog.open(wh)) {
            assertEquals(1L, queries(catalog).run("select count(*) from documents").rows().get(0).get(0));
            assertEquals(1L, queries(catalog).run("select count(*) from rejected").rows().get(0).get(0));
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
        "EXPORT DATABASE 'dump'",
        "CHECKPOINT",
        "VACUUM",
        "DETACH memory",
        "USE memory",
        "CALL pragma_version()",
        "CREATE MACRO m(x) AS x + 1",
        "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 'x')",
        "SET allowed_directories = ['/']",
        "RESET enable_external_access",
        "UPDATE documents SET province = 'x'",
        "EXPLAIN ANALYZE COPY (select 1) TO 'x.csv'",
        "select 1; COPY (select 1) TO 'x.csv'",
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
        "select * from read_csv('../../../../etc/passwd')",
        "select * from 'snapshots/../../x.csv'",
        "select * from query('attach ''x.duckdb''')",

    })
    void queriesCannotReadOutsideTheSnapshot(String sql) throws Exception {
        try (Catalog catalog = Catalog.open(warehouse)) {
            SQLException e = assertThrows(SQLException.class, () -> queries(catalog).run(sql));
            assertTrue(e.getMessage().contains("ermission") || e.getMessage().contains("disabled")
                    || e.getMessage().contains("not allowed") || e.getMessage().contains("single SELECT"), e.getMessage());
        }
    }

    @Test
    void aLongQueryIsCancelledAndOutputIsCapped() throws Exception {
        try (Catalog catalog = Catalog.open(warehouse)) {
            ReadOnlyQueries slow = new ReadOnlyQueries(catalog, 1000, Duration.ofMillis(500));
            long started = System.nanoTime();
            QueryRefused e = assertThrows(QueryRefused.class,
                    () -> slow.run("select count(*) from range(100000000000) a where a.range % 7 = 3"));
            assertTrue(e.getMessage().contains("was cancelled"), e.getMessage());
            assertTrue(System.nanoTime() - started < 20_000_000_000L, "the cancel took too long");
            QueryResult capped = new ReadOnlyQueries(catalog, 10, Duration.ofSeconds(30))
                    .run("select * from range(1000)");
            assertEquals(10, capped.rows().size());
            assertTrue(capped.truncated());
            // The connection still works after a cancel.
            assertEquals(2L, queries(catalog).run("select count(*) from documents").rows().get(0).get(0));
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
