package vn.provinceplans.extract.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.provinceplans.extract.text.Fold;

/**
 * The provinces before and after the 2025 reform ({@code data/reference/provinces.csv}) and every spelling of them
 * ({@code data/reference/province_aliases.csv} plus each unit's name, ASCII name and 'Tỉnh X' / 'Thành phố X' forms),
 * looked up through one folding function, {@link Fold#key}: 'Thanh Hoá', 'Thanh Hóa' and 'THANH HÓA' are one key.
 *
 * <p>A key may name several units over time ('Quảng Ngãi' before and after 1 July 2025; 'Huế' is Thừa Thiên Huế
 * before and the new city after), never two at once. {@link #resolve} picks the unit in force on a date; when none
 * is, the unit whose span is nearest the date (a name only a former province had, used after the reform, is that
 * former province; a 2007 value of a province that exists from 2008-08-01 is that province).
 */
public final class Gazetteer {

    private static final String PROVINCES = "ppw/reference/provinces.csv";
    private static final String ALIASES = "ppw/reference/province_aliases.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static volatile Gazetteer shared;

    private final List<Province> provinces;
    private final List<ProvinceAlias> aliases = new ArrayList<>();
    /** Folded spelling → the units it has named over time, oldest first. */
    private final Map<String, List<Province>> unitsByKey = new HashMap<>();
    /** Folded spelling → canonical name, whatever the date (what the header extractor needs). */
    private final Map<String, String> canonicalByKey = new HashMap<>();
    private final Map<String, Province> latestByName = new HashMap<>();
    private final Map<String, Province> byCodeAndStart = new HashMap<>();
    private final int longestKeyWords;

