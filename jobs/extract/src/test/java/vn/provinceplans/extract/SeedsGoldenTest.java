package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.eval.FactFields;
import vn.provinceplans.extract.header.DocumentHeader;

/**
 * The five real seed documents against the labelled truth ({@code gold/seeds_truth.csv}): every column of the gold
 * file (header fields, index flags, deadlines, per-unit model target) must equal the label, an empty label meaning
 * NULL.
 */
class SeedsGoldenTest {

    static final String[] HEADER_FIELDS = {"doc_number", "doc_type", "issuer", "issuer_level", "province", "district",
        "issue_date", "signer", "period_start", "period_end", "parent_doc_number"};

    @TestFactory
    Stream<DynamicTest> seedFactsEqualEveryColumnOfTheGoldFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        DocumentExtractor extractor = new DocumentExtractor();
        List<CSVRecord> gold = gold();
        List<String> columns = gold.get(0).getParser().getHeaderNames().stream()
                .filter(c -> !c.equals("file") && !c.equals("notes")).toList();
        for (CSVRecord truth : gold) {
            String file = truth.get("file");
            DocumentFacts facts = extractor.extract(load(file));
            for (String field : columns) {
                tests.add(DynamicTest.dynamicTest(file + " " + field, () ->
                        assertEquals(FactFields.canonical(field, truth.get(field)),
                                FactFields.canonical(field, FactFields.value(facts, field)), file + ": " + field)));
            }
        }
        assertEquals(5 * 19, tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> seedHeadersEqualTheGoldFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        DocumentExtractor extractor = new DocumentExtractor();
        for (CSVRecord truth : gold()) {
            String file = truth.get("file");
            DocumentHeader h = extractor.extract(load(file)).header();
            for (String field : HEADER_FIELDS) {
                tests.add(DynamicTest.dynamicTest(file + " " + field, () ->
                        assertEquals(truth.get(field), FactFields.headerValue(h, field), file + ": " + field)));
            }
        }
        assertEquals(5 * HEADER_FIELDS.length, tests.size());
        return tests.stream();
    }

    static List<CSVRecord> gold() throws IOException {
        try (InputStream in = SeedsGoldenTest.class.getResourceAsStream("/gold/seeds_truth.csv");
             Reader r = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static String load(String seedFile) throws IOException {
        try (InputStream in = SeedsGoldenTest.class.getResourceAsStream("/seeds/" + seedFile)) {
            byte[] bytes = Objects.requireNonNull(in, seedFile).readAllBytes();
            DecodedFile d = DocumentDecoder.decode(seedFile, bytes);
            assertTrue(d.isLoaded(), seedFile + ": " + d.rejectReason());
            return d.text();
        }
    }
}
