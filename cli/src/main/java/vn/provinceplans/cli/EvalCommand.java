package vn.provinceplans.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.extract.eval.EvalReport;
import vn.provinceplans.extract.eval.Evaluation;

@Command(name = "eval", description = "Measure the extractor against labelled documents: per field correct, wrong, "
        + "missed, spurious and accuracy; precision, recall and F1 for citations. Runs the plain-Java extractor "
        + "directly (no Spark).")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, paramLabel = "FILE.csv", description = "Labelled facts, one row per "
            + "document: a 'file' column (matched on the file name, or on the path relative to --input) and any of the "
            + "columns of seeds_truth.csv; empty cell = NULL, several values separated by ';'.")
    Path truth;

    @Option(names = "--citations", paramLabel = "FILE.csv", description = "Labelled citations: file, cited_number "
            + "and optionally cited_kind, cited_issuer, cited_year, cited_date, in_body.")
    Path citations;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of the labelled documents, read recursively. "
            + "Default: data/documents/")
    String input;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit with status 1 when any field accuracy, "
            + "citation F1 or citation attribute accuracy is below X (a fraction such as 0.95, or a percentage such as "
            + "95).")
    Double minAccuracy;

    @Option(names = "--details", description = "List every mismatch (file, field, expected, extracted).")
    boolean details;

    @Override
    public Integer call() {
        Path in = Paths.localOrDefault(input, "data/documents/");
        for (Path p : new Path[] {truth, citations}) {
            if (p != null && !Files.isRegularFile(p)) {
                System.err.println("warehouse eval: no such file: " + p);
                return 2;
            }
        }
        if (!Files.isDirectory(in)) {
            System.err.println("warehouse eval: no such folder: " + in);
            return 2;
        }
        double minimum = minAccuracy == null ? 0 : minAccuracy > 1 ? minAccuracy / 100 : minAccuracy;
        EvalReport report;
        try {
            report = Evaluation.run(truth, citations, in);
        } catch (Exception e) {
            System.err.println("warehouse eval: " + Errors.oneLine(e));
            return 2;
        }
        System.out.print(report.format(details));
        if (minAccuracy == null) {
            return 0;
        }
        Map<String, Double> below = report.below(minimum);
        if (below.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nevery measure is at least %.1f%%%n", 100 * minimum);
            return 0;
        }
        System.out.printf(Locale.ROOT, "%nbelow %.1f%%:", 100 * minimum);
        below.forEach((k, v) -> System.out.printf(Locale.ROOT, " %s %.1f%%;", k, 100 * v));
        System.out.println();
        return 1;
    }
}
