package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * The input, the registers, the index files and the warehouse as {@code s3a:} URIs, on an S3-compatible server
 * (S3Proxy, in a JVM of its own) on 127.0.0.1: a first run, then an incremental one after a document is added, one
 * changed and one removed (S3 has no hard links, so there the unchanged tables are written again instead of linked),
 * publish on S3 what a run of the same files on the local disk publishes, table by table.
 */
class S3aWarehouseTest extends SparkTestBase {

    static final String BUCKET = "ppw";
    static final String ACCESS_KEY = "ppw-test";
    static final String SECRET_KEY = "ppw-test-secret";

    @TempDir
    static Path work;
    static Process s3proxy;
    static FileSystem fs;
    /** The Hadoop settings this class changed on the shared session, with their values before (null: unset). */
    static final Map<String, String> before = new LinkedHashMap<>();

    static Path local;
    static URI remote;
    static RunResult remoteFirst;
    static RunResult remoteSecond;
    static RunResult localRun;

    @BeforeAll
    static void runOnBoth() throws Exception {
        int port = startS3Proxy();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Map<String, String> s3a = new LinkedHashMap<>();
        s3a.put("fs.s3a.endpoint", "http://127.0.0.1:" + port);
        s3a.put("fs.s3a.endpoint.region", "us-east-1");
        s3a.put("fs.s3a.path.style.access", "true");
        s3a.put("fs.s3a.connection.ssl.enabled", "false");
        s3a.put("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
        s3a.put("fs.s3a.access.key", ACCESS_KEY);
        s3a.put("fs.s3a.secret.key", SECRET_KEY);
        // A server on this machine answers at once or not at all: fail in seconds, not after minutes of retries.
        s3a.put("fs.s3a.attempts.maximum", "2");
        s3a.put("fs.s3a.retry.limit", "2");
        for (Map.Entry<String, String> e : s3a.entrySet()) {
            before.put(e.getKey(), conf.get(e.getKey()));
            conf.set(e.getKey(), e.getValue());
        }
        remote = URI.create("s3a://" + BUCKET + "/ppw/");
        fs = FileSystem.get(remote, conf);

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
        for (String folder : List.of("documents", "registers", "indices")) {
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve(folder).toUri()), remotePath(folder));
        }
        remoteFirst = new Pipeline(Progress.SILENT).run(spark, options(remote));

