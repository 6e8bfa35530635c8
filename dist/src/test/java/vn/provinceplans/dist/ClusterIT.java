package vn.provinceplans.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.cli.Main;
import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.dashboards.ReadOnlyQueries;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and a worker in their own JVMs, started from Spark's
 * runtime jars only (cluster/target/spark-home/jars). The warehouse built with {@code --master spark://…} — whose
 * executors get this project's classes only from the application jar dist/ builds — must equal the one built in
 * local mode, table by table (row counts and a checksum of the contents).
 */
class ClusterIT {

    static final String[] SEEDS = {"000_ea03109a8b6352e8.txt", "001_f1f991f8cba4e782.txt",
        "002_28848263089081f8.txt", "003_e70bdb88bc6abf4f.txt", "004_38aabbfab1e98a3d.txt"};

    @TempDir
    static Path work;
    static Process master;
    static Process worker;
    static int masterPort;

    @BeforeAll
    static void startCluster() throws Exception {
        Path sparkHome = Path.of(System.getProperty("ppw.sparkHome"));
        assertTrue(Files.isDirectory(sparkHome.resolve("jars")), "no " + sparkHome + "/jars: build cluster/ first");
        masterPort = freePort();
        int masterUi = freePort();
        master = start(sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi));
        worker = start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", "2g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                Files.createDirectories(work.resolve("worker")).toString(), "spark://127.0.0.1:" + masterPort);
        awaitWorker(masterUi);
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void theClusterBuildsTheSameWarehouseAsLocalMode() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/seeds"));
        for (String seed : SEEDS) {
            try (InputStream in = ClusterIT.class.getResourceAsStream("/seeds/" + seed)) {
                Files.write(input.resolve(seed), Objects.requireNonNull(in).readAllBytes());
            }
        }
        Files.writeString(input.resolve("broken.txt"), "\u0000\u0000binary");
        Path local = work.resolve("wh-local");
        Path cluster = work.resolve("wh-cluster");
        assertEquals(0, Main.execute("run", "--input", work.resolve("input").toString(), "--warehouse",
                local.toString(), "--master", "local[2]", "--no-charts"));
        // The driver gets its own JVM, as with ./warehouse or spark-submit: Spark keeps per-JVM state from the
        // first context, so a cluster session after a local one in the same JVM would not ship the jar.
        assertEquals(0, runDriver("run", "--input", work.resolve("input").toUri().toString(), "--warehouse",
                cluster.toUri().toString(), "--master", "spark://127.0.0.1:" + masterPort, "--no-charts"));
        Map<String, String> expected = fingerprint(local);
        assertEquals(expected, fingerprint(cluster));
        assertTrue(expected.get("documents").startsWith("5 rows"), expected.get("documents"));
        // The work really ran on the worker: it launched an executor for the application.
        try (var apps = Files.list(work.resolve("worker"))) {
            assertTrue(apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")), "no executor ran");
        }
    }

    static int runDriver(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-XX:")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-Xmx1g", "-Dppw.appJar=" + System.getProperty("ppw.appJar"), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("driver.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the cluster run took over 10 minutes");
        }
        if (p.exitValue() != 0) {
            System.err.println(Files.readString(work.resolve("driver.log")));
        }
        return p.exitValue();
    }

    /** Per table: row count and an MD5 of all rows in order. */
    static Map<String, String> fingerprint(Path warehouse) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Catalog c = Catalog.open(warehouse)) {
            ReadOnlyQueries q = new ReadOnlyQueries(c, 10, Duration.ofSeconds(60));
            for (TableSpec t : Contract.get().tables()) {
                var row = q.run("select count(*), md5(coalesce(string_agg(t::VARCHAR, '\n' order by t::VARCHAR), '')) "
                        + "from " + t.name() + " t").rows().get(0);
                out.put(t.name(), row.get(0) + " rows, md5 " + row.get(1));
            }
        }
        return out;
    }

    static Process start(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dspark.master.rest.enabled=false", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
        return pb.start();
    }

    static void awaitWorker(int masterUi) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                String json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (json.replace(" ", "").contains("\"aliveworkers\":1")) {
                    return;
                }
            } catch (IOException e) {
                // The master is still starting.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the worker did not register with the master; see " + work + "/master.log:\n"
                + Files.readString(work.resolve("master.log")) + "\nworker.log:\n"
                + Files.readString(work.resolve("worker.log")));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
