package vn.provinceplans.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/**
 * What each table is computed from: a run links a table when none of these changed, so a table must name every
 * source it reads. The marts' sources come from the tables their SQL names; this is what that gives today.
 */
class TableSourcesTest {

    private static final Set<TableSource> DOCUMENTS = EnumSet.of(TableSource.DOCUMENTS);
    private static final Set<TableSource> REGISTERS = EnumSet.of(TableSource.REGISTERS);
    private static final Set<TableSource> INDICES = EnumSet.of(TableSource.INDICES);

    @Test
    void everyTableNamesWhatItIsComputedFrom() {
        Map<String, Set<TableSource>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("document_text", DOCUMENTS), Map.entry("documents", DOCUMENTS),
                Map.entry("inputs", DOCUMENTS), Map.entry("rejected", DOCUMENTS), Map.entry("citations", DOCUMENTS),
                Map.entry("index_mentions", DOCUMENTS), Map.entry("deadlines", DOCUMENTS),
                Map.entry("model_counts", DOCUMENTS),
                Map.entry("submissions", REGISTERS), Map.entry("model_registry", REGISTERS),
                Map.entry("provinces", EnumSet.noneOf(TableSource.class)), Map.entry("province_aliases", INDICES),
                Map.entry("index_scores", INDICES), Map.entry("index_scores_rollup", INDICES),
                Map.entry("index_benchmarks", INDICES),
                Map.entry("rejected_rows", EnumSet.of(TableSource.REGISTERS, TableSource.INDICES)),
                // Deadlines against register entries, as of a date: no index score.
                Map.entry("timeliness", EnumSet.of(TableSource.DOCUMENTS, TableSource.REGISTERS, TableSource.AS_OF)),
                Map.entry("timeliness_summary", EnumSet.of(TableSource.DOCUMENTS, TableSource.REGISTERS,
                        TableSource.AS_OF)),
                Map.entry("model_counts_trend", EnumSet.of(TableSource.DOCUMENTS, TableSource.REGISTERS)),
                // Index mentions against headline scores (the headline_scores view reads index_scores).
                Map.entry("index_linkage", EnumSet.of(TableSource.DOCUMENTS, TableSource.INDICES)),
                Map.entry("index_linkage_summary", EnumSet.of(TableSource.DOCUMENTS, TableSource.INDICES)),
                Map.entry("province_year", EnumSet.allOf(TableSource.class)),
                Map.entry("province_year_rollup", EnumSet.allOf(TableSource.class)),
                // Scores and provinces only: a run that changes documents links it.
                Map.entry("province_index_year", INDICES)));
        Map<String, Set<TableSource>> actual = new TreeMap<>();
        for (TableJob job : TableJobs.all()) {
            actual.put(job.table(), job.sources());
        }
        assertEquals(expected, actual);
    }
}
