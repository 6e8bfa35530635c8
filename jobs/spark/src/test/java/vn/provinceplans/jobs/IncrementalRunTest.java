package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;
import vn.provinceplans.schema.WarehouseLayout;

/**
 * A run after a change reads only new or changed files, extracts only new texts, links the tables whose sources did
 * not change, and publishes exactly what a full rebuild of the same input publishes, table by table.
 */
class IncrementalRunTest extends SparkTestBase {

    @TempDir
    static Path input;
    @TempDir
    static Path incremental;
    @TempDir
    static Path full;
    @TempDir
    static Path registers;
    @TempDir
    static Path indices;

    static RunResult first;
    static RunResult second;
    static RunResult third;
    static RunResult unchanged;
    static RunResult registerChanged;
    static RunResult indexChanged;
    static RunResult fourth;
    /** Where the Spark SQL queries of these runs started. */
    static List<String> unchangedQueries;
    static List<String> registerChangedQueries;
    static List<String> indexChangedQueries;

    /** The tables computed from the documents alone, from the registers, and from the index files (no mart). */
    static final Set<String> DOCUMENT_TABLES = Set.of("document_text", "documents", "inputs", "rejected",
            "citations", "index_mentions", "deadlines", "model_counts");
    static final Set<String> REGISTER_TABLES = Set.of("submissions", "model_registry", "rejected_rows");
    static final Set<String> INDEX_TABLES = Set.of("province_aliases", "index_scores", "index_scores_rollup",
            "index_benchmarks", "rejected_rows", "province_index_year");

