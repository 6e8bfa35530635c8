package vn.provinceplans.extract.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The provinces across the 2025 reform and every spelling of them, resolved by date. */
class GazetteerTest {

    static final LocalDate FORMER = LocalDate.of(2008, 8, 1);
    static final LocalDate CURRENT = LocalDate.of(2025, 7, 1);
    static final Gazetteer G = Gazetteer.get();

    @Test
    void sixtyThreeFormerProvincesAndThirtyFourCurrentUnits() {
        assertEquals(63, G.provinces().stream().filter(p -> !p.current()).count());
        assertEquals(34, G.provinces().stream().filter(Province::current).count());
        assertEquals(6, G.provinces().stream().filter(p -> p.current() && p.centrallyRunCity()).count());
        for (Province p : G.provinces()) {
            if (p.current()) {
                assertEquals(CURRENT, p.validFrom(), p.label());
                assertFalse(G.predecessors(p).isEmpty(), p.label());
            } else {
                assertEquals(FORMER, p.validFrom(), p.label());
                assertEquals(LocalDate.of(2025, 6, 30), p.validTo(), p.label());
            }
        }
        assertEquals(63, G.provinces().stream().filter(Province::current).mapToLong(p -> G.predecessors(p).size())
                .sum());
    }

    /** provinces.csv is derived from the merger annex and the GSO code list: every pair must agree with them. */
    @Test
    void provincesAgreeWithTheMergerAnnexAndTheGsoCodes() throws IOException {
        List<CSVRecord> merger = csv("ppw/reference/province_merger_2025_codes.csv");
        assertEquals(63, merger.size());
        for (CSVRecord m : merger) {
            Province old = G.unit(m.get("old_code"), FORMER).orElseThrow(() -> new AssertionError(m.toString()));
            assertEquals(plain(m.get("old_province")), old.name(), m.toString());
            Province successor = G.successor(old);
            assertEquals(m.get("new_code"), successor.code(), m.toString());
            assertEquals(plain(m.get("new_province")), successor.name(), m.toString());
        }
        List<CSVRecord> codes = csv("ppw/reference/915_CTK-CSCL.csv");
        assertEquals(34, codes.size());
        for (CSVRecord c : codes) {
            Province unit = G.unit(c.get("Mã số"), CURRENT).orElseThrow(() -> new AssertionError(c.toString()));
            assertEquals(plain(c.get("Tên 34 tỉnh sau sáp nhập")), unit.name());
        }
    }

