package vn.provinceplans.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;

/**
 * Baseline: the same decoder and extractor as the Spark jobs, in a plain single-threaded loop over a folder, with
 * no Spark and nothing written. Prints one line: documents, bytes, seconds, documents/s, MB/s.
 */
public final class PlainLoopBaseline {

    private PlainLoopBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        DocumentExtractor extractor = new DocumentExtractor();
        long started = System.nanoTime();
        long bytes = 0;
        long documents = 0;
        long facts = 0;
        for (Path f : files) {
            byte[] content = Files.readAllBytes(f);
            bytes += content.length;
            DecodedFile d = DocumentDecoder.decode(f.getFileName().toString(), content);
            if (d.isLoaded()) {
                DocumentFacts x = extractor.extract(d.text());
                documents++;
                facts += x.citations().size() + x.deadlines().size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "plain-loop documents=%d bytes=%d seconds=%.2f docs_per_s=%.1f mb_per_s=%.2f "
                + "facts=%d%n", documents, bytes, seconds, documents / seconds, bytes / 1e6 / seconds, facts);
    }
}
