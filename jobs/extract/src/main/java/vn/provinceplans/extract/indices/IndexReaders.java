package vn.provinceplans.extract.indices;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;

/**
 * Reads each index file format into {@link IndexValue}s, validating every record: a bad record becomes an
 * {@link IndexRejection} naming the file, the line and the reason, and the rest of the file still loads.
 */
final class IndexReaders {

    /** The long format's columns, in order; {@code tier} and {@code synthetic} may follow. */
    static final List<String> LONG_COLUMNS = List.of("index", "year", "province_as_published", "metric", "value",
            "rank", "source_url", "note");
    static final List<String> LONG_OPTIONAL = List.of("tier", "synthetic");
    static final String NATIONAL = "NATIONAL";
    static final String PROVINCIAL_MEAN = "PROVINCIAL_MEAN";
    private static final Set<String> MISSING = Set.of("", "na", "n/a");

    private final Gazetteer gazetteer;
    private final Dimensions dimensions;
    private final IndexBatch batch;
    private final int lastYear;

    IndexReaders(Gazetteer gazetteer, Dimensions dimensions, IndexBatch batch) {
        this.gazetteer = gazetteer;
        this.dimensions = dimensions;
        this.batch = batch;
        this.lastYear = Year.now().getValue();
    }

    /** A problem with one record: the reason a person reads. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String reason) {
            super(reason, null, false, false);
        }
    }

    // ---------------------------------------------------------------- PAPI sub-dimension files (one per year)

    void papiSubDimensions(CsvText csv, int year, Map<String, String> provinceIds, Origin file) {
        if (!header(csv, file)) {
            return;
        }
        List<String> columns = csv.header;
        if (!columns.get(0).equals("Province")) {
            batch.reject(at(file, 1), "the first column must be 'Province' (PAPI province ids P01..P63), not '"
                    + columns.get(0) + "'", null);
            return;
        }
        List<Dimension> subs = new ArrayList<>();
        for (String c : columns.subList(1, columns.size())) {
            Optional<Dimension> d = c.matches("SC\\d\\d") ? dimensions.get(IndexName.PAPI, Dimensions.papiSubDimension(c))
                    : Optional.empty();
            if (d.isEmpty()) {
                batch.reject(at(file, 1), "column '" + c + "' is not a sub-dimension of the PAPI codebook "
                        + "(SC11..SC83)", null);
                return;
            }
            subs.add(d.get());
        }
        // The year's design: the sub-dimensions any province has a value for (2.4 exists from 2018, 5.2 until 2020 …).
        boolean[] inDesign = new boolean[subs.size()];
        for (CsvText.Row row : csv.rows) {
            for (int i = 0; i < subs.size(); i++) {
                inDesign[i] |= !row.get(i + 1).isEmpty();
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Row row : csv.rows) {
            Origin o = at(file, row.line());
            try {
                if (row.record().size() != columns.size()) {
                    throw new Bad("expected " + columns.size() + " fields, found " + row.record().size());
                }
                String id = row.get(0);
                String name = provinceIds.get(id);
                if (name == null) {
                    throw new Bad("unknown PAPI province id '" + id + "' (codebook_provinces.csv has P01..P63)");
                }
                Province unit = province(name, year, o);
                Integer first = seen.putIfAbsent(unit.code() + "@" + unit.validFrom(), row.line());
                if (first != null) {
                    throw new Bad(unit.name() + " appears twice in this file (first at line " + first + ")");
                }
                Double[] values = new Double[subs.size()];
                boolean any = false;
                for (int i = 0; i < subs.size(); i++) {
                    String cell = row.get(i + 1);
                    if (!cell.isEmpty()) {
                        values[i] = number(cell, columns.get(i + 1));
                        if (values[i] < 0 || values[i] > 10) {
                            throw new Bad("column " + columns.get(i + 1) + ": " + cell
                                    + " is outside the 0-10 range of a PAPI sub-dimension");
                        }
                        any = true;
                    }
                }
                if (any) {
                    papiValues(year, unit, name, subs, inDesign, values, row, o);
                }
                // A row with no value at all: the province is missing that year; it stays absent, never 0.
            } catch (Bad e) {
                batch.reject(o, e.getMessage(), row.text());
            }
        }
    }

    private void papiValues(int year, Province unit, String spelling, List<Dimension> subs, boolean[] inDesign,
                            Double[] values, CsvText.Row row, Origin o) {
        Map<String, Double> dimensionSums = new LinkedHashMap<>();
        Map<String, Boolean> complete = new LinkedHashMap<>();
        for (int i = 0; i < subs.size(); i++) {
            if (!inDesign[i]) {
                continue;
            }
            Dimension sub = subs.get(i);
            complete.merge(sub.parent(), values[i] != null, Boolean::logicalAnd);
            if (values[i] != null) {
                batch.values.add(value(IndexName.PAPI, year, unit, spelling, sub, values[i], row.get(i + 1), null,
                        null, false, false, null, o));
                dimensionSums.merge(sub.parent(), values[i], Double::sum);
            }
        }
        // A dimension is the sum of all of its sub-dimensions that year; one missing leaves the dimension absent.
        boolean allDimensions = true;
        double total = 0;
        double core = 0;
        boolean allCore = true;
        for (Map.Entry<String, Boolean> e : complete.entrySet()) {
            String d = e.getKey();
            boolean core6 = Character.digit(d.charAt(1), 10) <= 6;
            if (!e.getValue()) {
                allDimensions = false;
                allCore &= !core6;
                continue;
            }
            double sum = dimensionSums.get(d);
            batch.values.add(value(IndexName.PAPI, year, unit, spelling, dimensions.require(IndexName.PAPI, d), sum,
                    null, null, null, true, false, null, o));
            total += sum;
            if (core6) {
                core += sum;
            }
        }
        long coreDimensions = complete.keySet().stream().filter(d -> Character.digit(d.charAt(1), 10) <= 6).count();
        if (allDimensions) {
            batch.values.add(value(IndexName.PAPI, year, unit, spelling,
                    dimensions.require(IndexName.PAPI, IndexName.TOTAL), total, null, null, null, true, false, null, o));
        }
        if (allCore && coreDimensions == 6) {
            batch.values.add(value(IndexName.PAPI, year, unit, spelling,
                    dimensions.require(IndexName.PAPI, IndexName.TOTAL_CORE6), core, null, null, null, true, false,
                    null, o));
        }
    }

    // ---------------------------------------------------------------- PCI files

    /** year,province_as_published,pci_score,pci_rank: a complete ranking. */
    void pciRanking(CsvText csv, Origin file) {
        Map<String, Integer> cols = columns(csv, file, List.of("year", "province_as_published", "pci_score",
                "pci_rank"), List.of());
        if (cols == null) {
            return;
        }
        for (CsvText.Row row : csv.rows) {
            Origin o = at(file, row.line());
            try {
                consistent(row, csv);
                int year = year(row.get(cols.get("year")), IndexName.PCI);
                Province unit = province(row.get(cols.get("province_as_published")), year, o);
                pci(year, unit, row.get(cols.get("province_as_published")), IndexName.TOTAL,
                        row.get(cols.get("pci_score")), row.get(cols.get("pci_rank")), null, o);
            } catch (Bad e) {
                batch.reject(o, e.getMessage(), row.text());
            }
        }
    }

