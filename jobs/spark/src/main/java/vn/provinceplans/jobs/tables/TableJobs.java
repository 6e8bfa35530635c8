package vn.provinceplans.jobs.tables;

import java.util.List;

import vn.provinceplans.jobs.TableJob;

/** Every table job, in the order a run executes them. */
public final class TableJobs {

    private TableJobs() {
    }

    public static List<TableJob> all() {
        return List.of(new DocumentTextJob(), new DocumentsJob(), new InputsJob(), new RejectedJob(), new CitationsJob(),
                new IndexMentionsJob(), new DeadlinesJob(), new ModelCountsJob(), new SubmissionsJob(),
                new ModelRegistryJob(), new RejectedRowsJob());
    }
}
