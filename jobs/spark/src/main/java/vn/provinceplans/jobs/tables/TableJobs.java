package vn.provinceplans.jobs.tables;

import java.util.List;

import vn.provinceplans.jobs.TableJob;

/** Every table job, in the order a run executes them: a mart comes after the tables it reads. */
public final class TableJobs {

    private TableJobs() {
    }

    public static List<TableJob> all() {
        return List.of(
                // Documents and their facts.
                new DocumentTextJob(), new DocumentsJob(), new InputsJob(), new RejectedJob(), new CitationsJob(),
                new IndexMentionsJob(), new DeadlinesJob(), new ModelCountsJob(),
                // Registers.
                new SubmissionsJob(), new ModelRegistryJob(),
                // Reference data and index scores.
                new ProvincesJob(), new ProvinceAliasesJob(), new IndexScoresJob(), new IndexScoresRollupJob(),
                new IndexBenchmarksJob(),
                // CSV records of registers and index files that did not load.
                new RejectedRowsJob(),
                // Marts, over the tables above.
                new TimelinessJob(), new TimelinessSummaryJob(), new ModelCountsTrendJob(), new IndexLinkageJob(),
                new IndexLinkageSummaryJob(), new ProvinceYearJob(), new ProvinceYearRollupJob(),
                new ProvinceIndexYearJob());
    }
}
