package vn.provinceplans.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.generate.CorpusGenerator;
import vn.provinceplans.generate.RegisterGenerator;

@Command(name = "generate", description = "Write synthetic inputs (every item flagged synthetic in its own data).",
        subcommands = {GenerateCommand.Corpus.class, GenerateCommand.Registers.class})
final class GenerateCommand {

    @Command(name = "corpus", description = "Synthetic documents across all 63 provinces (and districts, communes, "
            + "departments), 2016–2025, in the layouts and with the traps of real ones, plus truth.csv and "
            + "citations.csv in the eval format. Deterministic for a seed; document i depends only on (seed, i).")
    static final class Corpus implements Callable<Integer> {

        @Option(names = "--docs", paramLabel = "N", required = true, description = "How many documents.")
        int docs;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path out;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}")
        long seed;

        @Override
        public Integer call() {
            if (docs < 0) {
                System.err.println("warehouse generate corpus: --docs must not be negative");
                return 2;
            }
            try {
                long started = System.nanoTime();
                CorpusGenerator.Summary s = new CorpusGenerator().generate(docs, seed, out.toAbsolutePath());
                System.out.printf("wrote %d synthetic documents (%.1f MB) to %s in %.1f s; truth: %s; citations: %s%n",
                        s.documents(), s.bytes() / 1e6, out, (System.nanoTime() - started) / 1e9, s.truth(),
                        s.citations());
                return 0;
            } catch (Exception e) {
                System.err.println("warehouse generate corpus: failed: " + Errors.oneLine(e));
                return 1;
            }
        }
    }

    @Command(name = "registers", description = "Synthetic registers for all 63 provinces: a submission log (on time, "
            + "late, never received, received on an unrecorded date) and a model registry, every row synthetic=true, "
            + "in the formats of schemas/registers/.")
    static final class Registers implements Callable<Integer> {

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path out;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2019", description = "Default: ${DEFAULT-VALUE}")
        int from;

        @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2024", description = "Default: ${DEFAULT-VALUE}")
        int to;

        @Option(names = "--districts", paramLabel = "N", defaultValue = "4",
                description = "Districts per province. Default: ${DEFAULT-VALUE}")
        int districts;

        @Override
        public Integer call() {
            if (from > to || from < 2000 || to > 2100 || districts < 0) {
                System.err.println("warehouse generate registers: need 2000 <= --from <= --to <= 2100 and "
                        + "--districts >= 0");
                return 2;
            }
            try {
                RegisterGenerator.Summary s = new RegisterGenerator().generate(out.toAbsolutePath(), seed, from, to,
                        districts);
                System.out.printf("wrote %d submission-log rows to %s and %d model-registry rows to %s "
                        + "(all synthetic)%n", s.submissions(), s.submissionsFile(), s.models(), s.modelsFile());
                return 0;
            } catch (Exception e) {
                System.err.println("warehouse generate registers: failed: " + Errors.oneLine(e));
                return 1;
            }
        }
    }
}
