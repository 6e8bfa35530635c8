package vn.provinceplans.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.jobs.Pipeline;
import vn.provinceplans.jobs.RunOptions;
import vn.provinceplans.jobs.RunResult;

@Command(name = "run", description = "Run every job in order on the documents and publish a new warehouse "
        + "snapshot atomically; the previous snapshot stays readable until the new one is complete.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of documents, read recursively "
            + "(.txt, .html); a path or a URI (file:, hdfs:, s3a:). Default: data/documents/")
    String input;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder (path or URI). "
            + "Default: data/warehouse/")
    String warehouse;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master: local[*], spark://host:port, yarn, k8s://… Default: ${DEFAULT-VALUE}")
    String master;

    @Option(names = "--keep-snapshots", paramLabel = "N", defaultValue = "3",
            description = "Published snapshots to keep for rollback. Default: ${DEFAULT-VALUE}")
    int keepSnapshots;

    @Option(names = "--registers", paramLabel = "DIR", description = "Folder of register CSV files (submission "
            + "log, model registry; formats in schemas/registers/), read recursively. Default: none")
    String registers;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "32",
            description = "Reject, unread, any input file larger than this. Default: ${DEFAULT-VALUE}")
    long maxFileMb;

    @Option(names = "--verbose", description = "Print the full stack trace of a failure.")
    boolean verbose;

    @Override
    public Integer call() {
        RunOptions options;
        try {
            options = new RunOptions(Paths.uriOrDefault(input, "data/documents/"),
                    Paths.uriOrDefault(warehouse, "data/warehouse/"), master, keepSnapshots, maxFileMb << 20,
                    registers == null ? null : Paths.uriOrDefault(registers, null));
        } catch (IllegalArgumentException e) {
            System.err.println("warehouse run: " + e.getMessage());
            return 2;
        }
        try {
            RunResult r = new Pipeline(new ConsoleProgress(System.err)).run(options);
            System.out.printf("published snapshot %s in %s%n", r.snapshotId(), options.warehouse());
            System.out.printf("read %d files = %d loaded + %d duplicate + %d rejected%n", r.filesRead(),
                    r.loaded(), r.duplicate(), r.rejected());
            StringBuilder tables = new StringBuilder("rows:");
            r.rows().forEach((t, n) -> tables.append(' ').append(t).append('=').append(n));
            System.out.println(tables);
            System.out.printf("took %.1f s%n", r.millis() / 1000.0);
            return 0;
        } catch (Exception | LinkageError e) {
            System.err.println("warehouse run: failed: " + Errors.oneLine(e));
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
    }
}
