package vn.provinceplans.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.provinceplans.jobs.RunOptions;
import vn.provinceplans.jobs.SparkSessions;
import vn.provinceplans.jobs.io.InputListings;

/**
 * {@code run} again whenever the inputs change, in one process. Besides saving the Spark start, the point is a warm
 * JVM: a fresh one spends most of a small run compiling Spark's own code, which a second run in the same process
 * does not pay again.
 */
@Command(name = "watch", description = "Run once, then again whenever a file under --input, --registers or "
        + "--indices is added, changed or removed (looked for every --interval seconds), keeping Spark and the JVM "
        + "warm between runs. Each run is an incremental run as ./warehouse run does it. Stops on Ctrl-C, or after "
        + "--runs runs.")
final class WatchCommand implements Callable<Integer> {

    @Mixin
    RunArguments run;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between two looks at the inputs when nothing changed. Default: ${DEFAULT-VALUE}")
    double intervalSeconds;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N runs (0: run until stopped). Default: ${DEFAULT-VALUE}")
    int maxRuns;

    @Override
    public Integer call() throws InterruptedException {
        if (intervalSeconds <= 0 || maxRuns < 0) {
            System.err.println("warehouse watch: --interval must be positive and --runs at least 0");
            return 2;
        }
        RunOptions first;
        try {
            first = run.options();
        } catch (IllegalArgumentException e) {
            System.err.println("warehouse watch: " + e.getMessage());
            return 2;
        }
        SparkSession spark;
        try {
            spark = SparkSessions.create(first.master(), "province-plans-warehouse");
        } catch (Exception | LinkageError e) {
            System.err.println("warehouse watch: cannot start Spark on " + first.master() + ": "
                    + Errors.oneLine(e));
            return 1;
        }
        try {
            InputListings seen = null;
            String refused = null;
            int runs = 0;
            int last = 0;
            while (maxRuns == 0 || runs < maxRuns) {
                RunOptions options;
                try {
                    options = run.options();
                } catch (IllegalArgumentException e) {
                    // Such as an --indices folder removed since the watch started: said once, looked at again.
                    if (!e.getMessage().equals(refused)) {
                        System.err.println("warehouse watch: " + e.getMessage());
                        refused = e.getMessage();
                    }
                    Thread.sleep((long) (intervalSeconds * 1000));
                    continue;
                }
                refused = null;
                InputListings now = InputListings.of(options, spark.sparkContext().hadoopConfiguration());
                if (now.equals(seen)) {
                    Thread.sleep((long) (intervalSeconds * 1000));
                    continue;
                }
                if (seen != null) {
                    System.err.printf("[watch] inputs changed (%d files listed): run %d%n", now.fileCount(), runs + 1);
                }
                // The run reads this listing, so a file changed since is a change at the next look.
                seen = now;
                last = RunCommand.runOnce(run, options, spark, now, "warehouse watch");
                runs++;
                if (maxRuns == 0 || runs < maxRuns) {
                    System.err.printf("[watch] waiting for changes (a look every %s s; Ctrl-C stops)%n",
                            intervalSeconds);
                }
            }
            return last;
        } finally {
            spark.stop();
        }
    }
}