    /** year,province_as_published,<10 sub-indices>,pci_score,pci_rank,pci_tier: a sub-index table. */
    void pciSubIndices(CsvText csv, Origin file) {
        List<String> required = new ArrayList<>(List.of("year", "province_as_published"));
        for (String[] s : Dimensions.PCI_SUB_INDICES) {
            required.add(s[0]);
        }
        required.addAll(List.of("pci_score", "pci_rank", "pci_tier"));
        Map<String, Integer> cols = columns(csv, file, required, List.of());
        if (cols == null) {
            return;
        }
        for (CsvText.Row row : csv.rows) {
            Origin o = at(file, row.line());
            try {
                consistent(row, csv);
                int year = year(row.get(cols.get("year")), IndexName.PCI);
                String spelling = row.get(cols.get("province_as_published"));
                Province unit = province(spelling, year, o);
                String tier = emptyToNull(row.get(cols.get("pci_tier")));
                List<IndexValue> parsed = new ArrayList<>();
                parsed.add(pciValue(year, unit, spelling, IndexName.TOTAL, row.get(cols.get("pci_score")),
                        row.get(cols.get("pci_rank")), missing(tier) ? null : tier, o));
                for (String[] s : Dimensions.PCI_SUB_INDICES) {
                    parsed.add(pciValue(year, unit, spelling, s[0], row.get(cols.get(s[0])), "", null, o));
                }
                batch.values.addAll(parsed);
            } catch (Bad e) {
                batch.reject(o, e.getMessage(), row.text());
            }
        }
    }

