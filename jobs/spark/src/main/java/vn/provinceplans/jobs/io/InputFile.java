package vn.provinceplans.jobs.io;

import java.io.Serializable;

/**
 * A file found under --input: its path relative to the input folder, its URI, its size, and — when it could not
 * even be listed or opened (a symbolic-link loop, no permission, not a regular file) — why not.
 */
public record InputFile(String relativePath, String uri, long bytes, String problem) implements Serializable {
}
