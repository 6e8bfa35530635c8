package vn.provinceplans.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version names what the code computes with, not when or how it was packaged. */
class CodeVersionTest {

    private static final Map<String, String> CLASSES = new TreeMap<>(Map.of(
            "vn/provinceplans/extract/A.class", "class A",
            "patterns/dates.tsv", "ngày\\s+\\d+"));

    @Test
    void aRebuildWithNewTimestampsKeepsTheVersionAndAChangedFileChangesIt(@TempDir Path dir) throws IOException {
        String first = CodeVersion.of(jar(dir.resolve("a.jar"), CLASSES, 1_000_000_000_000L, "built Monday"));
        String rebuilt = CodeVersion.of(jar(dir.resolve("b.jar"), CLASSES, 1_700_000_000_000L, "built Friday"));
        assertEquals(first, rebuilt, "same contents, other entry times and manifest");
        Path folder = dir.resolve("classes");
        for (Map.Entry<String, String> e : CLASSES.entrySet()) {
            Files.createDirectories(folder.resolve(e.getKey()).getParent());
            Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        assertEquals(first, CodeVersion.of(folder), "a classes folder and its jar");
        Map<String, String> changed = new TreeMap<>(CLASSES);
        changed.put("patterns/dates.tsv", "ngày\\s+\\d{1,2}");
        assertNotEquals(first, CodeVersion.of(jar(dir.resolve("c.jar"), changed, 1_000_000_000_000L,
                "built Monday")), "a changed pattern");
    }

    private static Path jar(Path file, Map<String, String> entries, long time, String manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry m = new ZipEntry("META-INF/MANIFEST.MF");
            m.setTime(time);
            zip.putNextEntry(m);
            zip.write(("Manifest-Version: 1.0\nCreated-By: " + manifest + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTime(time);
                zip.putNextEntry(z);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
