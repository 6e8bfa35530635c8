package vn.provinceplans.jobs;

/**
 * What a table is computed from besides the code that computes it. A run links a table from the published snapshot,
 * instead of computing it again, when the code and every source the table names are the same as when that snapshot
 * was made ({@link TableFingerprints}).
 */
public enum TableSource {
    /** The files under --input (path, size, time), read within the run's --max-file-mb. */
    DOCUMENTS,
    /** The files under --registers, or none. */
    REGISTERS,
    /** The files under the --indices folders (the shipped index files are part of the code). */
    INDICES,
    /** The run's --as-of date. */
    AS_OF
}