    /** index,year,province_as_published,pci_score,pci_rank,pci_tier,source_url: published values, one source each. */
    void pciCheckpoints(CsvText csv, Origin file) {
        Map<String, Integer> cols = columns(csv, file, List.of("index", "year", "province_as_published", "pci_score",
                "pci_rank", "pci_tier", "source_url"), List.of());
        if (cols == null) {
            return;
        }
        for (CsvText.Row row : csv.rows) {
            Origin o = at(file, row.line());
            try {
                consistent(row, csv);
                if (IndexName.parse(row.get(cols.get("index"))).orElse(null) != IndexName.PCI) {
                    throw new Bad("index must be PCI in this file, not '" + row.get(cols.get("index")) + "'");
                }
                Origin withUrl = withUrl(o, requireUrl(row.get(cols.get("source_url"))));
                int year = year(row.get(cols.get("year")), IndexName.PCI);
                Province unit = province(row.get(cols.get("province_as_published")), year, o);
                pci(year, unit, row.get(cols.get("province_as_published")), IndexName.TOTAL,
                        row.get(cols.get("pci_score")), row.get(cols.get("pci_rank")),
                        emptyToNull(row.get(cols.get("pci_tier"))), withUrl);
            } catch (Bad e) {
                batch.reject(o, e.getMessage(), row.text());
            }
        }
    }

    private void pci(int year, Province unit, String spelling, String dimension, String score, String rank,
                     String tier, Origin o) throws Bad {
        batch.values.add(pciValue(year, unit, spelling, dimension, score, rank, tier, o));
    }

    private IndexValue pciValue(int year, Province unit, String spelling, String dimension, String score,
                                String rank, String tier, Origin o) throws Bad {
        Dimension d = dimensions.require(IndexName.PCI, dimension);
        Double value = score(score, IndexName.PCI, year, d);
        Integer r = rank(rank);
        String note = value == null && missing(score) && !score.isEmpty() ? "published as " + score.trim() : null;
        return value(IndexName.PCI, year, unit, spelling, d, value, value == null ? null : score.trim(), r, tier,
                false, false, note, o);
    }

    // ---------------------------------------------------------------- the long format

    /**
     * index,year,province_as_published,metric,value,rank,source_url,note[,tier][,synthetic]: one value a row
     * ({@code schemas/inputs/index_long_format.md}).
     */
    void longFormat(CsvText csv, Origin file) {
        Map<String, Integer> cols = columns(csv, file, LONG_COLUMNS, LONG_OPTIONAL);
        if (cols == null) {
            return;
        }
        for (CsvText.Row row : csv.rows) {
            Origin o = at(file, row.line());
            try {
                consistent(row, csv);
                longRow(row, cols, o);
            } catch (Bad e) {
                batch.reject(o, e.getMessage(), row.text());
            }
        }
    }