    @TestFactory
    Stream<DynamicTest> successorsOfFormerProvinces() {
        String[][] cases = {
            // former province, code of the current unit, its name
            {"Kon Tum", "51", "Quảng Ngãi"},
            {"Bắc Giang", "24", "Bắc Ninh"},
            {"Bắc Ninh", "24", "Bắc Ninh"},
            {"Tiền Giang", "82", "Đồng Tháp"},
            {"Đồng Tháp", "82", "Đồng Tháp"},
            {"Long An", "80", "Tây Ninh"},
            {"Kiên Giang", "91", "An Giang"},
            {"Bình Định", "52", "Gia Lai"},
            {"Yên Bái", "15", "Lào Cai"},
            {"Quảng Bình", "44", "Quảng Trị"},
            {"Thừa Thiên Huế", "46", "Huế"},
            {"Bình Dương", "79", "Hồ Chí Minh"},
            {"Quảng Ninh", "22", "Quảng Ninh"},
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Province old = G.resolve(c[0], LocalDate.of(2024, 1, 1)).orElseThrow();
            Province s = G.successor(old);
            assertEquals(List.of(c[1], c[2], CURRENT), List.of(s.code(), s.name(), s.validFrom()));
        }));
    }

    @Test
    void predecessorsOfACurrentUnitInCodeOrder() {
        Province hcm = G.unit("79", CURRENT).orElseThrow();
        assertEquals(List.of("Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
                G.predecessors(hcm).stream().map(Province::name).toList());
        assertEquals(List.of("Hà Nội"), G.predecessors(G.unit("01", CURRENT).orElseThrow()).stream()
                .map(Province::name).toList());
    }

    @TestFactory
    Stream<DynamicTest> everySpellingResolvesOnItsDate() {
        Object[][] cases = {
            // spelling, date, code, valid_from of the unit
            {"HCMC", "2020-06-01", "79", FORMER},
            {"HCMC", "2025-08-01", "79", CURRENT},
            {"TP.HCM", "2020-06-01", "79", FORMER},
            {"TP HCM", "2020-06-01", "79", FORMER},
            {"TPHCM", "2020-06-01", "79", FORMER},
            {"Thành phố Hồ Chí Minh", "2020-06-01", "79", FORMER},
            {"Ho Chi Minh City", "2026-01-01", "79", CURRENT},
            {"Hanoi", "2020-06-01", "01", FORMER},
            {"Hà Nội", "2026-01-01", "01", CURRENT},
            {"HÀ NỘI", "2020-06-01", "01", FORMER},
            {"Thừa Thiên Huế", "2020-06-01", "46", FORMER},
            {"Thừa Thiên - Huế", "2020-06-01", "46", FORMER},
            {"TT-Huế", "2020-06-01", "46", FORMER},
            {"Huế", "2020-06-01", "46", FORMER},
            {"Thành phố Huế", "2025-03-01", "46", FORMER},
            {"Huế", "2025-08-01", "46", CURRENT},
            {"Thành phố Huế", "2025-08-01", "46", CURRENT},
            // A name only a former province had, used after the reform, is that former province.
            {"Thừa Thiên Huế", "2025-08-01", "46", FORMER},
            {"Kon Tum", "2026-01-01", "62", FORMER},
            {"Bắc Giang", "2026-01-01", "24", FORMER},
            {"Bắc Ninh", "2026-01-01", "24", CURRENT},
            {"Bắc Ninh", "2024-12-31", "27", FORMER},
            {"Quang Ninh", "2020-06-01", "22", FORMER},
            {"BRVT", "2020-06-01", "77", FORMER},
            {"BR-VT", "2020-06-01", "77", FORMER},
            {"Bà Rịa Vũng Tàu", "2020-06-01", "77", FORMER},
            {"Ba Ria - Vung Tau", "2020-06-01", "77", FORMER},
            {"Thanh Hoá", "2020-06-01", "38", FORMER},
            {"Thanh Hóa", "2020-06-01", "38", FORMER},
            {"THANH HOÁ", "2020-06-01", "38", FORMER},
            {"Khánh Hoà", "2020-06-01", "56", FORMER},
            {"Khánh Hòa", "2026-01-01", "56", CURRENT},
            {"Đăk Lăk", "2020-06-01", "66", FORMER},
            {"Tỉnh Quảng Ngãi", "2021-03-04", "51", FORMER},
            {Normalizer.normalize("Quảng Ngãi", Normalizer.Form.NFD), "2021-03-04", "51", FORMER},
            // Before the reference's first day (PCI 2007): the same-named province.
            {"Tiền Giang", "2007-12-31", "82", FORMER},
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0] + " on " + c[1], () -> {
            Province p = G.resolve((String) c[0], LocalDate.parse((String) c[1])).orElseThrow(
                    () -> new AssertionError("'" + c[0] + "' does not resolve"));
            assertEquals(List.of(c[2], c[3]), List.of(p.code(), p.validFrom()), p.label());
        }));
    }

    @Test
    void unknownSpellingsResolveToNothing() {
        for (String s : new String[] {"Hà Tây", "Atlantis", "", "   ", "Quảng", "HCM City 2"}) {
            assertEquals(Optional.empty(), G.resolve(s, LocalDate.of(2020, 1, 1)), s);
        }
        assertEquals(Optional.empty(), G.resolve(null, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aDocumentResolvesOnItsIssueDateElseItsFirstYearElseTheFormerProvince() {
        assertEquals("27", G.forDocument("Bắc Ninh", LocalDate.of(2025, 6, 30), null).orElseThrow().code());
        assertEquals("24", G.forDocument("Bắc Ninh", LocalDate.of(2025, 7, 1), null).orElseThrow().code());
        assertEquals(FORMER, G.forDocument("Quảng Ngãi", null, 2025).orElseThrow().validFrom());
        assertEquals(CURRENT, G.forDocument("Quảng Ngãi", null, 2026).orElseThrow().validFrom());
        assertEquals(FORMER, G.forDocument("Quảng Ngãi", null, null).orElseThrow().validFrom());
        assertEquals("Thừa Thiên Huế", G.forDocument("Huế", null, null).orElseThrow().name());
        // The issue date wins over the period.
        assertEquals(FORMER, G.forDocument("Quảng Ngãi", LocalDate.of(2025, 3, 1), 2026).orElseThrow().validFrom());
    }

    @Test
    void withoutADateANameOnlyACurrentUnitHasIsThatUnit() {
        List<Province> rows = new ArrayList<>(G.provinces());
        rows.add(new Province("99", "Tỉnh Mới", "Tinh Moi", "tỉnh", CURRENT, null, null, null, "test"));
        Gazetteer g = Gazetteer.of(rows, List.of());
        assertEquals(CURRENT, g.forDocument("Tinh Moi", null, null).orElseThrow().validFrom());
    }

    @Test
    void documentProvinceCarriesTheSuccessor() {
        DocumentProvince d = DocumentProvince.of("Bắc Giang", LocalDate.of(2022, 5, 14), 2022);
        assertEquals(new DocumentProvince("24", FORMER, "24", "Bắc Ninh"), d);
        DocumentProvince current = DocumentProvince.of("Bắc Ninh", LocalDate.of(2025, 9, 1), 2025);
        assertEquals(new DocumentProvince("24", CURRENT, "24", "Bắc Ninh"), current);
        DocumentProvince none = DocumentProvince.of(null, LocalDate.of(2022, 5, 14), 2022);
        assertNull(none.code());
        assertNull(none.successorName());
    }

    @Test
    void theHeaderExtractorsNamesStayAsTheyWere() {
        assertEquals(Optional.of("Thừa Thiên Huế"), G.canonicalName("thành phố Huế"));
        assertEquals(Optional.of("Huế"), G.canonicalName("Huế"));
        assertEquals(Optional.of("Hồ Chí Minh"), G.canonicalName("TP HCM"));
        assertEquals(Optional.of("Bà Rịa - Vũng Tàu"), G.canonicalName("BR-VT"));
        assertEquals(Optional.of("Đắk Lắk"), G.canonicalName("Đắc Lắc"));
        assertTrue(G.isCentrallyRunCity("Đà Nẵng"));
        assertFalse(G.isCentrallyRunCity("Quảng Ngãi"));
    }

    @Test
    void aSpellingThatWouldNameTwoUnitsAtOnceFailsTheReference() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gazetteer.of(G.provinces(),
                List.of(new Gazetteer.AliasSpec("Quảng Ngãi", "Kon Tum", "before", "test"))));
        assertTrue(e.getMessage().contains("quang ngai") && e.getMessage().contains("Kon Tum")
                && e.getMessage().contains("Quảng Ngãi"), e.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> Gazetteer.of(G.provinces(),
                List.of(new Gazetteer.AliasSpec("Hà Tây", "Hà Tây", "before", "test"))));
        assertTrue(unknown.getMessage().contains("'Hà Tây'"), unknown.getMessage());
        IllegalStateException era = assertThrows(IllegalStateException.class, () -> Gazetteer.of(G.provinces(),
                List.of(new Gazetteer.AliasSpec("Hanoi", "Hà Nội", "always", "test"))));
        assertTrue(era.getMessage().contains("'always'"), era.getMessage());
    }

    @Test
    void everyCuratedAliasIsRegisteredForItsEras() {
        Map<String, Integer> unitsPerAlias = new HashMap<>();
        for (ProvinceAlias a : G.aliases()) {
            if (a.origin().equals("curated")) {
                unitsPerAlias.merge(a.alias(), 1, Integer::sum);
            }
        }
        assertEquals(2, unitsPerAlias.get("HCMC"));
        assertEquals(1, unitsPerAlias.get("BRVT"));
        assertEquals(1, unitsPerAlias.get("Huế"));
    }

    /** 'Thành phố Hà Nội' → 'Hà Nội'; 'Thành phố Huế (Thừa Thiên Huế)' → 'Thừa Thiên Huế'. */
    private static String plain(String name) {
        String n = name.replaceFirst("^Thành phố Huế \\((.*)\\)$", "$1");
        return n.replaceFirst("^Thành phố ", "");
    }

    private static List<CSVRecord> csv(String resource) throws IOException {
        try (InputStream in = GazetteerTest.class.getClassLoader().getResourceAsStream(resource);
             Reader r = new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
