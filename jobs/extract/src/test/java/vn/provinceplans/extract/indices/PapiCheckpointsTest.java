package vn.provinceplans.extract.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;

/**
 * Every published PAPI value in data/indices/checkpoints/papi_par_sipas_published_checkpoints.csv against the
 * values derived from the raw sub-dimension files, at the precision the source printed. A value agrees when the
 * derived value rounded to the printed decimals gives the printed digits; the values that agree only when cut
 * (truncated) and the genuine mismatches are listed below by name with their reason, so a new difference fails.
 */
class PapiCheckpointsTest {

    static final String CHECKPOINTS = "ppw/indices/checkpoints/papi_par_sipas_published_checkpoints.csv";

    /** Published values that are the derived value cut, not rounded, to the printed decimals. */
    static final Map<String, String> TRUNCATED = Map.of(
            "2023 Thai Nguyen total_8dim", "hanoitimes prints 45.78 for 45.7875 (cut to 2 decimals)",
            "2023 Soc Trang total_8dim", "hanoitimes prints 45.61 for 45.6196 (cut to 2 decimals)",
            "2023 Bac Lieu total_8dim", "hanoitimes prints 45.57 for 45.5784 (cut to 2 decimals)",
            "2024 Binh Thuan total_8dim", "vietnam.vn prints 47.126 for 47.12665 (cut to 3 decimals)",
            "2019 NATIONAL mean_total_8dim", "ddcilaocai prints 43.61 for the mean 43.6163 of the 63 totals");

    /** Published values the raw files do not give at any cut, and why. */
    static final Map<String, String> MISMATCHES = Map.of(
            "2021 Bà Rịa - Vũng Tàu total_8dim", "baobariavungtau prints '40,62/80'; the 8 dimensions sum to "
                    + "40.6146 (40.61 rounded, and the sum of the dimensions rounded to 2 decimals is 40.61 too): "
                    + "the newspaper's figure is off by 0.01, the other 2021 values are unaffected",
            "2018 NATIONAL mean_total_8dim", "ddcilaocai prints a national mean of 43.78; the dataset lacks D2 and "
                    + "D4 of Quảng Ninh and Đồng Tháp in 2018, and the mean of the 61 complete totals is 44.08, "
                    + "so the published mean cannot be recomputed from these files");

    static IndexLoad load;
    static Map<String, IndexScore> raw = new HashMap<>();
    static final Map<PrintedValue, List<String>> outcomes = new EnumMap<>(PrintedValue.class);
    static int ranksCompared;

