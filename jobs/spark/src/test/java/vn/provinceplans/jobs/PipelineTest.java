package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.jobs.tables.TableJobs;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;
import vn.provinceplans.schema.WarehouseLayout;

/** The whole pipeline on local[2]: seeds plus a duplicate and three files that must be rejected. */
class PipelineTest extends SparkTestBase {

    static final String[] SEEDS = {"000_ea03109a8b6352e8.txt", "001_f1f991f8cba4e782.txt",
        "002_28848263089081f8.txt", "003_e70bdb88bc6abf4f.txt", "004_38aabbfab1e98a3d.txt"};

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;

    static RunResult first;
    static RunResult second;

    @BeforeAll
    static void runTwice() throws IOException {
        for (String seed : SEEDS) {
            Files.write(input.resolve(seed), seed(seed));
        }
        Path nested = Files.createDirectories(input.resolve("a folder/sub"));
        Files.write(nested.resolve("copy of 002.txt"), seed(SEEDS[2]));
        Files.write(input.resolve("bad.txt"), new byte[] {'Q', 'u', (byte) 0xE1, 'n', 'g', '\n'});
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("notes.md"), "# notes", StandardCharsets.UTF_8);
        Path registers = Files.createDirectories(input.getParent().resolve(input.getFileName() + "-registers/2024"));
        Files.writeString(registers.resolve("log.csv"), "\uFEFFunit,unit_level,province,report_kind,period,due_date,"
                + "received_date\n"
                + "UBND huyện Trà Bồng,district,Quảng Ngãi,six_month_report,2024-H1,2024-06-15,2024-06-10\n"
                + "UBND huyện Trà Bồng,district,Quang Ngai,annual_report,2024,15/11/2024,\n"
                + "UBND huyện Sơn Hà,district,Quảng Ngãi,sub_plan,2024,31/02/2024,\n"
                + "=cmd!A0,district,Quảng Ngãi,sub_plan,2024,2024-03-15,\n"
                + "UBND huyện Ba Tơ,district,Atlantis,sub_plan,2024,2024-03-15,\n"
                + "UBND huyện Trà Bồng,district,Quảng Ngãi,six_month_report,2024-H1,2024-06-15,\n"
                + "UBND huyện Minh Long,district,Quảng Ngãi,sub_plan,2024\n", StandardCharsets.UTF_8);
        Files.writeString(registers.resolve("models.csv"), "unit,province,year,field,title,status\n"
                + "UBND huyện Trà Bồng,Quảng Ngãi,2024,kinh tế,Một cửa thân thiện,recognized\n"
                + "UBND huyện Trà Bồng,Quảng Ngãi,-5,kinh tế,Một cửa thân thiện 2,recognized\n", StandardCharsets.UTF_8);
        Files.writeString(registers.resolve("semicolons.csv"), "unit;province;year\nA;B;2024\n", StandardCharsets.UTF_8);
        RunOptions options = new RunOptions(input.toUri(), warehouse.toUri(), "local[2]", 3,
                RunOptions.DEFAULT_MAX_FILE_BYTES, registers.getParent().toUri());
        first = new Pipeline(Progress.SILENT).run(spark, options);
        second = new Pipeline(Progress.SILENT).run(spark, options);
        for (RunResult r : List.of(first, second)) {
            for (TableSpec t : Contract.get().tables()) {
                spark.read().parquet(table(r, t.name())).createOrReplaceTempView(t.name() + "_" + run(r));
            }
        }
    }

    @Test
    void everyFileIsLoadedDuplicateOrRejected() {
        assertEquals(9, first.filesRead());
        assertEquals(5, first.loaded());
        assertEquals(1, first.duplicate());
        assertEquals(3, first.rejected());
        assertEquals(List.of(row("a folder/sub/copy of 002.txt", "duplicate",
                        "same text as 002_28848263089081f8.txt")),
                sql("select source_path, status, reason from inputs_1 where status = 'duplicate'"));
        assertEquals(9L, sql("select count(distinct source_path) from inputs_1").get(0).get(0));
    }

    @Test
    void rejectedFilesSayWhy() {
        List<List<Object>> rejected = sql("select source_path, reason from rejected_1 order by source_path");
        assertEquals(3, rejected.size());
        assertEquals("bad.txt", rejected.get(0).get(0));
        assertTrue(rejected.get(0).get(1).toString().startsWith("not valid UTF-8"));
        assertEquals(row("empty.txt", "empty file (0 bytes)"), rejected.get(1));
        assertEquals("notes.md", rejected.get(2).get(0));
        assertTrue(rejected.get(2).get(1).toString().contains("unsupported file type '.md'"));
    }

    @Test
    void documentsCarryTheirHeaderFactsAndAllTheirPaths() {
        assertEquals(List.of(
                        row("000_ea03109a8b6352e8.txt", "38/KH-UBND", "KH", "Quảng Ngãi", 2021, 2021, 2021),
                        row("001_f1f991f8cba4e782.txt", null, "KH", "Quảng Ngãi", 2025, 2025, 2025),
                        row("002_28848263089081f8.txt", "15/KH-UBND", "KH", "Đồng Tháp", 2022, 2025, 2022),
                        row("003_e70bdb88bc6abf4f.txt", "56/KH-UBND", "KH", "Quảng Ninh", 2024, 2024, 2024),
                        row("004_38aabbfab1e98a3d.txt", "03/CT-UBND", "CT", "Bắc Giang", 2022, null, 2022)),
                sql("select source_path, doc_number, doc_type, province, period_start, period_end, year "
                        + "from documents_1 order by source_path"));
        assertEquals(List.of(row(List.of("002_28848263089081f8.txt", "a folder/sub/copy of 002.txt"))),
                sql("select source_paths from documents_1 where doc_number = '15/KH-UBND'"));
        assertEquals(List.of(row(5L, 5L)), sql("select count(*), count(distinct t.doc_id) from document_text_1 t "
                + "join documents_1 d on d.doc_id = t.doc_id and d.text_chars = length(t.text)"));
    }

    @Test
    void registerRowsLoadAndBadOnesAreRejectedWithFileLineAndReason() {
        assertEquals(List.of(row("2024/log.csv", 2L, "Quảng Ngãi", java.time.LocalDate.of(2024, 6, 10)),
                        row("2024/log.csv", 3L, "Quảng Ngãi", null)),
                sql("select source_file, line, province, received_date from submissions_1 order by line"));
        assertEquals(List.of(row("Một cửa thân thiện", "recognized")), sql("select title, status from model_registry_1"));
        List<List<Object>> rejected = sql("select source_file, line, reason from rejected_rows_1 where input = 'registers' "
                + "order by source_file, line");
        assertEquals(List.of(
                row("2024/log.csv", 4, "due_date '31/02/2024' is not a date that exists (YYYY-MM-DD or DD/MM/YYYY)"),
                row("2024/log.csv", 5, "unit starts with '=': refused as a spreadsheet formula"),
                row("2024/log.csv", 6, "unknown province 'Atlantis'"),
                row("2024/log.csv", 7, "duplicate of line 2 (same unit, province, report_kind and period)"),
                row("2024/log.csv", 8, "expected 7 fields, found 5"),
                row("2024/models.csv", 3, "year -5 is negative"),
                row("2024/semicolons.csv", 1, "wrong delimiter: the header row is separated by ';'; registers are "
                        + "comma-separated")), rejected);
    }

    @Test
    void docIdIsTheSha256OfTheNormalisedText() {
        List<List<Object>> rows = sql("select doc_id, sha2(text, 256) from document_text_1");
        for (List<Object> r : rows) {
            assertEquals(r.get(1), r.get(0));
        }
    }

    @Test
    void writtenTablesFollowTheContract() {
        assertEquals(Contract.get().tables().size(), TableJobs.all().size());
        for (TableSpec t : Contract.get().tables()) {
            Dataset<Row> written = spark.read().parquet(table(first, t.name()));
            List<String> names = java.util.Arrays.stream(written.schema().fields()).map(StructField::name).sorted()
                    .toList();
            assertEquals(t.columnNames().stream().sorted().toList(), names, t.name());
            assertTrue(TableJobs.all().stream().anyMatch(j -> j.table().equals(t.name())
                    && j.getClass().getSimpleName().equals(t.job())), "no job " + t.job() + " for " + t.name());
        }
        assertTrue(Files.isDirectory(Path.of(table(first, "documents")).resolve("year=2021")));
    }

    @Test
    void theRowCountsARunReportsAreTheRowsOfItsTables() {
        assertEquals(Contract.get().tables().stream().map(TableSpec::name).collect(Collectors.toSet()),
                first.rows().keySet());
        for (TableSpec t : Contract.get().tables()) {
            assertEquals(List.of(row(first.rows().get(t.name()))), sql("select count(*) from %s_1", t.name()),
                    t.name());
        }
    }

    @Test
    void aSecondRunPublishesTheSameTablesInANewSnapshot() throws IOException {
        assertTrue(second.snapshotId().compareTo(first.snapshotId()) > 0);
        assertEquals(second.snapshotId(), Files.readString(warehouse.resolve(WarehouseLayout.CURRENT)).strip());
        assertEquals(first.rows(), second.rows());
        for (TableSpec t : Contract.get().tables()) {
            assertEquals(List.of(row(0L)), sql("select count(*) from (select * from %s_1 except all select * from %s_2)",
                    t.name(), t.name()), t.name());
            assertEquals(List.of(row(0L)), sql("select count(*) from (select * from %s_2 except all select * from %s_1)",
                    t.name(), t.name()), t.name());
        }
    }

    @Test
    void aFailedRunLeavesNothingCachedInTheSessionItRanIn() throws IOException {
        String published = Files.readString(warehouse.resolve(WarehouseLayout.CURRENT)).strip();
        // The registers are read after the texts and facts are cached: a missing folder fails the run there.
        RunOptions options = new RunOptions(input.toUri(), warehouse.toUri(), "local[2]", 3,
                RunOptions.DEFAULT_MAX_FILE_BYTES, input.resolve("no registers here").toUri());
        IOException failure = assertThrows(IOException.class, () -> new Pipeline(Progress.SILENT).run(spark, options));
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
        // A watch runs again in the same session: nothing of the failed run may stay in its memory.
        assertTrue(spark.sharedState().cacheManager().isEmpty(), "the failed run left datasets cached");
        assertEquals(published, Files.readString(warehouse.resolve(WarehouseLayout.CURRENT)).strip());
    }

    private static String run(RunResult r) {
        return r == first ? "1" : "2";
    }

    private static String table(RunResult r, String table) {
        return warehouse.resolve(WarehouseLayout.tableDir(r.snapshotId(), table)).toString();
    }

    static byte[] seed(String name) throws IOException {
        try (InputStream in = PipelineTest.class.getResourceAsStream("/seeds/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
