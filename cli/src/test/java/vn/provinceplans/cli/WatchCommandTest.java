package vn.provinceplans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.WarehouseLayout;

/** {@code watch}: one run at the start, none while nothing changes, an incremental run on each change. */
class WatchCommandTest {

    @TempDir
    Path input;
    @TempDir
    Path warehouse;

    @Test
    void runsAgainOnlyWhenAFileChanges() throws Exception {
        List<CSVRecord> seeds = RunThenQueryTest.gold();
        for (CSVRecord truth : seeds) {
            try (InputStream in = WatchCommandTest.class.getResourceAsStream("/seeds/" + truth.get("file"))) {
                Files.write(input.resolve(truth.get("file")), Objects.requireNonNull(in).readAllBytes());
            }
        }
        CompletableFuture<CliRunner.Outcome> watch = CompletableFuture.supplyAsync(() -> CliRunner.run("watch",
                "--input", input.toString(), "--warehouse", warehouse.toString(), "--master", "local[2]",
                "--no-charts", "--as-of", "2025-12-31", "--interval", "0.2", "--runs", "2"));
        Path current = warehouse.resolve(WarehouseLayout.CURRENT);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(current) && !watch.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(current), "the first run published nothing");
        // Ten looks at unchanged inputs: a watch that ran again now would spend its second run on nothing, and the
        // second snapshot below would have extracted nothing.
        Thread.sleep(2000);
        Files.writeString(input.resolve(seeds.get(0).get("file")), "\nPhụ lục: bổ sung.\n", StandardOpenOption.APPEND);
        Files.writeString(input.resolve("new.txt"), "KẾ HOẠCH\nThực hiện quy chế dân chủ ở cơ sở năm 2025\n");

        CliRunner.Outcome outcome = watch.get(3, TimeUnit.MINUTES);
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(2, outcome.out().split("published snapshot", -1).length - 1, outcome.out());
        assertTrue(outcome.err().contains("[watch] inputs changed"), outcome.err());
        List<Path> snapshots = snapshots();
        assertEquals(2, snapshots.size());
        Properties second = manifest(snapshots.get(1));
        assertEquals(String.valueOf(seeds.size() + 1), second.getProperty("files.read"));
        assertEquals(String.valueOf(seeds.size() - 1), second.getProperty("files.unchanged"));
        assertEquals("2", second.getProperty("documents.extracted"));
        assertEquals(snapshots.get(1).getFileName().toString(), Files.readString(current).strip());
    }

    @Test
    void aFailedRunIsReportedAndItsExitCodeReturned(@TempDir Path empty) {
        CliRunner.Outcome outcome = CliRunner.run("watch", "--input", empty.resolve("missing").toString(),
                "--warehouse", warehouse.toString(), "--master", "local[2]", "--no-charts", "--runs", "1");
        assertEquals(1, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("warehouse watch: failed: "), outcome.err());
        assertTrue(outcome.err().contains("missing"), outcome.err());
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        CliRunner.Outcome outcome = CliRunner.run("watch", "--interval", "0", "--runs", "1");
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("--interval must be positive"), outcome.err());
    }

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> s = Files.list(warehouse.resolve("snapshots"))) {
            return s.filter(p -> Files.exists(p.resolve(WarehouseLayout.MANIFEST))).sorted().toList();
        }
    }

    private static Properties manifest(Path snapshot) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(snapshot.resolve(WarehouseLayout.MANIFEST), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
