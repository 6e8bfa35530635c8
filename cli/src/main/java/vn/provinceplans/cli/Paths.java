package vn.provinceplans.cli;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where relative paths point. Defaults (data/documents/, warehouse/) are relative to the project folder the
 * launcher passes as {@code ppw.home}; paths a user types are relative to where they type them.
 */
final class Paths {

    private Paths() {
    }

    static Path home() {
        String home = System.getProperty("ppw.home");
        return Path.of(home == null || home.isEmpty() ? "." : home).toAbsolutePath().normalize();
    }

    static Path localOrDefault(String given, String defaultRelativeToHome) {
        if (given == null) {
            return home().resolve(defaultRelativeToHome).normalize();
        }
        if (given.startsWith("file:")) {
            return Path.of(URI.create(given));
        }
        return Path.of(given).toAbsolutePath().normalize();
    }

    /** A path or a URI (file:, hdfs:, s3a: …) as a URI; a plain path becomes an absolute file: URI. */
    static URI uriOrDefault(String given, String defaultRelativeToHome) {
        if (given != null && given.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return URI.create(given);
        }
        return localOrDefault(given, defaultRelativeToHome).toUri();
    }
}
