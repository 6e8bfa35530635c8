package vn.provinceplans.extract.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.facts.Citation;
import vn.provinceplans.extract.text.Fold;

/**
 * Compares what the extractor finds in a folder of documents with a labelled truth file (one row per document,
 * matched on the file name; the columns of {@code seeds_truth.csv} and more, see {@link FactFields}) and, when
 * given, a labelled list of citations ({@code file, cited_number, cited_kind, cited_issuer, cited_year, cited_date,
 * in_body}). Runs the plain-Java extractor directly: no Spark.
 */
public final class Evaluation {

    /** The citation attributes scored on the citations both sides found. */
    public static final List<String> CITATION_ATTRIBUTES = List.of("in_body", "cited_kind", "cited_issuer",
            "cited_year", "cited_date");
    private static final Set<String> NOT_FIELDS = Set.of("file", "notes");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private Evaluation() {
    }

    public static EvalReport run(Path truthCsv, Path citationsCsv, Path inputDir) throws IOException {
        List<CSVRecord> truth = read(truthCsv);
        List<String> columns = truth.isEmpty() ? List.of() : new ArrayList<>(truth.get(0).getParser().getHeaderNames());
        if (!columns.contains("file")) {
            throw new IllegalArgumentException(truthCsv + ": the truth file needs a 'file' column");
        }
        List<String> fields = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String c : columns) {
            if (NOT_FIELDS.contains(c)) {
                continue;
            }
            (FactFields.known(c) ? fields : ignored).add(c);
        }
        Map<String, Path> files = index(inputDir);
        DocumentExtractor extractor = new DocumentExtractor();
        EvalReport report = new EvalReport(fields, ignored);
        Map<String, DocumentFacts> evaluated = new LinkedHashMap<>();
        for (CSVRecord row : truth) {
            String file = row.get("file").strip();
            Path path = files.get(file);
            DocumentFacts facts = null;
            String problem = null;
            if (path == null) {
                problem = "not found under " + inputDir;
            } else {
                DecodedFile d = DocumentDecoder.decode(path.getFileName().toString(), Files.readAllBytes(path));
                if (d.isLoaded()) {
                    facts = extractor.extract(d.text());
                } else {
                    problem = "rejected: " + d.rejectReason();
                }
            }
            report.document(file);
            if (facts == null) {
                report.problem(file, problem);
            } else {
                evaluated.put(file, facts);
            }
            for (String field : fields) {
                String expected = FactFields.canonical(field, row.get(field));
                String got = facts == null ? "" : FactFields.canonical(field, FactFields.value(facts, field));
                report.field(file, field, expected, got);
            }
        }
        if (citationsCsv != null) {
            scoreCitations(read(citationsCsv), evaluated, report);
        }
        return report;
    }

    private static void scoreCitations(List<CSVRecord> labelled, Map<String, DocumentFacts> evaluated,
                                       EvalReport report) {
        Map<String, Map<String, CSVRecord>> expected = new HashMap<>();
        for (CSVRecord r : labelled) {
            String file = r.get("file").strip();
            if (!evaluated.containsKey(file)) {
                continue; // a document the truth file does not list, or that could not be read
            }
            expected.computeIfAbsent(file, k -> new LinkedHashMap<>())
                    .put(normalize(r.get("cited_number")), r);
        }
        for (Map.Entry<String, DocumentFacts> e : evaluated.entrySet()) {
            String file = e.getKey();
            Map<String, CSVRecord> want = expected.getOrDefault(file, Map.of());
            Map<String, Citation> got = new LinkedHashMap<>();
            for (Citation c : e.getValue().citations()) {
                got.put(normalize(c.citedNumber()), c);
            }
            for (Map.Entry<String, CSVRecord> w : want.entrySet()) {
                Citation c = got.get(w.getKey());
                boolean wantBody = !"false".equalsIgnoreCase(cell(w.getValue(), "in_body"));
                if (c == null) {
                    report.citationMissed(file, w.getKey(), wantBody);
                    continue;
                }
                report.citationFound(file, w.getKey(), wantBody, c.inBody());
                for (String a : CITATION_ATTRIBUTES) {
                    if (!w.getValue().isMapped(a)) {
                        continue;
                    }
                    report.citationAttribute(file, w.getKey(), a, canonicalAttribute(a, cell(w.getValue(), a)),
                            canonicalAttribute(a, attribute(c, a)));
                }
            }
            for (Map.Entry<String, Citation> g : got.entrySet()) {
                if (!want.containsKey(g.getKey())) {
                    report.citationSpurious(file, g.getKey(), g.getValue().inBody());
                }
            }
        }
    }

    private static String attribute(Citation c, String a) {
        Object v = switch (a) {
            case "in_body" -> c.inBody();
            case "cited_kind" -> c.citedKind();
            case "cited_issuer" -> c.citedIssuer();
            case "cited_year" -> c.citedYear();
            case "cited_date" -> c.citedDate();
            default -> throw new IllegalArgumentException(a);
        };
        return v == null ? "" : v.toString();
    }

    private static String canonicalAttribute(String a, String v) {
        String s = v == null ? "" : v.strip();
        return switch (a) {
            case "in_body" -> s.isEmpty() ? "true" : s.toLowerCase(java.util.Locale.ROOT);
            case "cited_issuer" -> Fold.key(s);
            default -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        };
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    private static String normalize(String number) {
        return java.text.Normalizer.normalize(number.replaceAll("\\s+", ""), java.text.Normalizer.Form.NFC)
                .replace('Ð', 'Đ').replace('–', '-');
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSV.parse(r).getRecords();
        }
    }

    /**
     * Every regular file under the folder, by its path relative to the folder and by its bare file name (when two
     * files share a name, the first in path order answers to it; use the relative path to pick the other).
     */
    private static Map<String, Path> index(Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                out.putIfAbsent(relative, p);
                out.putIfAbsent(p.getFileName().toString(), p);
            }
        }
        return out;
    }
}