        // S3 sets an object's time when it is written, so only what changed is uploaded again: the rest keeps its
        // time and is unchanged for the second run.
        Files.writeString(documents.resolve("added.txt"), new String(PipelineTest.seed(PipelineTest.SEEDS[2]),
                StandardCharsets.UTF_8) + "\nPhụ lục: danh sách mô hình.", StandardCharsets.UTF_8);
        Files.writeString(documents.resolve(PipelineTest.SEEDS[0]), new String(PipelineTest.seed(PipelineTest.SEEDS[0]),
                StandardCharsets.UTF_8).replace("Đặng Văn Minh", "Trần Văn Nam"), StandardCharsets.UTF_8);
        Files.delete(documents.resolve(PipelineTest.SEEDS[3]));
        for (String changed : List.of("added.txt", PipelineTest.SEEDS[0])) {
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(documents.resolve(changed).toUri()),
                    remotePath("documents/quang-ngai/" + changed));
        }
        fs.delete(remotePath("documents/quang-ngai/" + PipelineTest.SEEDS[3]), false);
        remoteSecond = new Pipeline(Progress.SILENT).run(spark, options(remote));
        takeRemoteTimes();
        localRun = new Pipeline(Progress.SILENT).run(spark, options(local.toUri()));
    }

    @AfterAll
    static void stopS3() throws IOException, InterruptedException {
        if (fs != null) {
            // Out of Hadoop's cache too, so no later test class gets this server's client.
            fs.close();
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        before.forEach((key, value) -> {
            if (value == null) {
                conf.unset(key);
            } else {
                conf.set(key, value);
            }
        });
        if (s3proxy != null) {
            s3proxy.destroy();
            if (!s3proxy.waitFor(20, TimeUnit.SECONDS)) {
                s3proxy.destroyForcibly();
            }
        }
    }

    /**
     * Starts S3Proxy on a free port of 127.0.0.1 from its self-contained jar, in its own JVM (its Jetty, Guava and
     * Jackson are not Spark's), with one bucket kept in a folder of {@link #work}; checks AWS signatures.
     */
    private static int startS3Proxy() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("ppw.s3proxyJar", "target/s3proxy/s3proxy.jar"));
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": Maven's generate-test-resources phase copies it");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path blobs = Files.createDirectories(work.resolve("s3/" + BUCKET)).getParent();
        Path properties = work.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                "jclouds.identity=" + ACCESS_KEY,
                "jclouds.credential=" + SECRET_KEY,
                "jclouds.filesystem.basedir=" + blobs, ""));
        Path log = work.resolve("s3proxy.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A small server for one test: the quick compiler only leaves more of the two cores to Spark.
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--properties", properties.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LOG_LEVEL", "warn");
        s3proxy = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && s3proxy.isAlive()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return port;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("S3Proxy did not start on port " + port + ":\n" + Files.readString(log));
    }

    private static org.apache.hadoop.fs.Path remotePath(String relative) {
        return new org.apache.hadoop.fs.Path(remote.resolve(relative));
    }

    /**
     * Gives the local inputs the times S3 gave their uploads (the inputs table records them), as S3 keeps no time a
     * client sets: the local run then reads the same files at the same times.
     */
    private static void takeRemoteTimes() throws IOException {
        for (String folder : List.of("documents", "registers", "indices")) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(remotePath(folder), true);
            while (it.hasNext()) {
                LocatedFileStatus s = it.next();
                String relative = remote.relativize(s.getPath().toUri()).getPath();
                Files.setLastModifiedTime(local.resolve(relative), FileTime.fromMillis(s.getModificationTime()));
            }
        }
    }

    private static RunOptions options(URI root) {
        return new RunOptions(root.resolve("documents/"), root.resolve("warehouse/"), "local[2]", 3,
                RunOptions.DEFAULT_MAX_FILE_BYTES, root.resolve("registers/"), List.of(root.resolve("indices/")),
                java.time.LocalDate.of(2024, 12, 31), false);
    }

    @Test
    void bothRunsPublishOnS3WhatTheyPublishLocally() throws IOException {
        assertEquals(List.of(localRun.filesRead(), localRun.loaded(), localRun.duplicate(), localRun.rejected()),
                List.of(remoteSecond.filesRead(), remoteSecond.loaded(), remoteSecond.duplicate(),
                        remoteSecond.rejected()));
        assertEquals(localRun.rows(), remoteSecond.rows());
        assertEquals(List.of(7L, 5L, 1L, 1L), List.of(remoteFirst.filesRead(), remoteFirst.loaded(),
                remoteFirst.duplicate(), remoteFirst.rejected()));
        // The second run read only what changed, from S3 too, and wrote every table (no hard links there).
        assertEquals(4, remoteSecond.filesUnchanged());
        assertEquals(2, remoteSecond.documentsExtracted());
        assertEquals(List.of(), remoteSecond.tablesLinked());
        // Published on S3: CURRENT names the second snapshot (written in place, no temporary copy left beside it),
        // and both snapshots are kept.
        FileStatus[] top = fs.listStatus(remotePath("warehouse/"));
        assertEquals(List.of(WarehouseLayout.CURRENT, WarehouseLayout.SNAPSHOTS), java.util.Arrays.stream(top)
                .map(s -> s.getPath().getName()).sorted().toList());
        String current;
        try (var in = fs.open(remotePath("warehouse/" + WarehouseLayout.CURRENT))) {
            current = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertEquals(remoteSecond.snapshotId(), current);
        FileStatus[] snapshots = fs.listStatus(remotePath("warehouse/" + WarehouseLayout.SNAPSHOTS));
        assertEquals(2, snapshots.length);
    }

    @Test
    void theS3WarehouseEqualsTheLocalOneRowForRow() {
        // Provenance columns name the file a row came from, under its own root: compared without the root.
        assertSameRows(everyRow("s3", t -> remote.resolve("warehouse/" + WarehouseLayout.tableDir(
                        remoteSecond.snapshotId(), t)).toString(), remote.toString()), "the S3 warehouse",
                everyRow("disk", t -> local.resolve("warehouse").resolve(WarehouseLayout.tableDir(
                        localRun.snapshotId(), t)).toString(), local.toUri().toString(),
                        new org.apache.hadoop.fs.Path(local.toUri()) + "/", local + "/"), "the local warehouse");
        // Not two empty warehouses: the changed document's new signer, and the removed one gone.
        assertEquals(List.of(row("Trần Văn Nam")), sql("select signer from s3_documents where doc_number = "
                + "'38/KH-UBND'"));
        assertEquals(List.of(row(0L)), sql("select count(*) from s3_documents where doc_number = '56/KH-UBND'"));
        assertTrue((Long) sql("select count(*) from s3_timeliness").get(0).get(0) > 0);
        assertTrue((Long) sql("select count(*) from s3_submissions").get(0).get(0) > 0);
    }
}
