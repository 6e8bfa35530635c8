package vn.provinceplans.jobs;

import java.net.URI;

/**
 * What a run reads and where it writes.
 *
 * @param input          folder of documents (any layout, read recursively)
 * @param warehouse      warehouse folder: snapshots and the CURRENT pointer
 * @param master         Spark master URL (local[*], spark://host:port, yarn, k8s://…)
 * @param keepSnapshots  how many published snapshots to keep for rollback (the current one included)
 */
public record RunOptions(URI input, URI warehouse, String master, int keepSnapshots) {

    public RunOptions {
        if (keepSnapshots < 1) {
            throw new IllegalArgumentException("keepSnapshots must be at least 1");
        }
    }
}
