package vn.provinceplans.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--indices", paramLabel = "DIR", description = "Folder of your own index files in the long "
            + "CSV format (schemas/inputs/index_long_format.md), read recursively after the shipped ones; a path or a "
            + "URI; may be given more than once. Extra long-format files in data/indices/ are read too.")
    List<String> indices = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master: local[*], spark://host:port, yarn, k8s://… Default: ${DEFAULT-VALUE}")
    String master;

    @Option(names = "--keep-snapshots", paramLabel = "N", defaultValue = "3",
            description = "Published snapshots to keep for rollback. Default: ${DEFAULT-VALUE}")
    int keepSnapshots;

    @Option(names = "--registers", paramLabel = "DIR", description = "Folder of register CSV files (submission "
            + "log, model registry; formats in schemas/registers/), read recursively. Default: none")
    String registers;

    @Option(names = "--full", description = "Read and extract every file again instead of reusing what the "
            + "published snapshot already has for unchanged files (same path, size and modification time).")
    boolean full;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date of timeliness: a "
            + "deadline on or after it is not yet due. Default: today")
    java.time.LocalDate asOf;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "32",
            description = "Reject, unread, any input file larger than this. Default: ${DEFAULT-VALUE}")
    long maxFileMb;

    @Option(names = "--site", paramLabel = "DIR", description = "Where the last stage puts the dashboard site (as "
            + "./warehouse charts --out). Default: the warehouse's site/ (data/warehouse/site/)")
    String site;

    @Option(names = "--no-charts", description = "Publish the warehouse without building the dashboard site.")
    boolean noCharts;

    @Option(names = "--verbose", description = "Print the full stack trace of a failure.")
    boolean verbose;

    /** data/indices/ of the project (its files other than the shipped ones), then every --indices folder. */
    private List<URI> indexFolders() {
        List<URI> out = new ArrayList<>();
        Path shipped = Paths.home().resolve("data/indices");
        if (Files.isDirectory(shipped)) {
            out.add(shipped.toUri());
        }
        for (String folder : indices) {
            URI uri = Paths.uriOrDefault(folder, folder);
            if ("file".equals(uri.getScheme()) && !Files.isDirectory(Path.of(uri))) {
                throw new IllegalArgumentException("--indices " + folder + ": no such folder");
            }
            out.add(uri);
        }
        return out;
    }

    @Override
    public Integer call() {
        RunOptions options;
        try {
            options = new RunOptions(Paths.uriOrDefault(input, "data/documents/"),
                    Paths.uriOrDefault(warehouse, "data/warehouse/"), master, keepSnapshots, maxFileMb << 20,
                    registers == null ? null : Paths.uriOrDefault(registers, null), indexFolders(), asOf, full);
        } catch (IllegalArgumentException e) {
            System.err.println("warehouse run: " + e.getMessage());
            return 2;
        }
        RunResult r;
        ConsoleProgress progress = new ConsoleProgress(System.err);
        try {
            r = new Pipeline(progress).run(options);
            System.out.printf("published snapshot %s in %s%n", r.snapshotId(), options.warehouse());
            System.out.printf("read %d files = %d loaded + %d duplicate + %d rejected%n", r.filesRead(),
                    r.loaded(), r.duplicate(), r.rejected());
            if (r.filesUnchanged() > 0) {
                System.out.printf("reused %d unchanged files; extracted %d documents%n", r.filesUnchanged(),
                        r.documentsExtracted());
            }
            StringBuilder tables = new StringBuilder("rows:");
            r.rows().forEach((t, n) -> tables.append(' ').append(t).append('=').append(n));
            System.out.println(tables);
            long rejectedRecords = r.rows().getOrDefault("rejected_rows", 0L);
            if (rejectedRecords > 0) {
                System.err.printf("warehouse run: %d register or index record(s) did not load; see: ./warehouse "
                        + "query \"select input, source_file, line, reason from rejected_rows\"%n", rejectedRecords);
            }
            System.out.printf("took %.1f s%n", r.millis() / 1000.0);
        } catch (Exception | LinkageError e) {
            System.err.println("warehouse run: failed: " + Errors.oneLine(e));
            if (verbose) {
                e.printStackTrace();
            }
            return 1;
        }
        return noCharts ? 0 : charts(options, r, progress);
    }

    /**
     * The last stage: the dashboard site of the snapshot just published. It runs after the publish step, so a chart
     * failure leaves the new warehouse published and the previous site in place; exit code 3 says so.
     */
    private int charts(RunOptions options, RunResult r, ConsoleProgress progress) {
        if (!"file".equals(options.warehouse().getScheme())) {
            System.err.println("warehouse run: no dashboard site for a warehouse at " + options.warehouse()
                    + ": the charts read a local warehouse (copy the snapshot and run ./warehouse charts)");
            return 0;
        }
        Path warehouseDir = Path.of(options.warehouse());
        Path out = site == null ? ChartsCommand.defaultSite(warehouseDir) : Paths.localOrDefault(site, null);
        try {
            progress.stage("charts", out.toString());
            ChartsCommand.print(ChartsCommand.build(warehouseDir, out, null, line -> progress.stage("charts", line)));
            return 0;
        } catch (Exception | LinkageError e) {
            System.err.println("warehouse run: snapshot " + r.snapshotId() + " is published, but the charts failed: "
                    + Errors.oneLine(e) + " (the previous site is unchanged; retry with ./warehouse charts)");
            if (verbose) {
                e.printStackTrace();
            }
            return 3;
        }
    }
}