    @BeforeAll
    static void runChangeRunAgain() throws IOException {
        for (String seed : PipelineTest.SEEDS) {
            Files.write(input.resolve(seed), PipelineTest.seed(seed));
        }
        Files.writeString(registers.resolve("log.csv"), "unit,unit_level,province,report_kind,period,due_date,"
                + "received_date\n"
                + "UBND huyện Trà Bồng,district,Quảng Ngãi,sub_plan,2024,2024-03-15,2024-03-20\n",
                StandardCharsets.UTF_8);
        Files.writeString(indices.resolve("sipas_2024.csv"), "index,year,province_as_published,metric,value,rank,"
                + "source_url,note\n"
                + "SIPAS,2024,Quảng Ngãi,sipas_pct,84.2,,https://example.org/sipas-2024,\n", StandardCharsets.UTF_8);
        Files.write(input.resolve("copy of 004.txt"), PipelineTest.seed(PipelineTest.SEEDS[4]));
        // Rejected: read again by every run that reads documents.
        Files.write(input.resolve("empty.txt"), new byte[0]);
        first = new Pipeline(Progress.SILENT).run(spark, options(incremental, false));

        // Add one, change one, remove one, touch one (same bytes, new time), leave the rest.
        Files.write(input.resolve("added.txt"), (new String(PipelineTest.seed(PipelineTest.SEEDS[2]),
                StandardCharsets.UTF_8) + "\nPhụ lục: danh sách mô hình.").getBytes(StandardCharsets.UTF_8));
        Files.writeString(input.resolve(PipelineTest.SEEDS[0]), new String(PipelineTest.seed(PipelineTest.SEEDS[0]),
                StandardCharsets.UTF_8).replace("Đặng Văn Minh", "Trần Văn Nam"), StandardCharsets.UTF_8);
        Files.delete(input.resolve(PipelineTest.SEEDS[3]));
        Files.setLastModifiedTime(input.resolve(PipelineTest.SEEDS[1]), FileTime.from(Instant.now().plusSeconds(60)));

        // A small change: applied without Spark.
        second = new Pipeline(Progress.SILENT).run(spark, options(incremental, false));

        // One more document, nothing else, by Spark over what the small change wrote: the extraction cache is
        // linked, with the new text's facts beside it.
        Files.write(input.resolve("added later.txt"), (new String(PipelineTest.seed(PipelineTest.SEEDS[4]),
                StandardCharsets.UTF_8) + "\nPhụ lục: bổ sung.").getBytes(StandardCharsets.UTF_8));
        third = new Pipeline(Progress.SILENT).run(spark, options(incremental, false, 0));

        // Nothing changed: every table is linked. Then a register changes, then an index file: the document
        // tables stay linked, and the tables that read the changed source are computed again.
        QuerySites sites = new QuerySites();
        spark.sparkContext().addSparkListener(sites);
        unchanged = new Pipeline(Progress.SILENT).run(spark, options(incremental, false));
        unchangedQueries = sites.take();
        Files.writeString(registers.resolve("log.csv"), "UBND huyện Sơn Hà,district,Quảng Ngãi,sub_plan,2024,"
                + "2024-03-15,2024-04-02\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        registerChanged = new Pipeline(Progress.SILENT).run(spark, options(incremental, false));
        registerChangedQueries = sites.take();
        Files.writeString(indices.resolve("sipas_2024.csv"), "SIPAS,2024,Kon Tum,sipas_pct,81.5,,"
                + "https://example.org/sipas-2024,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        indexChanged = new Pipeline(Progress.SILENT).run(spark, options(incremental, false));
        indexChangedQueries = sites.take();
        spark.sparkContext().removeSparkListener(sites);

        // A small change last, so that its marts are the ones compared with the full rebuild: a duplicate gone, a
        // new duplicate of another text (both documents rows change, not their facts), a changed text, the rejected
        // file now a document and a document now a rejected file.
        Files.delete(input.resolve("copy of 004.txt"));
        Files.write(input.resolve("empty.txt"), (new String(PipelineTest.seed(PipelineTest.SEEDS[2]),
                StandardCharsets.UTF_8) + "\nPhụ lục: kế hoạch bổ sung.").getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("added.txt"), new byte[0]);
        Files.write(input.resolve("copy of 001.txt"), PipelineTest.seed(PipelineTest.SEEDS[1]));
        Files.writeString(input.resolve("added later.txt"), "\nPhụ lục: sửa đổi.", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        fourth = new Pipeline(Progress.SILENT).run(spark, options(incremental, false));
        new Pipeline(Progress.SILENT).run(spark, options(full, true));
    }

    @Test
    void onlyWhatChangedIsReadAndExtracted() {
        assertEquals(7, first.filesRead());
        assertEquals(0, first.filesUnchanged());
        assertEquals(5, first.documentsExtracted());
        // 7 files now: 002, 004 and its copy unchanged; 000 changed, 001 touched, added.txt new, empty.txt rejected.
        assertEquals(7, second.filesRead());
        assertEquals(3, second.filesUnchanged());
        // Changed 000 and the new file are new texts; 001 was read again but its text is known.
        assertEquals(2, second.documentsExtracted());
        assertEquals(8, third.filesRead());
        assertEquals(6, third.filesUnchanged());
        assertEquals(1, third.documentsExtracted());
    }

    @Test
    void tablesWhoseSourcesDidNotChangeAreLinkedFromThePreviousSnapshot() throws IOException {
        Set<String> all = new java.util.HashSet<>(Contract.get().tables().stream().map(TableSpec::name).toList());
        assertEquals(List.of(), first.tablesLinked());
        // Documents changed: only what reads no document is linked.
        Set<String> noDocuments = new java.util.HashSet<>(REGISTER_TABLES);
        noDocuments.addAll(INDEX_TABLES);
        noDocuments.add("provinces");
        assertEquals(noDocuments, Set.copyOf(second.tablesLinked()));
        assertEquals(noDocuments, Set.copyOf(third.tablesLinked()));
        assertEquals(all, Set.copyOf(unchanged.tablesLinked()));
        assertEquals(0, unchanged.documentsExtracted());
        // A register changed: what reads no register is linked, such as the index linkage marts.
        Set<String> notRegisters = new java.util.HashSet<>(DOCUMENT_TABLES);
        notRegisters.addAll(INDEX_TABLES);
        notRegisters.removeAll(REGISTER_TABLES);
        notRegisters.addAll(List.of("provinces", "index_linkage", "index_linkage_summary"));
        assertEquals(notRegisters, Set.copyOf(registerChanged.tablesLinked()));
        // An index file changed: what reads no index file is linked, such as the timeliness marts.
        Set<String> notIndices = new java.util.HashSet<>(DOCUMENT_TABLES);
        notIndices.addAll(REGISTER_TABLES);
        notIndices.removeAll(INDEX_TABLES);
        notIndices.addAll(List.of("provinces", "timeliness", "timeliness_summary", "model_counts_trend"));
        assertEquals(notIndices, Set.copyOf(indexChanged.tablesLinked()));
        // Linked means the same files, not copies.
        for (String table : List.of("documents", "timeliness")) {
            List<Path> before = tableFiles(third, table);
            List<Path> after = tableFiles(unchanged, table);
            assertEquals(before.size(), after.size(), table);
            for (int i = 0; i < before.size(); i++) {
                assertTrue(Files.isSameFile(before.get(i), after.get(i)), after.get(i) + " is " + before.get(i));
            }
        }
        assertEquals(String.join(",", unchanged.tablesLinked()), manifest(unchanged).getProperty("tables.linked"));
        // The new register row and index score are there.
        assertEquals(List.of(row(2L)), sql("select count(*) from parquet.`%s`", snapshotDir(indexChanged)
                .resolve("submissions")));
        assertEquals(List.of(row(1L, 2L)), sql("select count_if(r = 'register'), count_if(r = 'index') from ("
                + "select 'register' as r, source_file from parquet.`%s` union all select 'index', source_file "
                + "from parquet.`%s`) where source_file like '%%sipas_2024.csv'", snapshotDir(registerChanged)
                .resolve("index_scores"), snapshotDir(indexChanged).resolve("index_scores")));
    }

    @Test
    void aRunThatLinksEveryDocumentTableReadsNoDocument() {
        // Not even the previous snapshot's list of files: the documents are read when a table needs them.
        for (List<String> queries : List.of(unchangedQueries, registerChangedQueries, indexChangedQueries)) {
            assertTrue(queries.stream().noneMatch(site -> site.contains("DocumentStages")
                    || site.contains("ExtractionCache")), queries.toString());
        }
        // Nothing to compute: no Spark query at all, the row counts and the reconciliation are the manifest's.
        assertEquals(List.of(), unchangedQueries);
        assertEquals(7, unchanged.filesUnchanged());
        assertEquals(List.of(third.loaded(), third.duplicate(), third.rejected()),
                List.of(unchanged.loaded(), unchanged.duplicate(), unchanged.rejected()));
        assertEquals(third.rows(), unchanged.rows());
    }

    /**
     * Where every Spark SQL query that ran since the last {@link #take} was started, as Spark describes it
     * ("collectAsList at Pipeline.java:176").
     */
    private static final class QuerySites extends org.apache.spark.scheduler.SparkListener {
        private final List<String> sites = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onOtherEvent(org.apache.spark.scheduler.SparkListenerEvent event) {
            if (event instanceof org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart start) {
                sites.add(start.description());
            }
        }

        List<String> take() {
            try {
                // Listeners hear of queries on Spark's event thread: wait for it to catch up with the run.
                spark.sparkContext().listenerBus().waitUntilEmpty();
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(e);
            }
            List<String> taken = List.copyOf(sites);
            sites.clear();
            return taken;
        }
    }

    private static List<Path> tableFiles(RunResult run, String table) throws IOException {
        Path dir = snapshotDir(run).resolve(table);
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f)).sorted()
                    .map(dir::resolve).toList();
        }
    }