    private Gazetteer(List<Province> provinces, List<AliasSpec> curated) {
        this.provinces = List.copyOf(provinces);
        for (Province p : provinces) {
            if (byCodeAndStart.put(p.code() + "@" + p.validFrom(), p) != null) {
                throw new IllegalStateException("provinces: (code " + p.code() + ", valid_from " + p.validFrom()
                        + ") twice; (code, valid_from) is the key");
            }
            latestByName.merge(p.name(), p, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
        }
        for (Province p : provinces) {
            if (!p.current()) {
                successor(p); // fails when the successor is not in the list
            }
        }
        for (Province p : provinces) {
            register(p.name(), p, "name", "canonical name (" + p.source() + ")");
            if (!p.nameAscii().equals(p.name())) {
                register(p.nameAscii(), p, "ascii_name", "name without diacritics");
            }
        }
        for (AliasSpec a : curated) {
            for (Province unit : curatedUnits(a)) {
                register(a.alias(), unit, "curated", a.seenIn());
            }
        }
        for (Province p : provinces) {
            if (p.centrallyRunCity()) {
                register("Thành phố " + p.name(), p, "prefixed", "'Thành phố' + name");
                register("TP. " + p.name(), p, "prefixed", "'TP.' + name");
            } else {
                register("Tỉnh " + p.name(), p, "prefixed", "'Tỉnh' + name");
            }
        }
        checkNoOverlap();
        int longest = 1;
        for (String key : canonicalByKey.keySet()) {
            longest = Math.max(longest, key.split(" ").length);
        }
        this.longestKeyWords = longest + 1;
    }

    /** The shipped reference (cached). */
    public static Gazetteer get() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = new Gazetteer(readProvinces(resource(PROVINCES), PROVINCES),
                            readAliases(resource(ALIASES), ALIASES));
                    shared = g;
                }
            }
        }
        return g;
    }

    /** A gazetteer over other reference rows (tests). */
    public static Gazetteer of(List<Province> provinces, List<AliasSpec> aliases) {
        return new Gazetteer(provinces, aliases);
    }

    public List<Province> provinces() {
        return provinces;
    }

    /** Every registered spelling with the unit it names, in registration order. */
    public List<ProvinceAlias> aliases() {
        return List.copyOf(aliases);
    }

    /** The canonical name of the province this exact name (any case or accents) denotes, whatever the date. */
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
     * The unit a spelling names on a date: the one in force that day, else the one whose span is nearest. A NULL
     * date means the earliest unit with that spelling (the former province, unless only a current unit has it).
     */
    public Optional<Province> resolve(String name, LocalDate date) {
        if (name == null) {
            return Optional.empty();
        }
        List<Province> units = unitsByKey.get(Fold.key(name));
        if (units == null) {
            return Optional.empty();
        }
        if (date == null) {
            return Optional.of(units.get(0));
        }
        return units.stream().min(Comparator.comparingLong((Province p) -> p.distanceInDays(date))
                .thenComparing(Province::validFrom));
    }

    /**
     * The unit an index value for {@code year} belongs to: the one in force on 31 December of that year. Values up
     * to 2024 belong to the 63 former provinces, values from 2025 to the 34 current units.
     */
    public Optional<Province> forYear(String name, int year) {
        return resolve(name, LocalDate.of(year, 12, 31));
    }

    /**
     * The unit a document belongs to: resolved on its issue date; without one, on 1 January of the first year it
     * covers (a plan for 2026 comes from a current unit, a plan for 2025 from a former province); without either,
     * the earliest unit with that name.
     */
    public Optional<Province> forDocument(String name, LocalDate issueDate, Integer periodStart) {
        LocalDate on = issueDate != null ? issueDate : periodStart != null ? LocalDate.of(periodStart, 1, 1) : null;
        return resolve(name, on);
    }

    /** The unit with this code that came into force on {@code validFrom}. */
    public Optional<Province> unit(String code, LocalDate validFrom) {
        return Optional.ofNullable(byCodeAndStart.get(code + "@" + validFrom));
    }

    /** The current unit a unit became: its successor, or itself for a current unit. */
    public Province successor(Province p) {
        if (p.current()) {
            return p;
        }
        return provinces.stream()
                .filter(s -> s.current() && s.code().equals(p.successorCode()) && s.name().equals(p.successorName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("provinces: successor " + p.successorCode() + " "
                        + p.successorName() + " of " + p.label() + " is not a current unit"));
    }

    /** The former provinces that became this current unit, in code order. */
    public List<Province> predecessors(Province current) {
        return provinces.stream().filter(p -> !p.current() && successor(p).equals(current))
                .sorted(Comparator.comparing(Province::code)).toList();
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

    /**
     * A row of {@code province_aliases.csv}: a spelling, the canonical name it stands for, and in which era:
     * {@code before} (the 63 provinces until 30 June 2025), {@code after} (the 34 units from 1 July 2025) or
     * {@code both} (the unit of that name in each era).
     */
    public record AliasSpec(String alias, String name, String era, String seenIn) {
    }

    private List<Province> curatedUnits(AliasSpec a) {
        if (!Set.of("before", "after", "both").contains(a.era())) {
            throw new IllegalStateException("province_aliases.csv: alias '" + a.alias() + "': era must be before, "
                    + "after or both, not '" + a.era() + "'");
        }
        List<Province> out = new ArrayList<>();
        for (boolean current : new boolean[] {false, true}) {
            if (a.era().equals(current ? "before" : "after")) {
                continue;
            }
            Province unit = provinces.stream().filter(p -> p.current() == current && p.name().equals(a.name()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("province_aliases.csv: alias '"
                            + a.alias() + "' points to '" + a.name() + "', which is not a "
                            + (current ? "current unit" : "former province")));
            out.add(unit);
        }
        return out;
    }

    private void register(String alias, Province unit, String origin, String note) {
        String key = Fold.key(alias);
        if (key.isEmpty()) {
            throw new IllegalStateException("alias '" + alias + "' has no letters");
        }
        List<Province> units = unitsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!units.contains(unit)) {
            units.add(unit);
            units.sort(Comparator.comparing(Province::validFrom));
        }
        String spelled = java.text.Normalizer.normalize(alias, java.text.Normalizer.Form.NFC);
        boolean known = aliases.stream().anyMatch(a -> a.alias().equals(spelled) && a.unit().equals(unit));
        if (!known) {
            aliases.add(new ProvinceAlias(spelled, key, unit, origin, note));
        }
        canonicalByKey.putIfAbsent(key, unit.name());
    }

    private void checkNoOverlap() {
        for (Map.Entry<String, List<Province>> e : unitsByKey.entrySet()) {
            List<Province> units = e.getValue();
            for (int i = 1; i < units.size(); i++) {
                Province before = units.get(i - 1);
                Province after = units.get(i);
                if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
                    throw new IllegalStateException("the spelling '" + e.getKey() + "' names " + before.label()
                            + " and " + after.label() + " at the same time; a spelling may name one unit at a time");
                }
            }
        }
    }

    /** Rows of a provinces.csv file; a malformed row fails with the file, line and reason. */
    public static List<Province> readProvinces(Reader reader, String file) {
        List<Province> out = new ArrayList<>();
        for (CSVRecord r : records(reader, file)) {
            try {
                out.add(new Province(r.get("code"), r.get("name"), r.get("name_ascii"), r.get("kind"),
                        LocalDate.parse(r.get("valid_from")), blankToNull(r.get("valid_to")),
                        emptyToNull(r.get("successor_code")), emptyToNull(r.get("successor_name")), r.get("source")));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " line " + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Rows of a province_aliases.csv file. */
    public static List<AliasSpec> readAliases(Reader reader, String file) {
        List<AliasSpec> out = new ArrayList<>();
        for (CSVRecord r : records(reader, file)) {
            out.add(new AliasSpec(r.get("alias"), r.get("name"), r.get("era"), r.get("seen_in")));
        }
        return out;
    }

    private static List<CSVRecord> records(Reader reader, String file) {
        try (reader) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static LocalDate blankToNull(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
