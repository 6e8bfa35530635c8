package vn.provinceplans.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import vn.provinceplans.jobs.RunOptions;

/** The options of a run, shared by {@code run} (one run) and {@code watch} (a run on every change). */
final class RunArguments {

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

    @Option(names = "--small-change-files", paramLabel = "N", defaultValue = "1000",
            description = "A change of up to N files (new, changed or removed) on a local warehouse is applied "
                    + "without starting Spark: the files are extracted in this process and DuckDB rewrites the "
                    + "tables they reach, in seconds. More goes through Spark. 0: always Spark. Default: "
                    + "${DEFAULT-VALUE}")
    int smallChangeFiles;

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

    /**
     * The run's options; built again for every run of a watch, so that a default --as-of is the day of each run.
     *
     * @throws IllegalArgumentException for an option the run cannot take (the message names it)
     */
    RunOptions options() {
        return new RunOptions(Paths.uriOrDefault(input, "data/documents/"),
                Paths.uriOrDefault(warehouse, "data/warehouse/"), master, keepSnapshots, maxFileMb << 20,
                registers == null ? null : Paths.uriOrDefault(registers, null), indexFolders(), asOf, full,
                smallChangeFiles);
    }

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
}