    @Test
    void theExtractionCacheIsLinkedUnlessTooMuchOfItIsStale() throws IOException {
        // The second run dropped two of the first run's five texts (one changed, one removed): over the stale share,
        // so it wrote the cache whole with the live rows. The third only added a text, so it linked all the second's
        // files and wrote the new text's facts beside them.
        assertEquals(Set.of(), sharedCacheFiles(first, second));
        assertEquals(cacheFiles(second).size(), sharedCacheFiles(second, third).size());
        assertTrue(cacheFiles(third).size() > cacheFiles(second).size(), "the third run wrote its text beside them");
        assertEquals("whole", manifest(second).getProperty("extraction_cache"));
        assertEquals("linked", manifest(third).getProperty("extraction_cache"));
        assertEquals(List.of(row(6L)), sql("select count(*) from parquet.`%s`", snapshotDir(third)
                .resolve(ExtractionCache.FOLDER)));
    }

    private static Set<Path> sharedCacheFiles(RunResult before, RunResult after) throws IOException {
        Set<Path> shared = new java.util.HashSet<>();
        for (Path a : cacheFiles(after)) {
            for (Path b : cacheFiles(before)) {
                if (Files.isSameFile(a, b)) {
                    shared.add(a.getFileName());
                }
            }
        }
        return shared;
    }

