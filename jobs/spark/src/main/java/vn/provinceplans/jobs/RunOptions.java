package vn.provinceplans.jobs;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
 * @param indices        folders of users' long-format index files, read in this order after the shipped index
 *                       files (which every run loads from the classpath)
 * @param asOf           the reference date of timeliness: a deadline on or after it is not yet due
 * @param full           read and extract everything, not reusing what the published snapshot already has
 * @param smallChangeFiles how many changed files a run may apply without Spark; 0 always runs Spark
 */
public record RunOptions(URI input, URI warehouse, String master, int keepSnapshots, long maxFileBytes,
                         URI registers, List<URI> indices, LocalDate asOf, boolean full, int smallChangeFiles) {

    /**
     * Up to this many files to read or drop, a run on a local warehouse applies the change without Spark
     * ({@link SmallChangeRun}); above it, Spark reads and extracts them on all cores (or the cluster).
     */
    public static final int DEFAULT_SMALL_CHANGE_FILES = 1000;

    public RunOptions(URI input, URI warehouse, String master, int keepSnapshots, long maxFileBytes, URI registers,
                      List<URI> indices, LocalDate asOf, boolean full) {
        this(input, warehouse, master, keepSnapshots, maxFileBytes, registers, indices, asOf, full,
                DEFAULT_SMALL_CHANGE_FILES);
    }

    /** Real plans and reports are well under 1 MB; 32 MB leaves room for long reports with tables. */
    public static final long DEFAULT_MAX_FILE_BYTES = 32L << 20;

    public RunOptions(URI input, URI warehouse, String master, int keepSnapshots) {
        this(input, warehouse, master, keepSnapshots, DEFAULT_MAX_FILE_BYTES, null);
    }

    /** A run with the shipped index files only, as of today. */
    public RunOptions(URI input, URI warehouse, String master, int keepSnapshots, long maxFileBytes,
                      URI registers) {
        this(input, warehouse, master, keepSnapshots, maxFileBytes, registers, List.of(), null, false);
    }

    public RunOptions {
        if (keepSnapshots < 1) {
            throw new IllegalArgumentException("--keep-snapshots must be at least 1");
        }
        if (smallChangeFiles < 0) {
            throw new IllegalArgumentException("--small-change-files must be 0 (always Spark) or more");
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("--max-file-mb must be positive");
        }
        indices = indices == null ? List.of() : List.copyOf(indices);
        asOf = asOf == null ? LocalDate.now() : asOf;
    }
}
