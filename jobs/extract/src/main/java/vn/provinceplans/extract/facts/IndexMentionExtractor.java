package vn.provinceplans.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.patterns.AnchoredScan;
import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.patterns.PatternSpec;

/**
 * The public indices a document's own text names. Each index is one {@code index_<name>} pattern in patterns.csv
 * (acronym or full name, across line breaks); adding an index is adding a row there and a value to the
 * {@code index_name} vocabulary. Mentions in site chrome (menus, related lists) do not count.
 */
public final class IndexMentionExtractor {

    private static final String PREFIX = "index_";

    private final List<String> names = new ArrayList<>();
    /** All index patterns as one alternation, group i{n} for names[n]: one pass over the text. */
    private final Pattern any;
    private final AnchoredScan scan;

    public IndexMentionExtractor() {
        PatternLibrary patterns = PatternLibrary.get();
        StringBuilder alternation = new StringBuilder();
        for (PatternSpec spec : patterns.specs()) {
            if (spec.name().startsWith(PREFIX) && spec.on() == PatternSpec.Target.FOLDED) {
                alternation.append(alternation.isEmpty() ? "" : "|").append("(?<i").append(names.size()).append('>')
                        .append(patterns.expanded(spec.name())).append(')');
                names.add(spec.name().substring(PREFIX.length()).toUpperCase(Locale.ROOT));
            }
        }
        // Every index name starts a word: the guard lets the scan skip positions inside words at once.
        any = Pattern.compile("(?<![a-z0-9])(?=[a-z])(?:" + alternation + ")", Pattern.MULTILINE);
        scan = new AnchoredScan(any);
    }

    /** The index names this extractor knows, in patterns.csv order. */
    public List<String> indexNames() {
        return List.copyOf(names);
    }

    public List<IndexMention> extract(DocumentText doc) {
        Spans spans = new Spans(doc.text());
        int[] counts = new int[names.size()];
        String[] contexts = new String[names.size()];
        scan.forEach(doc.folded(), m -> {
            if (!doc.inBody(m.start())) {
                return true;
            }
            for (int i = 0; i < names.size(); i++) {
                if (m.start("i" + i) >= 0) {
                    counts[i]++;
                    if (contexts[i] == null) {
                        contexts[i] = spans.snippet(m.start(), m.end());
                    }
                    break;
                }
            }
            return true;
        });
        List<IndexMention> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (counts[i] > 0) {
                out.add(new IndexMention(names.get(i), contexts[i], counts[i]));
            }
        }
        return out;
    }
}
