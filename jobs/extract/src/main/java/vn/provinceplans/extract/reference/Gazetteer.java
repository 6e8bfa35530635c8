package vn.provinceplans.extract.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.provinceplans.extract.text.Fold;

/**
 * The provinces before and after the 2025 reform ({@code data/reference/provinces.csv}), looked up by name through
 * one folding function: 'Thanh Hoá', 'Thanh Hóa' and 'THANH HÓA' are the same key.
 */
public final class Gazetteer {

    private static final String RESOURCE = "ppw/reference/provinces.csv";
    private static volatile Gazetteer shared;

    private final List<Province> provinces;
    /** Folded name → canonical name. Old and new units share names ('Quảng Ngãi'), so a name is enough here. */
    private final Map<String, String> canonicalByKey = new HashMap<>();
    private final Map<String, Province> latestByName = new HashMap<>();
    private final int longestKeyWords;

    private Gazetteer(List<Province> provinces) {
        this.provinces = List.copyOf(provinces);
        int longest = 1;
        for (Province p : provinces) {
            for (String key : List.of(Fold.key(p.name()), Fold.key(p.nameAscii()))) {
                canonicalByKey.putIfAbsent(key, p.name());
                longest = Math.max(longest, key.split(" ").length);
            }
            latestByName.merge(p.name(), p, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
        }
        // Names a document uses for a province that are not the canonical one.
        alias("thành phố Huế", "Thừa Thiên Huế");
        alias("Huế", "Huế");
        alias("TP HCM", "Hồ Chí Minh");
        alias("TP Hồ Chí Minh", "Hồ Chí Minh");
        alias("Sài Gòn", "Hồ Chí Minh");
        alias("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu");
        alias("BR-VT", "Bà Rịa - Vũng Tàu");
        alias("Đắc Lắc", "Đắk Lắk");
        alias("Đăk Lăk", "Đắk Lắk");
        alias("Đắk Nông", "Đắk Nông");
        alias("Đăk Nông", "Đắk Nông");
        this.longestKeyWords = longest + 1;
    }

    public static Gazetteer get() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = new Gazetteer(load());
                    shared = g;
                }
            }
        }
        return g;
    }

    public List<Province> provinces() {
        return provinces;
    }

    /** The canonical name of the province this exact name (any case or accents) denotes. */
    public Optional<String> canonicalName(String name) {
        return Optional.ofNullable(canonicalByKey.get(Fold.key(name)));
    }

    /** The most recent unit with this canonical name. */
    public Optional<Province> latest(String canonicalName) {
        return Optional.ofNullable(latestByName.get(canonicalName));
    }

    /** True when the name denotes a centrally-run city ('Hà Nội', 'Hồ Chí Minh', 'Huế' …). */
    public boolean isCentrallyRunCity(String name) {
        return canonicalName(name).map(latestByName::get).map(Province::centrallyRunCity).orElse(false);
    }

    /**
     * The longest run of leading words of {@code words} that names a province, e.g. ["Quảng", "Ngãi", "về"] →
     * 'Quảng Ngãi'. Returns the canonical name and how many words it took.
     */
    public Optional<Match> longestPrefix(List<String> words) {
        for (int n = Math.min(words.size(), longestKeyWords); n >= 1; n--) {
            String key = Fold.key(String.join(" ", words.subList(0, n)));
            String name = canonicalByKey.get(key);
            if (name != null) {
                return Optional.of(new Match(name, n));
            }
        }
        return Optional.empty();
    }

    public record Match(String name, int words) {
    }

    private void alias(String alias, String canonical) {
        if (!latestByName.containsKey(canonical)) {
            throw new IllegalStateException("alias '" + alias + "' points to unknown province '" + canonical + "'");
        }
        canonicalByKey.putIfAbsent(Fold.key(alias), canonical);
    }

    private static List<Province> load() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Province> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord r : format.parse(reader)) {
                    out.add(new Province(r.get("code"), r.get("name"), r.get("name_ascii"), r.get("kind"),
                            LocalDate.parse(r.get("valid_from")), blankToNull(r.get("valid_to")),
                            r.get("successor_code").isEmpty() ? null : r.get("successor_code"),
                            r.get("successor_name").isEmpty() ? null : r.get("successor_name")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }

    private static LocalDate blankToNull(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
