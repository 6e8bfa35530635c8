package vn.provinceplans.jobs;

import java.net.URI;
import java.util.List;

/**
 * What a run reads and where it writes.
 *
 * @param input          folder of documents (any layout, read recursively)
 * @param warehouse      warehouse folder: snapshots and the CURRENT pointer
 * @param master         Spark master URL (local[*], spark://host:port, yarn, k8s://…)
 * @param keepSnapshots  how many published snapshots to keep for rollback (the current one included)
 * @param indices        folders of users' long-format index files, read in this order after the shipped index
 *                       files (which every run loads from the classpath)
 */
public record RunOptions(URI input, URI warehouse, String master, int keepSnapshots, List<URI> indices) {

    public RunOptions {
        if (keepSnapshots < 1) {
            throw new IllegalArgumentException("keepSnapshots must be at least 1");
        }
        indices = indices == null ? List.of() : List.copyOf(indices);
    }

    /** A run with the shipped index files only. */
    public RunOptions(URI input, URI warehouse, String master, int keepSnapshots) {
        this(input, warehouse, master, keepSnapshots, List.of());
    }
}
