package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * An incremental run reuses the published snapshot's files and extracted facts only when that snapshot has the
 * layout reuse needs. One with an older layout, or one whose texts cannot be read back, is not reused: every file is
 * read and extracted again, and the run still publishes every document.
 */
class PreviousSnapshotTest extends SparkTestBase {

    @TempDir
    static Path work;

    @Test
    void aSnapshotIsReusedOnlyWhenItHasTheLayoutReuseNeeds() throws IOException {
        Path input = seeds("input");
        Path warehouse = work.resolve("warehouse");
        run(input, warehouse);

        // An inputs table written before files carried their content hash.
        Path inputs = published(warehouse, "inputs");
        Path older = work.resolve("inputs-older");
        spark.read().parquet(inputs.toString()).drop("content_sha256").coalesce(1).write().parquet(older.toString());
        delete(inputs);
        Files.move(older, inputs);
        change(input, "a");
        RunResult olderLayout = run(input, warehouse);
        assertEquals(0, olderLayout.filesUnchanged());
        assertEquals(5, olderLayout.documentsExtracted());
        assertEquals(5L, olderLayout.rows().get("documents"));

        delete(published(warehouse, "document_text"));
        change(input, "b");
        RunResult noTexts = run(input, warehouse);
        assertEquals(0, noTexts.filesUnchanged());
        assertEquals(5, noTexts.documentsExtracted());
        assertEquals(5L, noTexts.rows().get("documents"));
    }

    @Test
    void aSmallChangeOverAnUnreadablePublishedTableIsASparkRun() throws IOException {
        Path input = seeds("input-damaged");
        Path warehouse = work.resolve("warehouse-damaged");
        RunResult first = run(input, warehouse);
        // A published file DuckDB cannot read, in a table Spark computes again from the extraction cache.
        Files.writeString(published(warehouse, "citations").resolve("damaged.parquet"), "not Parquet");
        change(input, "c");
        RunResult next = run(input, warehouse);
        java.util.Properties manifest = new java.util.Properties();
        try (var in = Files.newInputStream(warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(next.snapshotId())
                .resolve(WarehouseLayout.MANIFEST))) {
            manifest.load(in);
        }
        assertEquals("spark", manifest.getProperty("engine"));
        assertEquals(1, next.documentsExtracted());
        assertEquals(first.rows().get("citations"), next.rows().get("citations"));
        try (Stream<Path> snapshots = Files.list(warehouse.resolve(WarehouseLayout.SNAPSHOTS))) {
            assertEquals(2, snapshots.count(), "the snapshot the small change began is gone");
        }
    }

    /** A new input folder holding the five seeds. */
    private static Path seeds(String folder) throws IOException {
        Path input = Files.createDirectories(work.resolve(folder));
        for (String seed : PipelineTest.SEEDS) {
            Files.write(input.resolve(seed), PipelineTest.seed(seed));
        }
        return input;
    }

    private static RunResult run(Path input, Path warehouse) throws IOException {
        return new Pipeline(Progress.SILENT).run(spark, new RunOptions(input.toUri(), warehouse.toUri(), "local[2]",
                2, RunOptions.DEFAULT_MAX_FILE_BYTES, null, java.util.List.of(), java.time.LocalDate.of(2024, 12, 31),
                false));
    }

    /** A new text for the first seed, so that the document tables are computed again. */
    private static void change(Path input, String mark) throws IOException {
        String seed = PipelineTest.SEEDS[0];
        Files.writeString(input.resolve(seed), new String(PipelineTest.seed(seed), StandardCharsets.UTF_8)
                + "\nPhụ lục " + mark + ".", StandardCharsets.UTF_8);
    }

    private static Path published(Path warehouse, String table) throws IOException {
        String id = Files.readString(warehouse.resolve(WarehouseLayout.CURRENT)).strip();
        return warehouse.resolve(WarehouseLayout.tableDir(id, table));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
