package vn.provinceplans.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.eval.HostileTexts;
import vn.provinceplans.extract.text.TextNormalizer;

/**
 * Prints everything the decoder and the extractor make of each file, one line per document, so that two builds can
 * be compared with {@code cmp}: a change meant only to make them faster must leave the output byte for byte equal.
 * <p>
 * {@code FactsDump OUT FOLDER...} writes to the file OUT (not to standard output, where libraries the decoder uses
 * may print warnings); it walks each folder (files sorted by path, printed relative to the folder);
 * {@code FactsDump --hostile} dumps the {@link HostileTexts} the extractor is tested on (raw and normalised,
 * and as UTF-8 bytes through the decoder). Records print through their {@code toString}, which lists every
 * component, so a field added later is dumped without touching this class.
 */
public final class FactsDump {

    private FactsDump() {
    }

    public static void main(String[] args) throws IOException {
        DocumentExtractor extractor = new DocumentExtractor();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            dump(extractor, List.of(args).subList(1, args.length), out);
        }
    }

    private static void dump(DocumentExtractor extractor, List<String> args, PrintWriter out) throws IOException {
        for (String arg : args) {
            if (arg.equals("--hostile")) {
                for (HostileTexts.Case c : HostileTexts.all()) {
                    out.println(escape(c.name() + " raw\t" + facts(extractor, c.text())));
                    out.println(escape(c.name() + " normalised\t" + facts(extractor,
                            TextNormalizer.normalize(c.text()))));
                    out.println(escape(c.name() + " decoded\t" + decoded(extractor,
                            DocumentDecoder.decode("hostile.txt", c.text().getBytes(StandardCharsets.UTF_8)))));
                }
                continue;
            }
            Path folder = Path.of(arg);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                byte[] content = Files.readAllBytes(f);
                DecodedFile d = DocumentDecoder.decode(f.getFileName().toString(), content);
                out.println(escape(folder.relativize(f) + "\t" + decoded(extractor, d)));
            }
        }
    }

    private static String decoded(DocumentExtractor extractor, DecodedFile d) {
        String head = "format=" + d.sourceFormat() + "\tencoding=" + d.encoding() + "\treject=" + d.rejectReason()
                + "\ttext=" + (d.text() == null ? "null" : sha256(d.text()) + "/" + d.text().length());
        return d.isLoaded() ? head + "\t" + facts(extractor, d.text()) : head;
    }

    private static String facts(DocumentExtractor extractor, String text) {
        DocumentFacts x = extractor.extract(text);
        return x.toString();
    }

    /**
     * Contexts hold line breaks, and hostile texts other controls and lone surrogates, which UTF-8 cannot encode:
     * those are written as {@code \\uXXXX} so that one document stays one line and no character is lost.
     */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) && c != '\t' || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
