package vn.provinceplans.extract.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.indices.IndexLoader;

/**
 * Every province spelling in every shipped index file and in the seed documents resolves through the gazetteer, read
 * straight from the files (not through the loader), so a new spelling in a file fails here by name.
 */
class AliasCoverageTest {

    static final Gazetteer G = Gazetteer.get();

    @Test
    void everySpellingInTheShippedIndexFilesResolves() throws IOException {
        Map<String, String> unresolved = new TreeMap<>();
        Map<String, String> resolved = new TreeMap<>();
        for (IndexLoader.ShippedFile f : IndexLoader.manifest(AliasCoverageTest::bytes)) {
            if (f.format().equals("papi_codebook_provinces")) {
                for (CSVRecord r : csv(f.path())) {
                    check(r.get("Variable_Name"), 2011, f.path(), r, resolved, unresolved);
                }
            } else if (f.path().endsWith(".csv") && List.of("pci_ranking", "pci_subindices", "pci_checkpoints",
                    "long").contains(f.format())) {
                for (CSVRecord r : csv(f.path())) {
                    String name = r.get("province_as_published");
                    if (!name.equals("NATIONAL") && !name.equals("PROVINCIAL_MEAN")) {
                        check(name, Integer.parseInt(r.get("year")), f.path(), r, resolved, unresolved);
                    }
                }
            }
        }
        assertEquals(Map.of(), unresolved);
        assertEquals(129, resolved.size(), "distinct spellings checked");
        assertEquals(63, resolved.values().stream().distinct().count(), "every former province is spelled somewhere");
        for (String s : new String[] {"HCMC", "TP.HCM", "Ho Chi Minh City", "Hanoi", "Ha Noi", "TT-Huế", "TT-Hue",
            "TT- Huế", "Thua Thien Hue", "BRVT", "Bà Rịa Vũng Tàu", "Ba Ria - Vung Tau", "Khánh Hòa", "Thanh Hóa"}) {
            assertTrue(resolved.containsKey(s), s + " is in the files and was checked");
        }
    }

    @Test
    void everySeedDocumentsProvinceResolvesToAUnitWithASuccessor() throws IOException {
        List<String> checked = new ArrayList<>();
        DocumentExtractor extractor = new DocumentExtractor();
        try (InputStream in = resource("gold/seeds_truth.csv");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord truth : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                byte[] content;
                try (InputStream seed = resource("seeds/" + truth.get("file"))) {
                    content = seed.readAllBytes();
                }
                DocumentHeader h = extractor.extract(DocumentDecoder.decode(truth.get("file"), content).text())
                        .header();
                Province unit = G.forDocument(h.province(), h.issueDate(), h.periodStart()).orElseThrow(
                        () -> new AssertionError(truth.get("file") + ": '" + h.province() + "' does not resolve"));
                assertEquals(truth.get("province"), unit.name());
                assertEquals(LocalDate.of(2008, 8, 1), unit.validFrom(), "every seed predates the reform");
                checked.add(unit.name() + " → " + G.successor(unit).name());
            }
        }
        assertEquals(List.of("Quảng Ngãi → Quảng Ngãi", "Quảng Ngãi → Quảng Ngãi", "Đồng Tháp → Đồng Tháp",
                "Quảng Ninh → Quảng Ninh", "Bắc Giang → Bắc Ninh"), checked);
    }

    private static void check(String name, int year, String file, CSVRecord r, Map<String, String> resolved,
                              Map<String, String> unresolved) {
        G.forYear(name, year).ifPresentOrElse(p -> resolved.put(name, p.label()),
                () -> unresolved.put(name, file + " line " + (r.getRecordNumber() + 1)));
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader r = new InputStreamReader(new java.io.ByteArrayInputStream(bytes(path)), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = resource(IndexLoader.RESOURCE_ROOT + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(AliasCoverageTest.class.getClassLoader().getResourceAsStream(name), name);
    }
}