    @BeforeAll
    static void loadShippedFiles() {
        load = IndexLoader.load(Gazetteer.get(), List.of());
        for (IndexScore s : load.scores()) {
            if (s.origin().format().equals(IndexMerge.RAW_PAPI)) {
                raw.put(key(s.year(), s.unit(), s.dimension().code()), s);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedPapiValueEqualsTheDerivedValue() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (CSVRecord r : checkpoints()) {
            if (!r.get("index").equals("PAPI")) {
                continue;
            }
            String name = r.get("year") + " " + r.get("province_as_published") + " " + r.get("metric");
            tests.add(DynamicTest.dynamicTest(name + " = " + r.get("value"), () -> check(name, r)));
        }
        assertEquals(122, tests.size(), "PAPI rows in the checkpoints file");
        return tests.stream();
    }

    private static void check(String name, CSVRecord r) {
        int year = Integer.parseInt(r.get("year"));
        String value = r.get("value");
        String metric = r.get("metric");
        Double derived;
        if (r.get("province_as_published").equals("NATIONAL")) {
            assertEquals("mean_total_8dim", metric);
            derived = raw.values().stream().filter(s -> s.year() == year && s.dimension().code().equals("total"))
                    .mapToDouble(IndexScore::score).average().orElseThrow();
        } else {
            Province unit = Gazetteer.get().forYear(r.get("province_as_published"), year).orElseThrow();
            IndexScore s = raw.get(key(year, unit, dimension(metric, year)));
            if (value.equals("NA")) {
                assertNull(s, name + " is published as missing: the raw files must not have it either");
                return;
            }
            assertNotNull(s, name + ": no derived value");
            derived = s.score();
            if (!r.get("rank").isEmpty()) {
                assertEquals(Integer.valueOf(r.get("rank")), s.rank(), name + ": rank");
                assertEquals("computed", s.rankSource());
                synchronized (outcomes) {
                    ranksCompared++;
                }
            }
            if (value.isEmpty()) {
                return; // a rank without a score (PAPI 2021, Thừa Thiên Huế ranked first)
            }
        }
        PrintedValue outcome = PrintedValue.compare(value, derived);
        synchronized (outcomes) {
            outcomes.computeIfAbsent(outcome, k -> new ArrayList<>()).add(name);
        }
        PrintedValue expected = TRUNCATED.containsKey(name) ? PrintedValue.TRUNCATED
                : MISMATCHES.containsKey(name) ? PrintedValue.DIFFERENT : PrintedValue.ROUNDED;
        assertEquals(expected, outcome, name + ": published " + value + ", derived " + derived
                + Optional.ofNullable(MISMATCHES.get(name)).map(m -> " (" + m + ")").orElse(""));
    }

    /** Recomputes every comparison: the exceptions listed above must be exactly the ones found, no more, no fewer. */
    @Test
    void theListedExceptionsAreExactlyTheOnesFound() throws IOException {
        outcomes.clear();
        ranksCompared = 0;
        for (CSVRecord r : checkpoints()) {
            if (r.get("index").equals("PAPI")) {
                String name = r.get("year") + " " + r.get("province_as_published") + " " + r.get("metric");
                check(name, r);
            }
        }
        assertEquals(new TreeSet<>(TRUNCATED.keySet()), new TreeSet<>(outcomes.get(PrintedValue.TRUNCATED)));
        assertEquals(new TreeSet<>(MISMATCHES.keySet()), new TreeSet<>(outcomes.get(PrintedValue.DIFFERENT)));
        int compared = outcomes.values().stream().mapToInt(List::size).sum();
        assertEquals(118, compared, "116 province values and 2 national means");
        assertEquals(111, outcomes.get(PrintedValue.ROUNDED).size());
        assertEquals(19, ranksCompared);
    }

    @Test
    void theConflictingValueIsKeptOnTheRowNotCountedTwice() {
        Province brvt = Gazetteer.get().forYear("BRVT", 2021).orElseThrow();
        IndexScore s = raw.get(key(2021, brvt, "total"));
        assertEquals(1, s.conflicts().size());
        assertTrue(s.conflicts().get(0).contains("baobariavungtau") && s.conflicts().get(0).contains("40.62"),
                s.conflicts().toString());
        Province qn = Gazetteer.get().forYear("Quảng Ninh", 2020).orElseThrow();
        IndexScore total = raw.get(key(2020, qn, "total"));
        assertEquals(List.of("http://news.gov.vn/print/quang-ninh-leads-in-papi-2020-rankings-11140879.htm "
                + "(48.811, rank 1)"), total.confirmedBy());
        long facts = load.scores().stream().filter(x -> x.index() == IndexName.PAPI && x.year() == 2020
                && x.unit().equals(qn) && x.dimension().code().equals("total")).count();
        assertEquals(1, facts);
    }

    static String dimension(String metric, int year) {
        if (metric.equals("total_8dim")) {
            return "total";
        }
        if (metric.equals("total_6dim")) {
            return year < 2018 ? "total" : "total_core6";
        }
        return metric.substring(0, metric.indexOf('_'));
    }

    static String key(int year, Province unit, String dimension) {
        return year + "|" + unit.code() + "@" + unit.validFrom() + "|" + dimension;
    }

    static List<CSVRecord> checkpoints() throws IOException {
        try (InputStream in = PapiCheckpointsTest.class.getClassLoader().getResourceAsStream(CHECKPOINTS);
             Reader r = new InputStreamReader(Objects.requireNonNull(in, CHECKPOINTS), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