    private static List<Path> cacheFiles(RunResult run) throws IOException {
        try (var files = Files.list(snapshotDir(run).resolve(ExtractionCache.FOLDER))) {
            return files.filter(f -> f.toString().endsWith(".parquet")).toList();
        }
    }

    private static java.util.Properties manifest(RunResult run) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(snapshotDir(run).resolve(WarehouseLayout.MANIFEST))) {
            p.load(in);
        }
        return p;
    }

    private static Path snapshotDir(RunResult run) {
        return incremental.resolve(WarehouseLayout.SNAPSHOTS).resolve(run.snapshotId());
    }

    @Test
    void aSmallChangeIsAppliedWithoutSparkAndEqualsAFullRebuild() throws IOException {
        // Spark ran the third run on what the second wrote; the last run is compared with a full rebuild below.
        assertEquals(List.of("duckdb", "spark", "duckdb"), List.of(manifest(second).getProperty("engine"),
                manifest(third).getProperty("engine"), manifest(fourth).getProperty("engine")));
        assertEquals(List.of(8L, 2L, 1L, 1L), List.of(fourth.filesRead(), fourth.documentsExtracted(),
                fourth.duplicate(), fourth.rejected()));
        assertEquals(List.of(row("added.txt")), sql("select source_path from parquet.`%s`",
                snapshotDir(fourth).resolve("rejected")));
        assertEquals(List.of(row(List.of(PipelineTest.SEEDS[1], "copy of 001.txt"))), sql("select source_paths from "
                + "parquet.`%s` where array_contains(source_paths, 'copy of 001.txt')",
                snapshotDir(fourth).resolve("documents")));
        // Only what the change reached was written: the unchanged texts' documents partitions are the same files.
        Path before = snapshotDir(first).resolve("documents");
        Path after = snapshotDir(second).resolve("documents");
        long shared = 0;
        try (var files = Files.walk(after)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path old = before.resolve(after.relativize(f).toString());
                if (Files.exists(old) && Files.isSameFile(old, f)) {
                    shared++;
                }
            }
        }
        assertTrue(shared > 0, "no documents partition was linked");
    }

    @Test
    void theIncrementalWarehouseEqualsAFullRebuild() {
        // Every row of every table as (table, JSON of the row): two queries compare the whole warehouses.
        assertSameRows(everyRow("inc", t -> current(incremental, t)), "the incremental run",
                everyRow("full", t -> current(full, t)), "the full rebuild");
        // The removed document's facts are gone, the changed one has its new signer.
        assertEquals(List.of(row(0L)), sql("select count(*) from inc_documents where doc_number = '56/KH-UBND'"));
        assertEquals(List.of(row("Trần Văn Nam")), sql("select signer from inc_documents where doc_number = "
                + "'38/KH-UBND'"));
    }

    private static RunOptions options(Path warehouse, boolean fullRun) {
        return options(warehouse, fullRun, RunOptions.DEFAULT_SMALL_CHANGE_FILES);
    }

    private static RunOptions options(Path warehouse, boolean fullRun, int smallChangeFiles) {
        return new RunOptions(input.toUri(), warehouse.toUri(), "local[2]", 7, RunOptions.DEFAULT_MAX_FILE_BYTES,
                registers.toUri(), List.of(indices.toUri()), java.time.LocalDate.of(2024, 12, 31), fullRun,
                smallChangeFiles);
    }

    private static String current(Path warehouse, String table) {
        try {
            String id = Files.readString(warehouse.resolve(WarehouseLayout.CURRENT)).strip();
            return warehouse.resolve(WarehouseLayout.tableDir(id, table)).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
