package vn.provinceplans.extract.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.patterns.PatternSpec;

/**
 * The public indices a document's own text names. Each index is one {@code index_<name>} pattern in patterns.csv
 * (acronym or full name, across line breaks); adding an index is adding a row there and a value to the
 * {@code index_name} vocabulary. Mentions in site chrome (menus, related lists) do not count.
 */
public final class IndexMentionExtractor {

    private static final String PREFIX = "index_";

    private final Map<String, Pattern> byIndex = new LinkedHashMap<>();

    public IndexMentionExtractor() {
        PatternLibrary patterns = PatternLibrary.get();
        for (PatternSpec spec : patterns.specs()) {
            if (spec.name().startsWith(PREFIX) && spec.on() == PatternSpec.Target.FOLDED) {
                byIndex.put(spec.name().substring(PREFIX.length()).toUpperCase(Locale.ROOT),
                        patterns.pattern(spec.name()));
            }
        }
    }

    /** The index names this extractor knows, in patterns.csv order. */
    public List<String> indexNames() {
        return List.copyOf(byIndex.keySet());
    }

    public List<IndexMention> extract(DocumentText doc) {
        Spans spans = new Spans(doc.text());
        List<IndexMention> out = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : byIndex.entrySet()) {
            Matcher m = e.getValue().matcher(doc.folded());
            int count = 0;
            String context = null;
            while (m.find()) {
                if (!doc.inBody(m.start())) {
                    continue;
                }
                count++;
                if (context == null) {
                    context = spans.snippet(m.start(), m.end());
                }
            }
            if (count > 0) {
                out.add(new IndexMention(e.getKey(), context, count));
            }
        }
        return out;
    }
}
