package vn.provinceplans.jobs;

import java.util.Map;

/**
 * What a run published.
 *
 * @param snapshotId id of the published snapshot
 * @param rows       row count of every table written
 * @param filesRead  input files the run read; equals loaded + duplicate + rejected
 */
public record RunResult(String snapshotId, Map<String, Long> rows, long filesRead, long loaded, long duplicate,
                        long rejected, long millis) {
}
