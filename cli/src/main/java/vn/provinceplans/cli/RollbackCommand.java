package vn.provinceplans.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.jobs.SnapshotStore;
import vn.provinceplans.jobs.SparkSessions;

@Command(name = "rollback", description = "Publish an earlier snapshot again (by default the one before the "
        + "published one), in one atomic step. Refused while a run is writing.")
final class RollbackCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder (path or URI). "
            + "Default: data/warehouse/")
    String warehouse;

    @Option(names = "--to", paramLabel = "SNAPSHOT", description = "The snapshot to publish (see ./warehouse "
            + "snapshots).")
    String to;

    @Override
    public Integer call() {
        try (SnapshotStore store = SnapshotStore.open(Paths.uriOrDefault(warehouse, "data/warehouse/"),
                SparkSessions.hadoopConfiguration())) {
            String current = store.currentId().orElseThrow(() -> new IllegalStateException(
                    "nothing is published yet: there is nothing to roll back"));
            List<String> complete = store.completeSnapshotIds();
            String target = to;
            if (target == null) {
                int i = complete.indexOf(current);
                if (i <= 0) {
                    throw new IllegalStateException("no snapshot older than " + current + " is kept");
                }
                target = complete.get(i - 1);
            }
            store.republish(target);
            System.out.println("published snapshot " + target + " (was " + current + ")");
            return 0;
        } catch (Exception e) {
            System.err.println("warehouse rollback: failed: " + Errors.oneLine(e));
            return 1;
        }
    }
}
