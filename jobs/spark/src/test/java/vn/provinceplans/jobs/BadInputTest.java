package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * A folder of everything that goes wrong with real input files. The run completes, every file is listed once in
 * {@code inputs} with a status, and each bad one says why in words.
 */
class BadInputTest extends SparkTestBase {

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;

    static RunResult result;
    static Map<String, List<Object>> inputs = new HashMap<>();
    static boolean root = "root".equals(System.getProperty("user.name"));

    @BeforeAll
    static void run() throws Exception {
        byte[] seed = PipelineTest.seed("002_28848263089081f8.txt");
        String text = new String(seed, StandardCharsets.UTF_8);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("image renamed.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(input.resolve("nul bytes.txt"), new byte[] {'a', 0, 0, 0, 'b', 0, 0, 0, 'c', 0, 0, 0});
        Files.write(input.resolve("invalid utf8.txt"), new byte[] {'K', (byte) 0xEA, ' ', 'h', 'o', (byte) 0xB9});
        Files.write(input.resolve("utf16le bom.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(input.resolve("utf16be bom.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)));
        try (RandomAccessFile big = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(100L << 20);
        }
        StringBuilder deep = new StringBuilder("<html><head><style>p{color:red}</style><script>var x = '<p>Số: "
                + "99/KH-UBND</p>';</script></head><body>");
        deep.append("<div>".repeat(20_000)).append("<p>ỦY BAN NHÂN DÂN</p><p>TỈNH QUẢNG NAM</p><p>Số: 12/KH-UBND</p>")
                .append("</div>".repeat(20_000)).append("<script>document.write('x')</script></body></html>");
        Files.writeString(input.resolve("deep.html"), deep.toString(), StandardCharsets.UTF_8);
        Path odd = Files.createDirectories(input.resolve("thư mục có dấu cách/..hidden.."));
        Files.write(odd.resolve("kế hoạch..số 15.txt"), seed);
        Files.write(input.resolve("a..b.txt"), PipelineTest.seed("004_38aabbfab1e98a3d.txt"));
        Files.createSymbolicLink(input.resolve("broken link.txt"), input.resolve("does-not-exist.txt"));
        Path loopDir = Files.createDirectories(input.resolve("loop"));
        Files.createSymbolicLink(loopDir.resolve("back up"), input);
        Path locked = input.resolve("locked.txt");
        Files.write(locked, seed);
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        Process fifo = new ProcessBuilder("mkfifo", input.resolve("pipe.txt").toString()).start();
        assertEquals(0, fifo.waitFor());

        RunOptions options = new RunOptions(input.toUri(), warehouse.toUri(), "local[2]", 3, 64L << 20, null);
        result = new Pipeline(Progress.SILENT).run(spark, options);
        Path snapshot = warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(result.snapshotId());
        spark.read().parquet(snapshot.resolve("inputs").toString()).createOrReplaceTempView("inputs");
        spark.read().parquet(snapshot.resolve("documents").toString()).createOrReplaceTempView("documents");
        for (List<Object> r : sql("select source_path, status, reason, encoding_detected from inputs")) {
            inputs.put((String) r.get(0), r);
        }
    }

    @Test
    void theRunCompletesAndReconciles() {
        assertEquals(result.filesRead(), result.loaded() + result.duplicate() + result.rejected());
        assertEquals(result.filesRead(), (long) inputs.size());
        assertEquals(List.of(row(0L)), sql("select count(*) - count(distinct source_path) from inputs"));
    }

    @Test
    void badFilesAreRejectedWithAReason() {
        assertRejected("empty.txt", "empty file (0 bytes)");
        assertRejected("image renamed.txt", "binary content: the file is an image");
        assertRejected("nul bytes.txt", "binary content");
        assertRejected("invalid utf8.txt", "not valid UTF-8");
        assertRejected("huge.txt", "file too large: 100.0 MB, over the 64 MB limit");
        assertRejected("broken link.txt", "broken symbolic link");
        assertRejected("loop/back up", "symbolic-link loop");
        assertRejected("pipe.txt", "not a regular file");
        if (!root) {
            // root reads any file whatever its permissions, so this case exists only for ordinary users.
            assertRejected("locked.txt", "permission denied");
        }
    }

    @Test
    void goodFilesLoadWhateverTheirNameOrEncoding() {
        // The same text in four files, two of them UTF-16: one document, loaded from the first path in order.
        List<String> sameText = List.of("locked.txt", "thư mục có dấu cách/..hidden../kế hoạch..số 15.txt",
                "utf16be bom.txt", "utf16le bom.txt");
        List<Object> statuses = sameText.stream().map(p -> inputs.get(p).get(1)).toList();
        assertEquals(root ? List.of("loaded", "duplicate", "duplicate", "duplicate")
                : List.of("rejected", "loaded", "duplicate", "duplicate"), statuses);
        assertEquals("UTF-16LE BOM", inputs.get("utf16le bom.txt").get(3));
        assertEquals("UTF-16BE BOM", inputs.get("utf16be bom.txt").get(3));
        assertEquals(List.of(row(1L)), sql("select count(distinct doc_id) from inputs where source_path in "
                + "('utf16be bom.txt', 'utf16le bom.txt', 'thư mục có dấu cách/..hidden../kế hoạch..số 15.txt')"));
        assertEquals("loaded", inputs.get("a..b.txt").get(1));
        assertEquals(List.of(row("15/KH-UBND", "Đồng Tháp")), sql("select doc_number, province from documents "
                + "where doc_number = '15/KH-UBND'"));
    }

    @Test
    void htmlWithScriptsAndDeepNestingBecomesText() {
        assertEquals("loaded", inputs.get("deep.html").get(1));
        assertEquals(List.of(row("12/KH-UBND", "html", "UBND tỉnh Quảng Nam")),
                sql("select doc_number, source_format, issuer from documents where source_path = 'deep.html'"));
    }

    @Test
    void pathsStayInsideTheInputFolder() {
        for (String path : inputs.keySet()) {
            assertTrue(!path.startsWith("/") && !path.startsWith("../") && !path.contains("/../"), path);
        }
    }

    private static void assertRejected(String path, String reasonStart) {
        List<Object> r = inputs.get(path);
        assertTrue(r != null, path + " is not listed in inputs: " + inputs.keySet());
        assertEquals("rejected", r.get(1), path);
        assertTrue(String.valueOf(r.get(2)).startsWith(reasonStart), path + ": " + r.get(2));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
