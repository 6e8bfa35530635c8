package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input, the registers, the index files and the warehouse as {@code s3a:} URIs, on an S3-compatible server
 * (S3Proxy, in a JVM of its own) on 127.0.0.1 (S3 has no hard links, so there the unchanged tables are written again
 * instead of linked); the runs and checks are {@link RemoteWarehouseTestBase}'s.
 */
class S3aWarehouseTest extends RemoteWarehouseTestBase {

    static final String BUCKET = "ppw";
    static final String ACCESS_KEY = "ppw-test";
    static final String SECRET_KEY = "ppw-test-secret";

    @TempDir
    static Path work;
    static Process s3proxy;
    /** The Hadoop settings this class changed on the shared session, with their values before (null: unset). */
    static final Map<String, String> before = new LinkedHashMap<>();

    @BeforeAll
    static void startS3AndRun() throws Exception {
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

        runOnBoth(work, new Uploads() {
            @Override
            public void all() throws IOException {
                for (String folder : List.of("documents", "registers", "indices")) {
                    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve(folder).toUri()),
                            remotePath(folder));
                }
            }

            /** S3 sets an object's time when it is written: only what changed is uploaded, the rest keeps its time. */
            @Override
            public void changes() throws IOException {
                for (String changed : List.of(ADDED, CHANGED)) {
                    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve(DOCUMENTS + "/" + changed)
                            .toUri()), remotePath(DOCUMENTS + "/" + changed));
                }
                fs.delete(remotePath(DOCUMENTS + "/" + REMOVED), false);
            }

            @Override
            public void beforeLocalRun() throws IOException {
                takeRemoteTimes();
            }
        });
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

    @Override
    String storeName() {
        return "S3";
    }
}
