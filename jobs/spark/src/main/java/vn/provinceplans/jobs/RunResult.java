package vn.provinceplans.jobs;

import java.util.Map;

/**
 * What a run published.
 *
 * @param snapshotId id of the published snapshot
 * @param rows       row count of every table written
 * @param filesRead  input files the run read; equals loaded + duplicate + rejected
 * @param filesUnchanged files not read again: same path, size and modification time as in the previous snapshot
 * @param documentsExtracted texts extracted by this run (the others' facts were reused)
 * @param tablesLinked tables whose sources and code were unchanged since the previous snapshot, linked from it
 */
public record RunResult(String snapshotId, Map<String, Long> rows, long filesRead, long loaded, long duplicate,
                        long rejected, long filesUnchanged, long documentsExtracted,
                        java.util.List<String> tablesLinked, long millis) {
}
