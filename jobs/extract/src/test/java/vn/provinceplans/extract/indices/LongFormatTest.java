package vn.provinceplans.extract.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.reference.Gazetteer;

/**
 * A user's long-format files with good, unknown and malformed records: every bad record is rejected with its file,
 * line and a reason naming the offending string, and every good record of the same file still loads.
 */
class LongFormatTest {

    static final String HEADER = "index,year,province_as_published,metric,value,rank,source_url,note\n";

    /** Line (as the file numbers it) → the record, and what the rejection must say (NULL: the record loads). */
    static final Object[][] MINE = {
        {2, "SIPAS,2024,Hà Nội,sipas_pct,85.5,,https://example.org/a,", null},
        {3, "PCI,2020,Quang Ninh,pci_score,75.09,1,https://example.org/b,", null},
        {4, "PCI,2020,Long An,pci_score,70.40,3,https://example.org/c,", null},
        {5, "PAPI,2020,Hà Tây,total_8dim,40.1,,https://example.org/d,", "unknown province 'Hà Tây'"},
        {6, "VNINDEX,2020,Hà Nội,total,1.0,,https://x,", "unknown index 'VNINDEX'"},
        {7, "PAPI,20x3,Hà Nội,total,40,,https://x,", "year '20x3' is not a four-digit year"},
        {8, "PAPI,2008,Hà Nội,total,40,,https://x,", "year 2008 is outside PAPI's editions (2009 to"},
        {9, "PAPI,2021,Bà Rịa - Vũng Tàu,total_8dim,\"40,62\",,https://x,", "'40,62' has a decimal comma; write 40.62"},
        {10, "PAPI,2020,Hà Nội,D1,abc,,https://x,", "'abc' is not a number"},
        {11, "PAPI,2020,Hà Nội,D1,85,,https://x,", "value 85 is outside PAPI's 1-10 scale for D1"},
        {12, "PAPI,2020,Hà Nội,D9_other,5,,https://x,", "unknown metric 'D9_other' for PAPI"},
        {13, "PAPI,2015,Hà Nội,total_8dim,40,,https://x,", "PAPI has 8 dimensions only from 2018"},
        {14, "PAPI,2015,Hà Nội,D7,5,,https://x,", "PAPI has dimensions D7 and D8 only from 2018"},
        {15, "PCI,2020,Hà Nội,pci_score,66.93,0,https://x,", "rank '0' is not a positive whole number"},
        {16, "PCI,2020,Hà Nội,pci_score,66.93,1.5,https://x,", "rank '1.5' is not a positive whole number"},
        {17, "SIPAS,2023,Hà Nội,sipas_pct,85,,,", "no source_url"},
        {18, "SIPAS,2023,Hà Nội,sipas_pct,NA,,https://x,", "no value, no rank and no note"},
        {19, "SIPAS,2023,Hà Nội,sipas_pct,85", "expected 8 fields, found 5"},
        {20, "SIPAS,2023,Hà Nội,mean_sipas_pct,85,,https://x,", "its province must be NATIONAL or PROVINCIAL_MEAN"},
        {21, "SIPAS,2023,NATIONAL,sipas_pct,82.66,1,https://x,", "a national value has no rank"},
        {22, "PAR INDEX,2024,Hanoi,par_index_pct,90.5,,https://example.org/e,as published", null},
        {23, "SIPAS,2016,Hà Nội,sipas_pct,80,,https://x,", "year 2016 is outside SIPAS's editions (2017 to"},
        {24, "PCI,2020,,pci_score,60,,https://x,", "no province"},
        {25, "PAR_INDEX,2025,Huế,par_index_pct,88.0,,https://example.org/f,", null},
        {26, "PCI,2020,Ha Tay,pci_score,60,,https://x,", "unknown province 'Ha Tay'"},
        {27, "SIPAS,2023,PROVINCIAL_MEAN,sipas_pct,84.0,,https://example.org/g,", null},
    };

    static IndexLoad load;

    @BeforeAll
    static void loadUserFiles() {
        StringBuilder mine = new StringBuilder(HEADER);
        for (Object[] row : MINE) {
            mine.append(row[1]).append('\n');
        }
        load = IndexLoader.load(Gazetteer.get(), List.of(
                file("mine.csv", mine.toString()),
                file("wrong_header.csv", "index,year,province,metric,value\nPCI,2020,Hà Nội,total,60\n"),
                file("short_header.csv", "index,year,province_as_published,metric,value,rank,source_url\n"),
                new IndexFile("scores.xlsx", new byte[] {'P', 'K', 3, 4}, null),
                new IndexFile("latin1.csv", (HEADER + "PCI,2020,Qu\u00e1ng Ninh").getBytes(StandardCharsets.ISO_8859_1)
                        , null),
                new IndexFile("empty.csv", new byte[0], null),
                new IndexFile("locked.csv", new byte[0], "cannot read the file: permission denied"),
                file("quoted.csv", HEADER + "SIPAS,2023,Hà Nội,sipas_pct,85.1,,https://example.org/h,\n"
                        + "SIPAS,2023,\"Hà Nội,sipas_pct,85,,https://x,\n"),
                file("bom.csv", "\uFEFF" + HEADER + "SIPAS,2022,Quảng Ninh,sipas_pct,87.59,1,https://example.org/i,\n")));
    }

