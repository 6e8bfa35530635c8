package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * The input, the registers, the index files and the warehouse as {@code hdfs:} URIs, on an HDFS NameNode and
 * DataNode started in this JVM: a first run, then an incremental one after a document is added, one changed and one
 * removed (HDFS has no hard links, so there the unchanged tables are written again instead of linked), publish on
 * HDFS what a run of the same files on the local disk publishes, table by table.
 */
class HdfsWarehouseTest extends SparkTestBase {

    @TempDir
    static Path work;
    static MiniDFSCluster hdfs;
    static FileSystem fs;

    static Path local;
    static URI remote;
    static RunResult remoteFirst;
    static RunResult remoteSecond;
    static RunResult localRun;

    @BeforeAll
    static void runOnBoth() throws IOException {
        Configuration conf = new Configuration();
        // One DataNode holds one copy; and a client closing a file asks the NameNode again after 10 ms, not 400,
        // whether its last block arrived: each run writes a few hundred small files.
        for (Configuration c : List.of(conf, spark.sparkContext().hadoopConfiguration())) {
            c.setInt("dfs.replication", 1);
            c.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 10);
        }
        hdfs = new MiniDFSCluster.Builder(conf, work.resolve("hdfs").toFile()).numDataNodes(1).build();
        hdfs.waitActive();
        fs = hdfs.getFileSystem();
        remote = URI.create(hdfs.getURI() + "/ppw/");

        local = Files.createDirectories(work.resolve("local"));
        Path documents = Files.createDirectories(local.resolve("documents/quang-ngai"));
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
        upload();
        remoteFirst = new Pipeline(Progress.SILENT).run(spark, options(remote));

        Files.writeString(documents.resolve("added.txt"), new String(PipelineTest.seed(PipelineTest.SEEDS[2]),
                StandardCharsets.UTF_8) + "\nPhụ lục: danh sách mô hình.", StandardCharsets.UTF_8);
        Files.writeString(documents.resolve(PipelineTest.SEEDS[0]), new String(PipelineTest.seed(PipelineTest.SEEDS[0]),
                StandardCharsets.UTF_8).replace("Đặng Văn Minh", "Trần Văn Nam"), StandardCharsets.UTF_8);
        Files.delete(documents.resolve(PipelineTest.SEEDS[3]));
        fs.delete(new org.apache.hadoop.fs.Path(remote.resolve("documents")), true);
        upload();
        remoteSecond = new Pipeline(Progress.SILENT).run(spark, options(remote));
        localRun = new Pipeline(Progress.SILENT).run(spark, options(local.toUri()));
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    /** Copies the local inputs to HDFS with their modification times, which the inputs table records. */
    private static void upload() throws IOException {
        for (String folder : List.of("documents", "registers", "indices")) {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(remote.resolve(folder));
            if (!fs.exists(target)) {
                fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve(folder).toUri()), target);
            }
        }
        try (var files = Files.walk(local)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = local.relativize(f).toString().replace('\\', '/');
                if (relative.startsWith("documents/") || relative.startsWith("registers/")
                        || relative.startsWith("indices/")) {
                    fs.setTimes(new org.apache.hadoop.fs.Path(remote.resolve(new URI(null, relative, null))),
                            Files.getLastModifiedTime(f).toMillis(), -1);
                }
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunOptions options(URI root) {
        return new RunOptions(root.resolve("documents/"), root.resolve("warehouse/"), "local[2]", 3,
                RunOptions.DEFAULT_MAX_FILE_BYTES, root.resolve("registers/"), List.of(root.resolve("indices/")),
                java.time.LocalDate.of(2024, 12, 31), false);
    }

    @Test
    void bothRunsPublishOnHdfsWhatTheyPublishLocally() throws IOException {
        assertEquals(List.of(localRun.filesRead(), localRun.loaded(), localRun.duplicate(), localRun.rejected()),
                List.of(remoteSecond.filesRead(), remoteSecond.loaded(), remoteSecond.duplicate(),
                        remoteSecond.rejected()));
        assertEquals(localRun.rows(), remoteSecond.rows());
        assertEquals(List.of(7L, 5L, 1L, 1L), List.of(remoteFirst.filesRead(), remoteFirst.loaded(),
                remoteFirst.duplicate(), remoteFirst.rejected()));
        // The second run read only what changed, from HDFS too, and wrote every table (no hard links there).
        assertEquals(4, remoteSecond.filesUnchanged());
        assertEquals(2, remoteSecond.documentsExtracted());
        assertEquals(List.of(), remoteSecond.tablesLinked());
        // Published on HDFS: CURRENT names the second snapshot, and both snapshots are kept.
        String current;
        try (var in = fs.open(new org.apache.hadoop.fs.Path(remote.resolve("warehouse/" + WarehouseLayout.CURRENT)))) {
            current = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertEquals(remoteSecond.snapshotId(), current);
        FileStatus[] snapshots = fs.listStatus(new org.apache.hadoop.fs.Path(
                remote.resolve("warehouse/" + WarehouseLayout.SNAPSHOTS)));
        assertEquals(2, snapshots.length);
    }

    @Test
    void theHdfsWarehouseEqualsTheLocalOneRowForRow() {
        // Provenance columns name the file a row came from, under its own root: compared without the root.
        assertSameRows(everyRow("hdfs", t -> remote.resolve("warehouse/" + WarehouseLayout.tableDir(
                        remoteSecond.snapshotId(), t)).toString(), remote.toString()), "the HDFS warehouse",
                everyRow("disk", t -> local.resolve("warehouse").resolve(WarehouseLayout.tableDir(
                        localRun.snapshotId(), t)).toString(), local.toUri().toString(),
                        new org.apache.hadoop.fs.Path(local.toUri()) + "/", local + "/"), "the local warehouse");
        // Not two empty warehouses: the changed document's new signer, and the removed one gone.
        assertEquals(List.of(row("Trần Văn Nam")), sql("select signer from hdfs_documents where doc_number = "
                + "'38/KH-UBND'"));
        assertEquals(List.of(row(0L)), sql("select count(*) from hdfs_documents where doc_number = '56/KH-UBND'"));
        assertTrue((Long) sql("select count(*) from hdfs_timeliness").get(0).get(0) > 0);
        assertTrue((Long) sql("select count(*) from hdfs_submissions").get(0).get(0) > 0);
    }
}
