package vn.provinceplans.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.provinceplans.jobs.Pipeline;
import vn.provinceplans.jobs.RunOptions;
import vn.provinceplans.jobs.RunResult;
import vn.provinceplans.jobs.io.InputListings;

@Command(name = "run", description = "Run every job in order on the documents and publish a new warehouse "
        + "snapshot atomically; the previous snapshot stays readable until the new one is complete.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunArguments run;

    @Override
    public Integer call() {
        RunOptions options;
        try {
            options = run.options();
        } catch (IllegalArgumentException e) {
            System.err.println("warehouse run: " + e.getMessage());
            return 2;
        }
        return runOnce(run, options, null, null, "warehouse run");
    }

    /**
     * One run: publish a snapshot, print what it holds, then build the site unless --no-charts. On {@code spark}
     * when given (a watch keeps one session warm between runs), else on a session of its own; on {@code listings}
     * when given (the inputs as the watch listed them), else on the inputs listed by the run.
     *
     * @return the exit code: 0, 1 when the run failed (nothing published), 3 when only the site failed
     */
    static int runOnce(RunArguments run, RunOptions options, SparkSession spark, InputListings listings,
                       String command) {
        RunResult r;
        ConsoleProgress progress = new ConsoleProgress(System.err);
        try {
            Pipeline pipeline = new Pipeline(progress);
            r = spark == null ? pipeline.run(options) : pipeline.run(spark, options, listings);
            System.out.printf("published snapshot %s in %s%n", r.snapshotId(), options.warehouse());
            System.out.printf("read %d files = %d loaded + %d duplicate + %d rejected%n", r.filesRead(),
                    r.loaded(), r.duplicate(), r.rejected());
            if (r.filesUnchanged() > 0) {
                System.out.printf("reused %d unchanged files; extracted %d documents%n", r.filesUnchanged(),
                        r.documentsExtracted());
            }
            if (!r.tablesLinked().isEmpty()) {
                System.out.printf("linked %d of %d tables, unchanged since the previous snapshot: %s%n",
                        r.tablesLinked().size(), r.rows().size(), String.join(" ", r.tablesLinked()));
            }
            StringBuilder tables = new StringBuilder("rows:");
            r.rows().forEach((t, n) -> tables.append(' ').append(t).append('=').append(n));
            System.out.println(tables);
            long rejectedRecords = r.rows().getOrDefault("rejected_rows", 0L);
            if (rejectedRecords > 0) {
                System.err.printf("%s: %d register or index record(s) did not load; see: ./warehouse "
                        + "query \"select input, source_file, line, reason from rejected_rows\"%n", command,
                        rejectedRecords);
            }
            System.out.printf("took %.1f s%n", r.millis() / 1000.0);
        } catch (Exception | LinkageError e) {
            System.err.println(command + ": failed: " + Errors.oneLine(e));
            if (run.verbose) {
                e.printStackTrace();
            }
            return 1;
        }
        return run.noCharts ? 0 : charts(run, options, r, progress, command);
    }

    /**
     * The last stage: the dashboard site of the snapshot just published. It runs after the publish step, so a chart
     * failure leaves the new warehouse published and the previous site in place; exit code 3 says so.
     */
    private static int charts(RunArguments run, RunOptions options, RunResult r, ConsoleProgress progress,
                              String command) {
        if (!"file".equals(options.warehouse().getScheme())) {
            System.err.println(command + ": no dashboard site for a warehouse at " + options.warehouse()
                    + ": the charts read a local warehouse (copy the snapshot and run ./warehouse charts)");
            return 0;
        }
        Path warehouseDir = Path.of(options.warehouse());
        Path out = run.site == null ? ChartsCommand.defaultSite(warehouseDir) : Paths.localOrDefault(run.site, null);
        try {
            progress.stage("charts", out.toString());
            ChartsCommand.print(ChartsCommand.build(warehouseDir, out, null, line -> progress.stage("charts", line)));
            return 0;
        } catch (Exception | LinkageError e) {
            System.err.println(command + ": snapshot " + r.snapshotId() + " is published, but the charts failed: "
                    + Errors.oneLine(e) + " (the previous site is unchanged; retry with ./warehouse charts)");
            if (run.verbose) {
                e.printStackTrace();
            }
            return 3;
        }
    }
}
