package vn.provinceplans.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The version of a build's code: a SHA-256 over the classes and resources of a jar or a classes folder. What one
 * build computed (cached facts, tables, site pages) is reused by a build only when the code that computes it has the
 * same version.
 */
public final class CodeVersion {

    private CodeVersion() {
    }

    /** The jar or classes folder {@code c} was loaded from. */
    public static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of the classes folder or jar at {@code location}. */
    public static String of(Path location) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Names and contents only, never the jar's own bytes: a rebuild of the same sources (new entry
            // timestamps) keeps the version, and a classes folder and its jar give the same one.
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !entryName(location, f).startsWith("META-INF/"))
                            .sorted(Comparator.comparing(f -> entryName(location, f))).toList();
                }
                for (Path f : files) {
                    update(sha, entryName(location, f), Files.readAllBytes(f));
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream().filter(e -> !e.isDirectory())
                            .filter(e -> !e.getName().startsWith("META-INF/"))
                            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    for (ZipEntry e : entries) {
                        try (InputStream in = jar.getInputStream(e)) {
                            update(sha, e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location + " to version it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entryName(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static void update(MessageDigest sha, String name, byte[] content) {
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
    }
}
