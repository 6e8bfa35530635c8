package vn.provinceplans.cli;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.jobs.SnapshotStore;
import vn.provinceplans.jobs.SparkSessions;

@Command(name = "snapshots", description = "List the warehouse's snapshots, oldest first; '*' marks the published one.")
final class SnapshotsCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder (path or URI). "
            + "Default: data/warehouse/")
    String warehouse;

    @Override
    public Integer call() {
        try (SnapshotStore store = SnapshotStore.openReadOnly(Paths.uriOrDefault(warehouse, "data/warehouse/"),
                SparkSessions.hadoopConfiguration())) {
            String current = store.currentId().orElse("");
            List<String> complete = store.completeSnapshotIds();
            for (String id : store.snapshotIds()) {
                Properties m = store.manifest(id);
                System.out.printf("%s %s  %s%n", id.equals(current) ? "*" : " ", id, complete.contains(id)
                        ? "files read " + m.getProperty("files.read", "?") + ", documents "
                        + m.getProperty("rows.documents", "?") + ", input " + m.getProperty("input", "?")
                        : "incomplete (an interrupted run; the next run removes it)");
            }
            return 0;
        } catch (Exception e) {
            System.err.println("warehouse snapshots: failed: " + Errors.oneLine(e));
            return 1;
        }
    }
}
