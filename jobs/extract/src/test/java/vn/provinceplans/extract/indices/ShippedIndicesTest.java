package vn.provinceplans.extract.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;

/** The shipped index files as loaded: PAPI derivation and series, PCI, precedence, and the rules every row keeps. */
class ShippedIndicesTest {

    static IndexLoad load;
    static Map<String, IndexScore> byKey = new HashMap<>();

    @BeforeAll
    static void loadShippedFiles() {
        load = IndexLoader.load(Gazetteer.get(), List.of());
        for (IndexScore s : load.scores()) {
            assertNull(byKey.put(key(s.index(), s.year(), s.unit(), s.dimension().code()), s), "one row per fact");
        }
    }

    @Test
    void theShippedFilesLoadWithoutARejectedRecord() {
        assertEquals(List.of(), load.rejections());
        assertEquals(30394, load.scores().size());
        assertEquals(4, load.benchmarks().size());
    }

    @Test
    void everyRowKeepsItsSourceAndIsReal() {
        for (IndexScore s : load.scores()) {
            assertFalse(s.origin().source().isBlank(), s::toString);
            assertTrue(s.origin().file().startsWith("data/indices/"), s.origin()::file);
            assertTrue(s.origin().line() > 1, s::toString);
            assertEquals(Origin.SHIPPED, s.origin().kind());
            assertFalse(s.synthetic());
            if (s.score() != null) {
                assertTrue(s.scale().contains(s.score()), s::toString);
                assertTrue(s.score() != 0, () -> "no score is 0: " + s);
            } else {
                assertNotNull(s.note(), () -> "a NULL score says why: " + s);
            }
        }
        for (IndexScore s : load.scores()) {
            // Checkpoint files give an address per record; the other files cite their source per file.
            if (s.origin().format().endsWith("checkpoints") || s.origin().format().equals("long")) {
                assertNotNull(s.origin().sourceUrl(), () -> "a published value keeps its address: " + s);
            }
        }
    }

    @Test
    void papiDimensionsAreTheSumOfTheirSubDimensionsAndTotalsTheSumOfTheDimensions() {
        int checked = 0;
        for (IndexScore s : load.scores()) {
            if (s.index() != IndexName.PAPI || s.score() == null || !s.derived()) {
                continue;
            }
            List<String> parts = switch (s.dimension().code()) {
                case "total" -> load.dimensions().of(IndexName.PAPI).stream()
                        .filter(d -> d.level().equals(Dimension.DIMENSION)).map(Dimension::code).toList();
                case "total_core6" -> List.of("D1", "D2", "D3", "D4", "D5", "D6");
                default -> load.dimensions().of(IndexName.PAPI).stream()
                        .filter(d -> s.dimension().code().equals(d.parent())).map(Dimension::code).toList();
            };
            double sum = parts.stream().map(p -> byKey.get(key(IndexName.PAPI, s.year(), s.unit(), p)))
                    .filter(p -> p != null).mapToDouble(IndexScore::score).sum();
            assertEquals(sum, s.score(), 1e-9, s::toString);
            checked++;
        }
        assertEquals(6094 + 1738, checked, "derived dimensions plus totals (total and total_core6)");
    }

