package vn.provinceplans.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the extraction a build performs: a SHA-256 over the extraction library itself (its classes, patterns
 * and reference data, as a jar or a classes folder). Facts cached by one build are reused only by a build with the
 * same version, so a changed pattern or rule re-extracts everything.
 */
public final class ExtractorVersion {

    private static volatile String current;

    private ExtractorVersion() {
    }

    public static String current() {
        String v = current;
        if (v == null) {
            synchronized (ExtractorVersion.class) {
                v = current;
                if (v == null) {
                    v = compute();
                    current = v;
                }
            }
        }
        return v;
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path location = Path.of(DocumentExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    sha.update(location.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            } else {
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction library to version it", e);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
