package vn.provinceplans.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.document.DocumentText;

/**
 * One operation = every seed document once, single-threaded (so throughput is per core). Three levels: the whole
 * extraction (header and facts), the header alone (the extractor before the fact extractors: the baseline) and
 * the line split and classification every extractor starts from. Decoding is not measured: the extractor gets
 * normalised text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractorBenchmark {

    private List<String> texts;
    private DocumentExtractor extractor;

    @Setup
    public void load() throws IOException {
        texts = seeds(seedFolder());
        extractor = new DocumentExtractor();
    }

    @Benchmark
    public void fullExtraction(Blackhole bh) {
        for (String t : texts) {
            bh.consume(extractor.extract(t));
        }
    }

    @Benchmark
    public void headerOnly(Blackhole bh) {
        for (String t : texts) {
            bh.consume(extractor.extractHeader(t));
        }
    }

    @Benchmark
    public void linesOnly(Blackhole bh) {
        for (String t : texts) {
            bh.consume(new DocumentText(t));
        }
    }

    static Path seedFolder() {
        return Path.of(System.getProperty("ppw.seeds", "data/documents/seeds"));
    }

    /** The seed documents decoded and normalised, in file-name order. */
    static List<String> seeds(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                DecodedFile d = DocumentDecoder.decode(p.getFileName().toString(), Files.readAllBytes(p));
                if (d.isLoaded()) {
                    out.add(d.text());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no seed documents in " + folder.toAbsolutePath());
        }
        return out;
    }

    /** UTF-8 bytes of the normalised texts one operation processes. */
    static long bytesPerOperation(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
