package vn.provinceplans.jobs;

import java.net.URI;

/**
 * What a run reads and where it writes.
 *
 * @param input          folder of documents (any layout, read recursively)
 * @param warehouse      warehouse folder: snapshots and the CURRENT pointer
 * @param master         Spark master URL (local[*], spark://host:port, yarn, k8s://…)
 * @param keepSnapshots  how many published snapshots to keep for rollback (the current one included)
 * @param maxFileBytes   a larger input file is rejected unread ("file too large"), so one stray dump cannot
 *                       exhaust an executor's memory
 * @param registers      folder of register CSV files (submission log, model registry), or null for none
 */
public record RunOptions(URI input, URI warehouse, String master, int keepSnapshots, long maxFileBytes,
                         URI registers) {

    /** Real plans and reports are well under 1 MB; 32 MB leaves room for long reports with tables. */
    public static final long DEFAULT_MAX_FILE_BYTES = 32L << 20;

    public RunOptions(URI input, URI warehouse, String master, int keepSnapshots) {
        this(input, warehouse, master, keepSnapshots, DEFAULT_MAX_FILE_BYTES, null);
    }

    public RunOptions {
        if (keepSnapshots < 1) {
            throw new IllegalArgumentException("--keep-snapshots must be at least 1");
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("--max-file-mb must be positive");
        }
    }
}
