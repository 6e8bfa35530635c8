package vn.provinceplans.extract.indices;

/**
 * A user's index file: its name as the user knows it (path or URI), its bytes, and — when it could not be read at
 * all — why not.
 */
public record IndexFile(String name, byte[] content, String problem) {
}
