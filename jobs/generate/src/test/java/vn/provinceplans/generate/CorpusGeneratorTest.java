package vn.provinceplans.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.eval.FactFields;
import vn.provinceplans.extract.header.DocumentHeader;

class CorpusGeneratorTest {

    private final CorpusGenerator generator = new CorpusGenerator();

    @Test
    void sameSeedSameCorpusAndDocumentsDoNotDependOnCorpusSize(@TempDir Path a, @TempDir Path b) throws IOException {
        generator.generate(40, 5, a);
        generator.generate(60, 5, b);
        try (Stream<Path> files = Files.walk(a)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".csv"))
                    .toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
            }
        }
        List<String> truthA = Files.readAllLines(a.resolve("truth.csv"));
        assertEquals(truthA, Files.readAllLines(b.resolve("truth.csv")).subList(0, truthA.size()));
        assertTrue(!generator.document(6, 3).content().equals(generator.document(5, 3).content()));
    }

    @Test
    void everyDocumentIsMarkedSyntheticAndCoversAllProvinces() {
        Set<String> provinces = new java.util.HashSet<>();
        Set<String> levels = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            CorpusGenerator.GeneratedDocument d = generator.document(1, i);
            assertTrue(d.content().startsWith("[synthetic]") || d.content().contains(
                    "<meta name=\"synthetic\" content=\"true\">"), d.path());
            assertTrue(d.truth().get("notes").startsWith("synthetic:"));
            provinces.add(d.truth().get("province"));
            levels.add(d.truth().get("issuer_level"));
        }
        assertTrue(provinces.size() >= 63, "only " + provinces.size() + " provinces");
        assertEquals(Set.of("province", "district", "commune", "department"), levels);
    }

    @Test
    void truthFileHasTheEvalColumns(@TempDir Path out) throws IOException {
        CorpusGenerator.Summary s = generator.generate(25, 9, out);
        assertEquals(25, s.documents());
        try (Reader r = Files.newBufferedReader(s.truth(), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            assertEquals(CorpusGenerator.TRUTH_COLUMNS, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(25, rows.size());
            for (CSVRecord row : rows) {
                assertTrue(Files.exists(out.resolve("documents").resolve(row.get("file"))), row.get("file"));
            }
        }
        assertEquals(CorpusGenerator.CITATION_COLUMNS, List.of(Files.readAllLines(s.citations()).get(0).split(",")));
    }

    /**
     * The header extractor on 600 generated documents of every layout: each header field must be right on at least
     * 99% of them (the generator writes what real documents do, so this is a regression net for the extractor).
     */
    @Test
    void theHeaderExtractorReadsGeneratedDocuments() {
        String[] fields = {"doc_number", "doc_type", "issuer", "issuer_level", "province", "district", "issue_date",
            "signer", "period_start", "period_end", "parent_doc_number"};
        DocumentExtractor extractor = new DocumentExtractor();
        Map<String, Integer> wrong = new TreeMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        int n = 600;
        for (int i = 0; i < n; i++) {
            CorpusGenerator.GeneratedDocument d = generator.document(42, i);
            DecodedFile decoded = DocumentDecoder.decode(d.path(), d.content().getBytes(StandardCharsets.UTF_8));
            assertTrue(decoded.isLoaded(), d.path() + ": " + decoded.rejectReason());
            DocumentHeader h = extractor.extract(decoded.text()).header();
            assertTrue(h.synthetic() || d.path().endsWith(".html"), d.path());
            for (String f : fields) {
                String got = FactFields.headerValue(h, f);
                if (!got.equals(d.truth().get(f))) {
                    wrong.merge(f, 1, Integer::sum);
                    examples.putIfAbsent(f, d.path() + " (" + d.truth().get("notes") + "): expected «"
                            + d.truth().get(f) + "» got «" + got + "»");
                }
            }
        }
        String report = wrong.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "/" + n + " e.g. "
                + examples.get(e.getKey())).collect(Collectors.joining("\n"));
        assertTrue(wrong.values().stream().allMatch(w -> w * 100 <= n), report);
    }
}
