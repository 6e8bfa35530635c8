package vn.provinceplans.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractorBenchmark} with JMH and prints its throughput as MB/s per core (UTF-8 bytes of normalised
 * text), next to the header-only baseline. Extra arguments are passed to JMH's option parser first (e.g. -wi 1).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = ExtractorBenchmark.seeds(ExtractorBenchmark.seedFolder());
        long bytes = ExtractorBenchmark.bytesPerOperation(texts);
        Options options = new OptionsBuilder()
                .parent(new org.openjdk.jmh.runner.options.CommandLineOptions(args))
                .include(ExtractorBenchmark.class.getName())
                .jvmArgsAppend("-Dppw.seeds=" + ExtractorBenchmark.seedFolder().toAbsolutePath())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf(Locale.ROOT, "%n%d seed documents, %d bytes (UTF-8, normalised) per operation%n%n",
                texts.size(), bytes);
        System.out.println("| benchmark | ops/s | ± (99.9%) | MB/s per core | documents/s per core |");
        System.out.println("|---|---|---|---|---|");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.0f |%n", name, ops, err,
                    ops * bytes / 1e6, ops * texts.size());
        }
    }
}