    private void longRow(CsvText.Row row, Map<String, Integer> cols, Origin o) throws Bad {
        String indexText = row.get(cols.get("index"));
        IndexName index = IndexName.parse(indexText).orElseThrow(() -> new Bad("unknown index '" + indexText
                + "': one of PAPI, PCI, SIPAS, PAR_INDEX"));
        int year = year(row.get(cols.get("year")), index);
        String spelling = row.get(cols.get("province_as_published"));
        String metric = row.get(cols.get("metric"));
        String valueText = row.get(cols.get("value"));
        String rankText = row.get(cols.get("rank"));
        String note = emptyToNull(row.get(cols.get("note")));
        String tier = cols.containsKey("tier") ? emptyToNull(row.get(cols.get("tier"))) : null;
        boolean synthetic = cols.containsKey("synthetic") && bool(row.get(cols.get("synthetic")));
        Origin withUrl = withUrl(o, requireUrl(row.get(cols.get("source_url"))));
        if (missing(valueText) && rankText.isEmpty() && note == null) {
            throw new Bad("no value, no rank and no note: nothing to load");
        }
        boolean mean = metric.startsWith("mean_");
        String statistic = null;
        if (spelling.equals(NATIONAL)) {
            statistic = mean ? "national_mean" : "national";
        } else if (spelling.equals(PROVINCIAL_MEAN)) {
            statistic = "provincial_mean";
        } else if (mean) {
            throw new Bad("metric '" + metric + "' is a mean: its province must be NATIONAL or PROVINCIAL_MEAN");
        }
        Dimension d = dimensions.require(index, dimension(index, mean ? metric.substring(5) : metric, year));
        Double value = score(valueText, index, year, d);
        String printed = value == null ? null : valueText.trim();
        if (statistic != null) {
            if (!rankText.isEmpty()) {
                throw new Bad("a national value has no rank");
            }
            batch.benchmarks.add(new IndexBenchmark(index, year, statistic, d, index.series(year, d.code()), value,
                    printed, synthetic, note, withUrl));
            return;
        }
        Province unit = province(spelling, year, o);
        if (value == null && !valueText.isEmpty()) {
            note = note == null ? "published as " + valueText.trim() : note;
        }
        batch.values.add(value(index, year, unit, spelling, d, value, printed, rank(rankText), tier, false,
                synthetic, note, withUrl));
    }

    /** The dimension code a long-format metric names for an index and year. */
    String dimension(IndexName index, String metric, int year) throws Bad {
        String m = metric.trim();
        String code = switch (index) {
            case PAPI -> switch (m) {
                case "total" -> IndexName.TOTAL;
                case "total_core6" -> IndexName.TOTAL_CORE6;
                case "total_6dim" -> year < 2018 ? IndexName.TOTAL : IndexName.TOTAL_CORE6;
                case "total_8dim" -> {
                    if (year < 2018) {
                        throw new Bad("metric 'total_8dim' for " + year + ": PAPI has 8 dimensions only from 2018");
                    }
                    yield IndexName.TOTAL;
                }
                default -> Dimensions.papiCodeOf(m).orElse(null);
            };
            case PCI -> m.equals("pci_score") ? IndexName.TOTAL : m;
            case SIPAS -> m.equals("sipas_pct") ? IndexName.TOTAL : m;
            case PAR_INDEX -> m.equals("par_index_pct") ? IndexName.TOTAL : m;
        };
        if (code == null || dimensions.get(index, code).isEmpty()) {
            throw new Bad("unknown metric '" + metric + "' for " + index + ": use " + acceptedMetrics(index));
        }
        if (index == IndexName.PAPI && code.startsWith("D") && Character.digit(code.charAt(1), 10) > 6
                && year < 2018) {
            throw new Bad("metric '" + metric + "' for " + year + ": PAPI has dimensions D7 and D8 only from 2018");
        }
        return code;
    }

    private String acceptedMetrics(IndexName index) {
        return switch (index) {
            case PAPI -> "total, total_6dim, total_8dim, total_core6, D1..D8 or D1.1..D8.3 (a '_label' may follow)";
            case PCI -> "total or pci_score, or a sub-index: " + String.join(", ",
                    dimensions.of(IndexName.PCI).stream().skip(1).map(Dimension::code).toList());
            case SIPAS -> "total or sipas_pct";
            case PAR_INDEX -> "total or par_index_pct";
        };
    }

    // ---------------------------------------------------------------- shared validation

    private Province province(String spelling, int year, Origin o) throws Bad {
        if (spelling.isEmpty()) {
            throw new Bad("no province");
        }
        Province unit = gazetteer.forYear(spelling, year).orElseThrow(() -> new Bad("unknown province '" + spelling
                + "': no province before or after the 2025 reform has this spelling (if it is a real spelling, add "
                + "it to data/reference/province_aliases.csv)"));
        batch.spellings.add(new ObservedSpelling(spelling, unit, o.file()));
        return unit;
    }

