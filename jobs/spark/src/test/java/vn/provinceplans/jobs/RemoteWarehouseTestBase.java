package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * A warehouse on a remote file system (HDFS, S3) against one on the local disk: the input, the registers, the index
 * files and the warehouse as URIs of that file system; a first run, then an incremental one after a document is
 * added, one changed and one removed; the remote warehouse must hold what a run of the same files on the local disk
 * publishes, table by table. A subclass starts the file system and says how files reach it.
 */
abstract class RemoteWarehouseTestBase extends SparkTestBase {

    static final String DOCUMENTS = "documents/quang-ngai";
    static final String ADDED = "added.txt";
    static final String CHANGED = PipelineTest.SEEDS[0];
    static final String REMOVED = PipelineTest.SEEDS[3];

    static Path local;
    static URI remote;
    static FileSystem fs;
    static RunResult remoteFirst;
    static RunResult remoteSecond;
    static RunResult localRun;

    /** How the local inputs reach the remote file system, whose modification times the inputs table records. */
    interface Uploads {
        /** Copies documents/, registers/ and indices/ under {@link #local} to {@link #remote}. */
        void all() throws IOException;

        /** Copies {@link #ADDED} and {@link #CHANGED} again and removes {@link #REMOVED} (under {@link #DOCUMENTS}). */
        void changes() throws IOException;

        /** Before the local run, which must see the files as the remote runs saw them. */
        default void beforeLocalRun() throws IOException {
        }
    }

    /** Writes the inputs under {@code work}, runs on {@link #remote} twice with a change between, then locally. */
    static void runOnBoth(Path work, Uploads uploads) throws IOException {
        local = Files.createDirectories(work.resolve("local"));
        Path documents = Files.createDirectories(local.resolve(DOCUMENTS));
        for (String seed : PipelineTest.SEEDS) {
            Files.write(documents.resolve(seed), PipelineTest.seed(seed));
        }
        Files.write(documents.resolve("copy of 004.txt"), PipelineTest.seed(PipelineTest.SEEDS[4]));
        Files.write(documents.resolve("empty.txt"), new byte[0]);
        Files.writeString(Files.createDirectories(local.resolve("registers")).resolve("log.csv"),
                "unit,unit_level,province,report_kind,period,due_date,received_date\n"
                        + "UBND huyện Trà Bồng,district,Quảng Ngãi,sub_plan,2024,2024-03-15,2024-03-20\n",
                StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(local.resolve("indices")).resolve("sipas_2024.csv"),
                "index,year,province_as_published,metric,value,rank,source_url,note\n"
                        + "SIPAS,2024,Quảng Ngãi,sipas_pct,84.2,,https://example.org/sipas-2024,\n",
                StandardCharsets.UTF_8);
        uploads.all();
        remoteFirst = new Pipeline(Progress.SILENT).run(spark, options(remote));

        Files.writeString(documents.resolve(ADDED), new String(PipelineTest.seed(PipelineTest.SEEDS[2]),
                StandardCharsets.UTF_8) + "\nPhụ lục: danh sách mô hình.", StandardCharsets.UTF_8);
        Files.writeString(documents.resolve(CHANGED), new String(PipelineTest.seed(CHANGED), StandardCharsets.UTF_8)
                .replace("Đặng Văn Minh", "Trần Văn Nam"), StandardCharsets.UTF_8);
        Files.delete(documents.resolve(REMOVED));
        uploads.changes();
        remoteSecond = new Pipeline(Progress.SILENT).run(spark, options(remote));
        uploads.beforeLocalRun();
        localRun = new Pipeline(Progress.SILENT).run(spark, options(local.toUri()));
    }

    static org.apache.hadoop.fs.Path remotePath(String relative) {
        return new org.apache.hadoop.fs.Path(remote.resolve(relative));
    }

    private static RunOptions options(URI root) {
        return new RunOptions(root.resolve("documents/"), root.resolve("warehouse/"), "local[2]", 3,
                RunOptions.DEFAULT_MAX_FILE_BYTES, root.resolve("registers/"), List.of(root.resolve("indices/")),
                java.time.LocalDate.of(2024, 12, 31), false);
    }

    /** The remote file system's name in messages and view names: "HDFS", "S3". */
    abstract String storeName();

    @Test
    void bothRunsPublishRemotelyWhatTheyPublishLocally() throws IOException {
        assertEquals(List.of(localRun.filesRead(), localRun.loaded(), localRun.duplicate(), localRun.rejected()),
                List.of(remoteSecond.filesRead(), remoteSecond.loaded(), remoteSecond.duplicate(),
                        remoteSecond.rejected()));
        assertEquals(localRun.rows(), remoteSecond.rows());
        assertEquals(List.of(7L, 5L, 1L, 1L), List.of(remoteFirst.filesRead(), remoteFirst.loaded(),
                remoteFirst.duplicate(), remoteFirst.rejected()));
        // The second run read only what changed, remotely too, and wrote every table (no hard links there).
        assertEquals(4, remoteSecond.filesUnchanged());
        assertEquals(2, remoteSecond.documentsExtracted());
        assertEquals(List.of(), remoteSecond.tablesLinked());
        // Published remotely: CURRENT names the second snapshot (no temporary copy left beside it), and both
        // snapshots are kept.
        FileStatus[] top = fs.listStatus(remotePath("warehouse/"));
        assertEquals(List.of(WarehouseLayout.CURRENT, WarehouseLayout.SNAPSHOTS), java.util.Arrays.stream(top)
                .map(s -> s.getPath().getName()).sorted().toList());
        String current;
        try (var in = fs.open(remotePath("warehouse/" + WarehouseLayout.CURRENT))) {
            current = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertEquals(remoteSecond.snapshotId(), current);
        assertEquals(2, fs.listStatus(remotePath("warehouse/" + WarehouseLayout.SNAPSHOTS)).length);
    }

    @Test
    void theRemoteWarehouseEqualsTheLocalOneRowForRow() {
        String prefix = storeName().toLowerCase(java.util.Locale.ROOT);
        // Provenance columns name the file a row came from, under its own root: compared without the root.
        assertSameRows(everyRow(prefix, t -> remote.resolve("warehouse/" + WarehouseLayout.tableDir(
                        remoteSecond.snapshotId(), t)).toString(), remote.toString()),
                "the " + storeName() + " warehouse",
                everyRow("disk", t -> local.resolve("warehouse").resolve(WarehouseLayout.tableDir(
                        localRun.snapshotId(), t)).toString(), local.toUri().toString(),
                        new org.apache.hadoop.fs.Path(local.toUri()) + "/", local + "/"), "the local warehouse");
        // Not two empty warehouses: the changed document's new signer, and the removed one gone.
        assertEquals(List.of(row("Trần Văn Nam")), sql("select signer from %s_documents where doc_number = "
                + "'38/KH-UBND'", prefix));
        assertEquals(List.of(row(0L)), sql("select count(*) from %s_documents where doc_number = '56/KH-UBND'",
                prefix));
        assertTrue((Long) sql("select count(*) from %s_timeliness", prefix).get(0).get(0) > 0);
        assertTrue((Long) sql("select count(*) from %s_submissions", prefix).get(0).get(0) > 0);
    }
}