    @TestFactory
    Stream<DynamicTest> papiSeriesNeverMixAcrossThe2018Break() {
        Object[][] cases = {
            // year, dimension, series, scale
            {2017, "total", "PAPI-6D-2011", "6-60"},
            {2018, "total", "PAPI-8D-2018", "8-80"},
            {2011, "total_core6", "PAPI-core6", "6-60"},
            {2024, "total_core6", "PAPI-core6", "6-60"},
            {2012, "D3", "PAPI-core6", "1-10"},
            {2020, "D6.1", "PAPI-core6", "0-10 (the sub-dimensions of a dimension sum to its 1-10 score)"},
            {2019, "D7", "PAPI-8D-2018", "1-10"},
            {2019, "D8.3", "PAPI-8D-2018", "0-10 (the sub-dimensions of a dimension sum to its 1-10 score)"},
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1], () -> {
            Province hanoi = Gazetteer.get().forYear("Hà Nội", (int) c[0]).orElseThrow();
            IndexScore s = byKey.get(key(IndexName.PAPI, (int) c[0], hanoi, (String) c[1]));
            assertEquals(List.of(c[2], c[3]), List.of(s.series(), s.scale().label()));
        }));
    }

    @Test
    void theSixDimensionTotalEqualsTheCoreTotalUntil2017() {
        for (IndexScore s : load.scores()) {
            if (s.index() == IndexName.PAPI && s.dimension().code().equals("total") && s.year() < 2018) {
                IndexScore core = byKey.get(key(IndexName.PAPI, s.year(), s.unit(), "total_core6"));
                assertEquals(s.score(), core.score(), 1e-9);
            }
        }
        Set<Integer> years = load.scores().stream().filter(s -> s.dimension().code().equals("total_core6"))
                .map(IndexScore::year).collect(Collectors.toSet());
        assertEquals(14, years.size(), "total_core6 covers 2011-2024");
    }

    @TestFactory
    Stream<DynamicTest> aProvinceMissingInAYearIsAbsentNeverZero() {
        Object[][] cases = {
            // year, province, dimension, expected: null = no row, "NULL" = a row with a NULL score, else present
            {2014, "Bắc Giang", "total", null},
            {2014, "Đồng Tháp", "D1.1", null},
            {2023, "Bình Dương", "D1", null},
            {2023, "Quảng Ninh", "total", "NULL"},   // the checkpoint publishes it as missing
            {2024, "Vĩnh Phúc", "total", null},
            {2024, "Tiền Giang", "total", null},
            {2021, "Bắc Ninh", "total", null},
            {2018, "Quảng Ninh", "D2", null},       // the raw file lacks D2 and D4 that year
            {2018, "Quảng Ninh", "D1", "present"},
            {2018, "Quảng Ninh", "total", null},
            {2018, "Quảng Ninh", "total_core6", null},
            {2022, "Bắc Giang", "D3", "present"},
            {2022, "Bắc Giang", "D1", null},
            {2022, "Bắc Giang", "total", null},
            {2017, "Hà Nội", "D2.4", null},         // 2.4 exists from 2018
            {2021, "Hà Nội", "D5.2", null},         // 5.2 is gone from 2021
            {2018, "Hà Nội", "D8.3", null},         // 8.3 exists from 2019
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1] + " " + c[2], () -> {
            Province p = Gazetteer.get().forYear((String) c[1], (int) c[0]).orElseThrow();
            IndexScore s = byKey.get(key(IndexName.PAPI, (int) c[0], p, (String) c[2]));
            if (c[3] == null) {
                assertNull(s);
            } else if (c[3].equals("NULL")) {
                assertNull(s.score());
                assertEquals("no record due to technical problems (per source)", s.note());
            } else {
                assertNotNull(s.score());
            }
        }));
    }

    @Test
    void papiProvincesPerYear() {
        Map<Integer, Long> perYear = load.scores().stream()
                .filter(s -> s.index() == IndexName.PAPI && s.dimension().code().equals("total_core6"))
                .collect(Collectors.groupingBy(IndexScore::year, Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry(2011, 63L), Map.entry(2012, 63L), Map.entry(2013, 63L),
                Map.entry(2014, 61L), Map.entry(2015, 63L), Map.entry(2016, 63L), Map.entry(2017, 63L),
                Map.entry(2018, 61L), Map.entry(2019, 63L), Map.entry(2020, 63L), Map.entry(2021, 60L),
                Map.entry(2022, 61L), Map.entry(2023, 61L), Map.entry(2024, 61L)), perYear);
    }

    @Test
    void pci2020HasAll63ProvincesWithQuangNinhFirst() {
        List<IndexScore> pci2020 = load.scores().stream()
                .filter(s -> s.index() == IndexName.PCI && s.year() == 2020 && s.dimension().code().equals("total"))
                .toList();
        assertEquals(63, pci2020.size());
        assertEquals(63, pci2020.stream().map(IndexScore::unit).distinct().count());
        IndexScore first = pci2020.stream().filter(s -> s.rank() == 1).findFirst().orElseThrow();
        assertEquals(List.of("Quảng Ninh", 75.09, "published", "PCI-2013", "0-100"), List.of(first.unit().name(),
                first.score(), first.rankSource(), first.series(), first.scale().label()));
        assertEquals(63, pci2020.stream().map(IndexScore::rank).distinct().count(), "the published ranks 1..63");
    }

    @Test
    void pciPartialTablesAndCheckpointsAreOneFactEach() {
        Province hcm = Gazetteer.get().forYear("TP.HCM", 2019).orElseThrow();
        IndexScore hcm2019 = byKey.get(key(IndexName.PCI, 2019, hcm, "total"));
        // The sub-index table shows HCMC as N/A; the vinhphuc.gov.vn list gives the value: the value wins.
        assertEquals(List.of(67.16, 14, "data/indices/pci/pci_published_checkpoints.csv"),
                List.of(hcm2019.score(), hcm2019.rank(), hcm2019.origin().file()));
        assertEquals(List.of("data/indices/pci/pci_2019_subindices_partial_pcivietnam.csv line 2 (published as N/A)"),
                hcm2019.conflicts());
        assertNull(byKey.get(key(IndexName.PCI, 2019, hcm, "entry_costs")).score());

        Province qn = Gazetteer.get().forYear("Quang Ninh", 2019).orElseThrow();
        IndexScore qn2019 = byKey.get(key(IndexName.PCI, 2019, qn, "total"));
        assertEquals("data/indices/pci/pci_2019_subindices_partial_pcivietnam.csv", qn2019.origin().file());
        assertEquals("Rất tốt", qn2019.tier());
        assertEquals(1, qn2019.confirmedBy().size());
        assertEquals(7.16, byKey.get(key(IndexName.PCI, 2019, qn, "entry_costs")).score());

        Map<Integer, Long> subIndexRows = load.scores().stream()
                .filter(s -> s.index() == IndexName.PCI && s.dimension().level().equals(Dimension.DIMENSION))
                .collect(Collectors.groupingBy(IndexScore::year, Collectors.counting()));
        assertEquals(Map.of(2019, 230L, 2021, 210L), subIndexRows);
        assertEquals("PCI-2005", byKey.get(key(IndexName.PCI, 2012, Gazetteer.get().forYear("Đồng Tháp", 2012)
                .orElseThrow(), "total")).series());
    }

    @Test
    void sipasAndParIndexSpotValues() {
        Province qn = Gazetteer.get().forYear("Quảng Ninh", 2023).orElseThrow();
        IndexScore sipas = byKey.get(key(IndexName.SIPAS, 2023, qn, "total"));
        assertEquals(List.of(90.61, 1, "SIPAS-2022", "0-100 %"), List.of(sipas.score(), sipas.rank(),
                sipas.series(), sipas.scale().label()));
        IndexScore par = byKey.get(key(IndexName.PAR_INDEX, 2021, Gazetteer.get().forYear("Bà Rịa - Vũng Tàu",
                2021).orElseThrow(), "total"));
        assertEquals(List.of(87.61, "PAR-2012"), List.of(par.score(), par.series()));
        Set<String> statistics = new HashSet<>();
        for (IndexBenchmark b : load.benchmarks()) {
            statistics.add(b.index() + " " + b.year() + " " + b.statistic() + " " + b.score());
        }
        assertEquals(Set.of("PAPI 2018 national_mean 43.78", "PAPI 2019 national_mean 43.61",
                "PAR_INDEX 2023 provincial_mean 86.98", "SIPAS 2023 national 82.66"), statistics);
    }

    @Test
    void pciBefore2008BelongsToTheSameNamedProvince() {
        Province tg = Gazetteer.get().forYear("Tiền Giang", 2007).orElseThrow();
        IndexScore s = byKey.get(key(IndexName.PCI, 2007, tg, "total"));
        assertEquals(List.of(64.63, 65, "82", "Đồng Tháp"), List.of(s.score(), s.rank(), s.unit().code(),
                s.successor().name()));
    }

    static String key(IndexName index, int year, Province unit, String dimension) {
        return index + "|" + year + "|" + unit.code() + "@" + unit.validFrom() + "|" + dimension;
    }
}