    @TestFactory
    Stream<DynamicTest> everyBadRecordIsRejectedWithItsFileLineAndReason() {
        Map<Integer, IndexRejection> byLine = load.rejections().stream().filter(r -> r.file().equals("mine.csv"))
                .collect(Collectors.toMap(IndexRejection::line, r -> r));
        long bad = Stream.of(MINE).filter(r -> r[2] != null).count();
        assertEquals(bad, byLine.size(), () -> "rejections of mine.csv: " + byLine);
        return Stream.of(MINE).filter(r -> r[2] != null).map(r -> DynamicTest.dynamicTest("line " + r[0] + ": "
                + r[2], () -> {
                    IndexRejection rejection = byLine.get((Integer) r[0]);
                    assertNotNull(rejection, "line " + r[0] + " was not rejected");
                    assertTrue(rejection.reason().contains((String) r[2]), rejection.reason());
                    assertTrue(rejection.message().startsWith("mine.csv line " + r[0] + ": "), rejection.message());
                    assertEquals(Origin.USER, rejection.kind());
                    assertNotNull(rejection.record());
                }));
    }

    @TestFactory
    Stream<DynamicTest> aFileThatIsNotTheLongFormatIsRejectedWhole() {
        String[][] cases = {
            {"wrong_header.csv", "1", "unknown column 'province': the header must be index,year,"
                + "province_as_published,metric,value,rank,source_url,note"},
            {"short_header.csv", "1", "missing column note"},
            {"scores.xlsx", "0", "not a .csv file"},
            {"latin1.csv", "0", "not valid UTF-8"},
            {"empty.csv", "0", "empty file: no header"},
            {"locked.csv", "0", "cannot read the file: permission denied"},
            {"quoted.csv", "3", "malformed CSV after line 2"},
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            List<IndexRejection> r = load.rejections().stream().filter(x -> x.file().equals(c[0])).toList();
            assertEquals(1, r.size(), r::toString);
            assertEquals(Integer.parseInt(c[1]), r.get(0).line(), r.get(0)::message);
            assertTrue(r.get(0).reason().contains(c[2]), r.get(0).reason());
        }));
    }

    @Test
    void theGoodRecordsLoadBesideTheBadOnes() {
        IndexScore sipas = one(IndexName.SIPAS, 2024, "Hà Nội");
        assertEquals(List.of(85.5, "mine.csv", 2, Origin.USER, "https://example.org/a", "SIPAS-2022"),
                List.of(sipas.score(), sipas.origin().file(), sipas.origin().line(), sipas.origin().kind(),
                        sipas.origin().sourceUrl(), sipas.series()));
        IndexScore par = one(IndexName.PAR_INDEX, 2024, "Hà Nội");
        assertEquals(List.of(90.5, "as published"), List.of(par.score(), par.note()));
        // The first records of a file cut short by a malformed one still load; so does a file with a byte-order mark.
        assertEquals(85.1, one(IndexName.SIPAS, 2023, "Hà Nội").score());
        assertEquals("data/indices/checkpoints/papi_par_sipas_published_checkpoints.csv",
                one(IndexName.SIPAS, 2022, "Quảng Ninh").origin().file());
        assertTrue(load.benchmarks().stream().anyMatch(b -> b.statistic().equals("provincial_mean")
                && b.index() == IndexName.SIPAS && b.score() == 84.0));
    }

    @Test
    void aUsersValueOfAShippedFactConfirmsItOrIsListedAsAConflictNeverCountedTwice() {
        IndexScore qn = one(IndexName.PCI, 2020, "Quảng Ninh");
        assertEquals("data/indices/pci/pci_2020_ranking_pcivietnam.csv", qn.origin().file());
        assertEquals(List.of("https://example.org/b (75.09, rank 1)"), qn.confirmedBy());
        IndexScore longAn = one(IndexName.PCI, 2020, "Long An");
        assertEquals(70.37, longAn.score());
        assertEquals(List.of("https://example.org/c (70.40, rank 3)"), longAn.conflicts());
        assertEquals(63, load.scores().stream().filter(s -> s.index() == IndexName.PCI && s.year() == 2020
                && s.dimension().code().equals("total")).count());
        IndexScore bom = one(IndexName.SIPAS, 2022, "Quảng Ninh");
        assertEquals(List.of("https://example.org/i (87.59, rank 1)"), bom.confirmedBy());
    }

    @Test
    void aValueFrom2025BelongsToTheCurrentUnit() {
        IndexScore hue = load.scores().stream().filter(s -> s.index() == IndexName.PAR_INDEX && s.year() == 2025)
                .findFirst().orElseThrow();
        assertEquals(List.of("46", "Huế", LocalDate.of(2025, 7, 1), "46", "PAR-2022"), List.of(hue.unit().code(),
                hue.unit().name(), hue.unit().validFrom(), hue.successor().code(), hue.series()));
    }

    @Test
    void theSpellingsUsedAreRecorded() {
        Map<String, String> spellings = new TreeMap<>();
        for (ObservedSpelling s : load.spellings()) {
            spellings.putIfAbsent(s.spelling(), s.unit().name() + " " + s.unit().validFrom());
        }
        assertEquals("Hà Nội 2008-08-01", spellings.get("Hanoi"));
        assertEquals("Huế 2025-07-01", spellings.get("Huế"));
        assertEquals(Optional.empty(), Optional.ofNullable(spellings.get("Hà Tây")));
    }

    private static IndexScore one(IndexName index, int year, String province) {
        var unit = Gazetteer.get().forYear(province, year).orElseThrow();
        List<IndexScore> found = load.scores().stream().filter(s -> s.index() == index && s.year() == year
                && s.unit().equals(unit) && s.dimension().code().equals("total")).toList();
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static IndexFile file(String name, String text) {
        return new IndexFile(name, text.getBytes(StandardCharsets.UTF_8), null);
    }
}
