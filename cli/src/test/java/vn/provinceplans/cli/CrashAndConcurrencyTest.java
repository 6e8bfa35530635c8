package vn.provinceplans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;
import vn.provinceplans.schema.WarehouseLayout;

/**
 * Runs killed with SIGKILL at named points, runs that overlap, readers during a run, rollback. The published
 * warehouse must never change except by a complete publish, and must never show a mix. One warehouse goes through
 * every step in order, so the suite pays for as few runs as the steps need.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAndConcurrencyTest {

    static final String[] SEEDS = {"000_ea03109a8b6352e8.txt", "001_f1f991f8cba4e782.txt",
        "002_28848263089081f8.txt", "003_e70bdb88bc6abf4f.txt", "004_38aabbfab1e98a3d.txt"};

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;

    static String baselineSnapshot;
    static String baseline;

    @BeforeAll
    static void publishABaseline() throws IOException {
        copySeeds(input);
        CliRunner.Outcome run = run("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--master", "local[2]", "--no-charts");
        assertEquals(0, run.exitCode(), run.err());
        baselineSnapshot = current(warehouse);
        baseline = everything(warehouse);
    }

    @Test
    @Order(1)
    void aRunKilledAtAnyPointLeavesThePublishedWarehouseUntouchedAndOthersWaitForIt() throws Exception {
        for (String point : List.of("read", "write:documents", "publish")) {
            Process child = startRun(input, warehouse, point);
            try {
                awaitLine(child, "paused at " + point);
                if (point.equals("write:documents")) {
                    secondRunAndRollbackRefuseWhileARunIsWriting();
                }
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            assertEquals(baselineSnapshot, current(warehouse), "CURRENT moved after a kill at " + point);
            assertEquals(baseline, everything(warehouse), "the warehouse changed after a kill at " + point);
        }
        assertTrue(snapshotDirs(warehouse).size() > 1, "the killed runs left their partial snapshots");

        CliRunner.Outcome next = run("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--master", "local[2]", "--no-charts");
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.err().contains("left incomplete by an interrupted run"), next.err());
        assertEquals(baseline, everything(warehouse), "the run after the crashes differs from a clean run");
        for (Path dir : snapshotDirs(warehouse)) {
            assertTrue(Files.exists(dir.resolve(WarehouseLayout.SUCCESS)), dir + " is incomplete");
        }
    }

    private static void secondRunAndRollbackRefuseWhileARunIsWriting() {
        CliRunner.Outcome second = run("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--master", "local[1]");
        assertEquals(1, second.exitCode());
        assertTrue(second.err().contains("another run is writing to"), second.err());
        CliRunner.Outcome rollback = run("rollback", "--warehouse", warehouse.toString());
        assertEquals(1, rollback.exitCode());
        assertTrue(rollback.err().contains("another run is writing to"), rollback.err());
        CliRunner.Outcome query = run("query", "--warehouse", warehouse.toString(), "select count(*) from documents");
        assertEquals(0, query.exitCode(), query.err());
    }

    /** Runs last: it removes a document from the shared input. */
    @Test
    @Order(2)
    void readersKeepTheirSnapshotAndRollbackRestoresThePreviousOne() throws Exception {
        String first = current(warehouse);
        try (var before = vn.provinceplans.dashboards.Catalog.open(warehouse)) {
            Files.delete(input.resolve(SEEDS[0]));
            assertEquals(0, run("run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--master",
                    "local[2]", "--keep-snapshots", "2", "--no-charts").exitCode());
            // The reader opened before the publish still sees the whole old snapshot, consistently.
            assertEquals(List.of(5L, 5L, 5L), counts(before));
            try (var after = vn.provinceplans.dashboards.Catalog.open(warehouse)) {
                assertEquals(List.of(4L, 4L, 4L), counts(after));
            }
        }
        String second = current(warehouse);
        assertEquals(2, snapshotDirs(warehouse).size(), "--keep-snapshots 2 keeps two snapshots");
        CliRunner.Outcome list = run("snapshots", "--warehouse", warehouse.toString());
        assertTrue(list.out().contains("  " + first) && list.out().contains("* " + second), list.out());

        CliRunner.Outcome rollback = run("rollback", "--warehouse", warehouse.toString());
        assertEquals(0, rollback.exitCode(), rollback.err());
        assertEquals(first, current(warehouse));
        assertEquals("5", run("query", "--warehouse", warehouse.toString(), "--format", "csv",
                "select count(*) as n from documents").out().lines().skip(1).findFirst().orElse(""));
    }

    private static List<Long> counts(vn.provinceplans.dashboards.Catalog c) throws Exception {
        var q = new vn.provinceplans.dashboards.ReadOnlyQueries(c, 10, java.time.Duration.ofSeconds(30));
        List<Long> out = new ArrayList<>();
        for (String t : List.of("documents", "document_text", "inputs")) {
            out.add((Long) q.run("select count(*) from " + t).rows().get(0).get(0));
        }
        return out;
    }

    /** Rows and a digest of the sorted rows of every table of the published snapshot, in one query. */
    static String everything(Path wh) {
        List<String> tables = new ArrayList<>();
        for (TableSpec t : Contract.get().tables()) {
            tables.add(String.format("select '%1$s' as table_name, count(*) as n, md5(coalesce(string_agg(r::VARCHAR, "
                    + "chr(10) order by r::VARCHAR), '')) as digest from %1$s r", t.name()));
        }
        CliRunner.Outcome q = run("query", "--warehouse", wh.toString(), "--format", "csv",
                String.join(" union all ", tables) + " order by table_name");
        assertEquals(0, q.exitCode(), q.err());
        return q.out();
    }

    static String current(Path wh) throws IOException {
        return Files.readString(wh.resolve(WarehouseLayout.CURRENT)).strip();
    }

    static List<Path> snapshotDirs(Path wh) throws IOException {
        try (Stream<Path> s = Files.list(wh.resolve(WarehouseLayout.SNAPSHOTS))) {
            return s.sorted().toList();
        }
    }

    static void copySeeds(Path dir) throws IOException {
        for (String seed : SEEDS) {
            try (InputStream in = CrashAndConcurrencyTest.class.getResourceAsStream("/seeds/" + seed)) {
                Files.write(dir.resolve(seed), Objects.requireNonNull(in).readAllBytes());
            }
        }
    }

    private static CliRunner.Outcome run(String... args) {
        return CliRunner.run(args);
    }

    /**
     * {@code ./warehouse run --full} in its own JVM, asked to pause at a crash point: full, because a run on the
     * unchanged input would link every table and read no document.
     */
    static Process startRun(Path in, Path wh, String pauseAt) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-XX:") || arg.startsWith("-D")) {
                cmd.add(arg);
            }
        }
        // A short run of a cold JVM: the quick compiler alone costs less CPU than the optimising one saves.
        cmd.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run",
                "--input", in.toString(), "--warehouse", wh.toString(), "--master", "local[2]", "--no-charts",
                "--full"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PPW_PAUSE_AT", pauseAt);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    static void awaitLine(Process p, String wanted) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (line.equals(wanted)) {
                    return;
                }
            } else if (!p.isAlive()) {
                break;
            }
        }
        fail("the run never printed «" + wanted + "»:\n" + seen);
    }
}