    private int year(String text, IndexName index) throws Bad {
        if (!text.matches("\\d{4}")) {
            throw new Bad("year '" + text + "' is not a four-digit year");
        }
        int year = Integer.parseInt(text);
        if (year < index.firstYear() || year > lastYear) {
            throw new Bad("year " + year + " is outside " + index + "'s editions (" + index.firstYear() + " to "
                    + lastYear + ")");
        }
        return year;
    }

    private Double score(String text, IndexName index, int year, Dimension d) throws Bad {
        if (missing(text)) {
            return null;
        }
        double v = number(text, "value");
        IndexName.Scale scale = index.scale(index.series(year, d.code()), d);
        if (!scale.contains(v)) {
            throw new Bad("value " + text.trim() + " is outside " + index + "'s " + scale.label() + " scale for "
                    + d.code());
        }
        return v;
    }

    private static double number(String text, String column) throws Bad {
        String t = text.trim();
        if (t.matches("-?\\d+,\\d+")) {
            throw new Bad(column + ": '" + t + "' has a decimal comma; write " + t.replace(',', '.'));
        }
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            throw new Bad(column + ": '" + t + "' is not a number");
        }
        return Double.parseDouble(t);
    }

    private static Integer rank(String text) throws Bad {
        String t = text.trim();
        if (missing(t)) {
            return null;
        }
        if (!t.matches("\\d{1,3}") || Integer.parseInt(t) == 0) {
            throw new Bad("rank '" + t + "' is not a positive whole number");
        }
        return Integer.parseInt(t);
    }

    private static boolean bool(String text) throws Bad {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new Bad("synthetic must be true or false, not '" + text + "'");
        };
    }

    private static String requireUrl(String text) throws Bad {
        if (text.isBlank()) {
            throw new Bad("no source_url: every value needs the address it was published at");
        }
        return text.trim();
    }

    private static boolean missing(String text) {
        return text == null || MISSING.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    private static void consistent(CsvText.Row row, CsvText csv) throws Bad {
        if (row.record().size() != csv.header.size()) {
            throw new Bad("expected " + csv.header.size() + " fields, found " + row.record().size());
        }
    }

    private boolean header(CsvText csv, Origin file) {
        if (csv.header.isEmpty()) {
            batch.reject(at(file, 0), "empty file: no header", null);
            return false;
        }
        if (csv.problem != null) {
            batch.reject(at(file, csv.problemLine), csv.problem, null);
        }
        return true;
    }

    /** Column positions by name; NULL (and the whole file rejected) when the header is not the format's. */
    private Map<String, Integer> columns(CsvText csv, Origin file, List<String> required, List<String> optional) {
        if (!header(csv, file)) {
            return null;
        }
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < csv.header.size(); i++) {
            String name = csv.header.get(i);
            if (!required.contains(name) && !optional.contains(name)) {
                batch.reject(at(file, 1), "unknown column '" + name + "': the header must be "
                        + String.join(",", required) + (optional.isEmpty() ? ""
                        : " (optionally followed by " + String.join(", ", optional) + ")"), null);
                return null;
            }
            if (cols.put(name, i) != null) {
                batch.reject(at(file, 1), "column '" + name + "' twice in the header", null);
                return null;
            }
        }
        List<String> absent = required.stream().filter(c -> !cols.containsKey(c)).toList();
        if (!absent.isEmpty()) {
            batch.reject(at(file, 1), "missing column" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent)
                    + ": the header must be " + String.join(",", required), null);
            return null;
        }
        return cols;
    }

    private static IndexValue value(IndexName index, int year, Province unit, String spelling, Dimension d,
                                    Double score, String printed, Integer rank, String tier, boolean derived,
                                    boolean synthetic, String note, Origin o) {
        return new IndexValue(index, year, unit, spelling, d, score, printed, rank, tier, derived, synthetic, note, o);
    }

    private static Origin at(Origin file, int line) {
        return file.at(line);
    }

    private static Origin withUrl(Origin o, String url) {
        return o.withUrl(url);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
