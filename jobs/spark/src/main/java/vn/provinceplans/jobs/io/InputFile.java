package vn.provinceplans.jobs.io;

import java.io.Serializable;

/**
 * A file found under --input: its path relative to the input folder, its URI, its size, when it was last modified
 * (epoch milliseconds; a file with the same path, size and time as in the last run is not read again), and — when it
 * could not even be listed or opened (a symbolic-link loop, no permission, not a regular file) — why not.
 */
public record InputFile(String relativePath, String uri, long bytes, long modified, String problem)
        implements Serializable {
}
