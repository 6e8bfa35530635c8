package vn.provinceplans.extract.indices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.reference.Gazetteer;

/**
 * Loads the index files: the official ones shipped on the classpath (listed with their format, precedence and
 * source in {@code data/indices/shipped_files.csv}) and any long-format files a user gives. Plain Java, no Spark: a
 * run calls it once on the driver and turns the result into tables.
 */
public final class IndexLoader {

    /** Where the shipped files are on the classpath; {@code data/indices/} in the source tree. */
    public static final String RESOURCE_ROOT = "ppw/indices/";
    public static final String MANIFEST = "shipped_files.csv";
    private static final String SHOWN_ROOT = "data/indices/";
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv$");

    private IndexLoader() {
    }

    /** One row of the manifest. */
    public record ShippedFile(String path, String format, String indexName, Integer precedence, String source,
                              String sourceUrl, String licence) {
    }

    /** The shipped files and any user files, merged. */
    public static IndexLoad load(Gazetteer gazetteer, List<IndexFile> userFiles) {
        return load(gazetteer, IndexLoader::classpath, userFiles);
    }

    /** Same, reading the shipped files through {@code shipped} (path relative to data/indices → bytes). */
    public static IndexLoad load(Gazetteer gazetteer, Function<String, byte[]> shipped, List<IndexFile> userFiles) {
        List<ShippedFile> manifest = manifest(shipped);
        Map<String, String> provinceIds = codebook(shipped, manifest, "papi_codebook_provinces");
        Dimensions dimensions = new Dimensions(codebook(shipped, manifest, "papi_codebook_dimensions"),
                codebook(shipped, manifest, "papi_codebook_subdimensions"));
        IndexBatch batch = new IndexBatch();
        IndexReaders readers = new IndexReaders(gazetteer, dimensions, batch);

        List<ShippedFile> data = manifest.stream().filter(f -> f.precedence() != null)
                .sorted(Comparator.comparingInt(ShippedFile::precedence)).toList();
        int order = 0;
        int lastPrecedence = 0;
        for (ShippedFile f : data) {
            Origin origin = new Origin(SHOWN_ROOT + f.path(), 0, Origin.SHIPPED, f.format(), f.precedence(), order++,
                    f.source(), emptyToNull(f.sourceUrl()));
            CsvText csv = CsvText.parse(text(shipped, f.path()));
            switch (f.format()) {
                case IndexMerge.RAW_PAPI -> readers.papiSubDimensions(csv, year(f.path()), provinceIds, origin);
                case "pci_ranking" -> readers.pciRanking(csv, origin);
                case "pci_subindices" -> readers.pciSubIndices(csv, origin);
                case "pci_checkpoints" -> readers.pciCheckpoints(csv, origin);
                case "long" -> readers.longFormat(csv, origin);
                default -> throw new IllegalStateException(MANIFEST + ": unknown format '" + f.format() + "' for "
                        + f.path());
            }
            lastPrecedence = Math.max(lastPrecedence, f.precedence());
        }
        int userPrecedence = lastPrecedence + 1;
        for (IndexFile u : userFiles) {
            Origin origin = new Origin(u.name(), 0, Origin.USER, "long", userPrecedence, order++,
                    "user file " + u.name(), null);
            String problem = u.problem();
            if (problem == null && !u.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                problem = "not a .csv file: an index folder takes UTF-8 CSV files in the long format "
                        + "(schemas/inputs/index_long_format.md)";
            }
            if (problem == null) {
                problem = CsvText.decodeProblem(u.content());
            }
            if (problem != null) {
                batch.reject(origin, problem, null);
                continue;
            }
            try {
                readers.longFormat(CsvText.parse(CsvText.decode(u.content())), origin);
            } catch (CharacterCodingException e) {
                batch.reject(origin, "not valid UTF-8: save the file as UTF-8 CSV", null);
            }
        }
        List<IndexScore> scores = IndexMerge.merge(batch.values(), gazetteer);
        return new IndexLoad(scores, benchmarks(batch.benchmarks()), List.copyOf(batch.rejections()),
                List.copyOf(batch.spellings()), dimensions);
    }

    /** The files the manifest lists (paths relative to data/indices): a folder scan must not read them again. */
    public static Set<String> shippedPaths() {
        Set<String> out = new LinkedHashSet<>();
        for (ShippedFile f : manifest(IndexLoader::classpath)) {
            out.add(f.path());
        }
        return out;
    }

    public static List<ShippedFile> manifest(Function<String, byte[]> shipped) {
        CsvText csv = CsvText.parse(text(shipped, MANIFEST));
        List<String> expected = List.of("path", "format", "index_name", "precedence", "source", "source_url",
                "licence");
        if (!csv.header.equals(expected) || csv.problem != null) {
            throw new IllegalStateException(MANIFEST + ": header must be " + expected
                    + (csv.problem != null ? "; " + csv.problem : ""));
        }
        List<ShippedFile> out = new ArrayList<>();
        for (CsvText.Row r : csv.rows) {
            String precedence = r.get(3);
            out.add(new ShippedFile(r.get(0), r.get(1), r.get(2),
                    precedence.isEmpty() ? null : Integer.valueOf(precedence), r.get(4), r.get(5), r.get(6)));
        }
        return out;
    }

    /** National values: the first of each (index, year, statistic, dimension) in precedence order. */
    private static List<IndexBenchmark> benchmarks(List<IndexBenchmark> all) {
        Map<String, IndexBenchmark> first = new LinkedHashMap<>();
        for (IndexBenchmark b : all) {
            first.putIfAbsent(b.index() + "|" + b.year() + "|" + b.statistic() + "|" + b.dimension().code(), b);
        }
        return List.copyOf(first.values());
    }

    private static Map<String, String> codebook(Function<String, byte[]> shipped, List<ShippedFile> manifest,
                                                String format) {
        ShippedFile f = manifest.stream().filter(m -> m.format().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalStateException(MANIFEST + " lists no " + format + " file"));
        CsvText csv = CsvText.parse(text(shipped, f.path()));
        if (csv.header.size() < 2 || !csv.header.get(0).equals("Variable_Code") || csv.problem != null) {
            throw new IllegalStateException(f.path() + ": expected a Variable_Code,Variable_Name,… codebook");
        }
        Map<String, String> byCode = new java.util.TreeMap<>();
        for (CsvText.Row r : csv.rows) {
            if (byCode.put(r.get(0), r.get(1)) != null) {
                throw new IllegalStateException(f.path() + ": code " + r.get(0) + " twice");
            }
        }
        return new LinkedHashMap<>(byCode);
    }

    private static int year(String path) {
        Matcher m = YEAR_FILE.matcher(path);
        if (!m.find()) {
            throw new IllegalStateException(MANIFEST + ": " + path + " is a PAPI year file but its name is not "
                    + "<year>.csv");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String text(Function<String, byte[]> shipped, String path) {
        try {
            return CsvText.decode(shipped.apply(path));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(SHOWN_ROOT + path + " is not valid UTF-8", e);
        }
    }

    static byte[] classpath(String path) {
        String name = RESOURCE_ROOT + path;
        try (InputStream in = IndexLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
