package vn.provinceplans.extract.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Patterns kept as data (eyecite / reporters-db style): {@code ppw/patterns/patterns.csv} names small pieces and
 * builds larger patterns from them with {@code {piece}} references. Every pattern carries examples; a test checks
 * that each pattern finds each of its examples and none of its counter-examples.
 */
public final class PatternLibrary {

    private static final String RESOURCE = "ppw/patterns/patterns.csv";
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final String EXAMPLE_SEPARATOR = " || ";
    private static final String VALUE_ARROW = " ==> ";

    private static volatile PatternLibrary shared;

    private final Map<String, PatternSpec> specs;
    private final Map<String, String> expanded = new LinkedHashMap<>();
    private final Map<String, Pattern> compiled = new LinkedHashMap<>();

    private PatternLibrary(Map<String, PatternSpec> specs) {
        this.specs = specs;
        for (String name : specs.keySet()) {
            expand(name, new ArrayList<>());
        }
        for (PatternSpec spec : specs.values()) {
            if (spec.on() != PatternSpec.Target.PIECE) {
                compiled.put(spec.name(), Pattern.compile(expanded.get(spec.name()), Pattern.MULTILINE));
            }
        }
    }

    public static PatternLibrary get() {
        PatternLibrary p = shared;
        if (p == null) {
            synchronized (PatternLibrary.class) {
                p = shared;
                if (p == null) {
                    p = new PatternLibrary(load());
                    shared = p;
                }
            }
        }
        return p;
    }

    public Pattern pattern(String name) {
        Pattern p = compiled.get(name);
        if (p == null) {
            throw new NoSuchElementException("no pattern '" + name + "' in " + RESOURCE);
        }
        return p;
    }

    /** The regex of a pattern or piece with every reference replaced. */
    public String expanded(String name) {
        String e = expanded.get(name);
        if (e == null) {
            throw new NoSuchElementException("no pattern '" + name + "' in " + RESOURCE);
        }
        return e;
    }

    public List<PatternSpec> specs() {
        return List.copyOf(specs.values());
    }

    public PatternSpec spec(String name) {
        PatternSpec s = specs.get(name);
        if (s == null) {
            throw new NoSuchElementException("no pattern '" + name + "' in " + RESOURCE);
        }
        return s;
    }

    private String expand(String name, List<String> stack) {
        String done = expanded.get(name);
        if (done != null) {
            return done;
        }
        if (stack.contains(name)) {
            throw new IllegalStateException(RESOURCE + ": pattern '" + name + "' refers to itself through " + stack);
        }
        PatternSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalStateException(RESOURCE + ": '" + stack.get(stack.size() - 1)
                    + "' refers to unknown piece {" + name + "}");
        }
        stack.add(name);
        Matcher m = REFERENCE.matcher(spec.regex());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + expand(m.group(1), stack) + ")"));
        }
        m.appendTail(out);
        stack.remove(stack.size() - 1);
        String result = out.toString();
        expanded.put(name, result);
        return result;
    }

    private static Map<String, PatternSpec> load() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, PatternSpec> specs = new LinkedHashMap<>();
        try (InputStream in = PatternLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord r : format.parse(reader)) {
                    String name = r.get("name").trim();
                    PatternSpec.Target on = switch (r.get("on").trim()) {
                        case "text" -> PatternSpec.Target.TEXT;
                        case "folded" -> PatternSpec.Target.FOLDED;
                        case "piece" -> PatternSpec.Target.PIECE;
                        default -> throw new IllegalStateException(RESOURCE + " line " + r.getRecordNumber()
                                + ": 'on' must be text, folded or piece");
                    };
                    List<PatternSpec.Example> examples = new ArrayList<>();
                    for (String e : split(r.get("examples"))) {
                        int arrow = e.indexOf(VALUE_ARROW);
                        examples.add(arrow < 0 ? new PatternSpec.Example(unescape(e), null)
                                : new PatternSpec.Example(unescape(e.substring(0, arrow)),
                                        unescape(e.substring(arrow + VALUE_ARROW.length()))));
                    }
                    List<String> counter = split(r.get("counter_examples")).stream().map(PatternLibrary::unescape)
                            .toList();
                    if (specs.put(name, new PatternSpec(name, on, r.get("regex"), List.copyOf(examples), counter,
                            r.get("description"))) != null) {
                        throw new IllegalStateException(RESOURCE + ": pattern '" + name + "' defined twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return specs;
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(Pattern.quote(EXAMPLE_SEPARATOR))).filter(s -> !s.isEmpty()).toList();
    }

    /** Examples are one line in the CSV; '\n' in an example stands for a line break. */
    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
