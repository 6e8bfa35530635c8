package vn.provinceplans.extract.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.patterns.PatternLibrary;

/**
 * Counts of "Dân vận khéo" models in the document's own text, near a mention of the movement. In a sentence, the
 * first count is a total and counts after 'trong đó', 'gồm' or an opening parenthesis are its parts (kind other);
 * a per-unit target ('mỗi xã … ít nhất 01 mô hình') and a running total ('lũy kế', 'tổng số', 'từ khi phát động')
 * are recognised from the sentence; otherwise the kind is the nearest 'công nhận' / 'đăng ký' before the count or
 * written right after it ('45 mô hình được đăng ký').
 */
public final class ModelCountExtractor {

    static final String TARGET_PER_UNIT = "target_per_unit";
    static final String REGISTERED = "registered";
    static final String RECOGNIZED = "recognized";
    static final String CUMULATIVE = "cumulative";
    static final String OTHER = "other";

    private static final int WINDOW = 400;
    private static final int CONTEXT_BEFORE = 600;
    private static final int SMALL_TARGET = 10;
    /** Counts read per document: bounds the work on hostile input. */
    static final int MAX_CANDIDATES = 2000;
    /** How far before 'mô hình' a count can start ('tối thiểu từ 1.000 đến 2.000 mô hình'). */
    private static final int COUNT_REACH = 60;

    private final Pattern count;
    private final Pattern context;
    private final Pattern recognized;
    private final Pattern registered;
    private final Pattern cumulative;
    private final Pattern perUnit;
    private final Pattern targetMarker;
    private final Pattern partMarker;
    private final Pattern passive;
    private final Pattern yearWord;
    private final Pattern yearly;

    public ModelCountExtractor() {
        PatternLibrary p = PatternLibrary.get();
        count = p.pattern("model_count");
        context = p.pattern("model_context");
        recognized = p.pattern("model_kind_recognized");
        registered = p.pattern("model_kind_registered");
        cumulative = p.pattern("model_kind_cumulative");
        perUnit = p.pattern("model_kind_target_per_unit");
        targetMarker = p.pattern("model_target_marker");
        partMarker = p.pattern("model_part_marker");
        passive = p.pattern("model_passive_kind");
        yearWord = p.pattern("model_year");
        yearly = p.pattern("deadline_yearly");
    }

    /** A count: [start, end) up to 'mô hình'; {@code kindEnd} also covers a passive 'được công nhận' after it. */
    private record Found(int start, int end, int kindEnd, int count, String qualifier) {
    }

    public List<ModelCount> extract(DocumentText doc, DocumentHeader header) {
        String text = doc.text();
        String folded = doc.folded();
        Spans spans = new Spans(text);
        List<Found> found = new ArrayList<>();
        // A count ends with 'mô hình': read only the few words before each one.
        Matcher m = count.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = 0;
        for (int k = folded.indexOf("hinh"); k >= 0 && found.size() < MAX_CANDIDATES; k = folded.indexOf("hinh", k + 4)) {
            int from = Math.max(lastEnd, k - COUNT_REACH);
            m.region(from, Math.min(folded.length(), k + 5));
            boolean hit = false;
            while (m.find()) {
                if (m.end() > k) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                continue;
            }
            lastEnd = m.end();
            if (!doc.inBody(m.start())) {
                continue;
            }
            Integer n = parseCount(m.group("v"));
            String q = qualifier(m.group("q"));
            if (m.group("lo") != null && parseCount(m.group("lo")) != null) {
                n = parseCount(m.group("lo")); // 'từ 01 đến 02 mô hình': at least the floor
                q = "at_least";
            }
            if (n == null) {
                continue;
            }
            Matcher p = passive.matcher(folded);
            p.region(m.end(), Math.min(folded.length(), m.end() + 60));
            int kindEnd = p.lookingAt() ? p.end() : m.end();
            found.add(new Found(m.start(), m.end(), kindEnd, n, q));
        }
        Integer docYear = header.periodStart() != null ? header.periodStart()
                : header.issueDate() != null ? Integer.valueOf(header.issueDate().getYear()) : null;
        boolean everyYear = header.periodStart() != null && (header.periodEnd() == null && "CT".equals(header.docType())
                || header.periodEnd() != null && header.periodEnd() > header.periodStart());
        Map<String, ModelCount> out = new LinkedHashMap<>();
        Found previous = null;
        boolean partMode = false;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int sentence = spans.sentenceStart(f.start, WINDOW);
            int sentenceEnd = spans.sentenceEnd(f.end, WINDOW);
            boolean sameSentence = previous != null && previous.end > sentence;
            boolean part = false;
            if (sameSentence) {
                String between = folded.substring(previous.end, f.start);
                if (partMode && between.indexOf(')') < 0 && between.indexOf(';') < 0) {
                    part = true;
                } else if (partMarker.matcher(between).find()) {
                    part = true;
                }
            }
            partMode = part;
            Found prev = previous;
            previous = f;
            if (!context.matcher(folded).region(Math.max(0, f.start - CONTEXT_BEFORE), sentenceEnd).find()) {
                continue;
            }
            int clause = Math.max(spans.clauseStart(f.start, WINDOW), sameSentence ? prev.kindEnd : 0);
            int nextStart = i + 1 < found.size() ? found.get(i + 1).start : folded.length();
            int afterEnd = Math.min(spans.clauseEnd(f.end, WINDOW), nextStart);
            String kind;
            if (part) {
                kind = OTHER;
            } else if (perUnit.matcher(folded).region(sentence, f.start).find()
                    && ("at_least".equals(f.qualifier) || f.count <= SMALL_TARGET)) {
                kind = TARGET_PER_UNIT;
            } else if (cumulative.matcher(folded).region(sentence, sentenceEnd).find()) {
                kind = CUMULATIVE;
            } else if (targetMarker.matcher(folded).region(sentence, f.start).find()) {
                kind = OTHER;
            } else {
                kind = kindAround(folded, clause, f, afterEnd);
                int sentenceFrom = Math.max(sentence, sameSentence ? prev.kindEnd : 0);
                if (OTHER.equals(kind) && sentenceFrom < clause) {
                    // '- Số mô hình đăng ký: 1.326 mô hình': the label before the colon names the kind.
                    kind = kindAround(folded, sentenceFrom, f, f.end);
                }
            }
            Integer year = year(folded, sentence, f.start, kind, docYear);
            boolean recurring = TARGET_PER_UNIT.equals(kind)
                    && (everyYear || yearly.matcher(folded).region(sentence, sentenceEnd).find());
            ModelCount mc = new ModelCount(kind, f.count, f.qualifier, year, recurring,
                    spans.snippet(f.start, f.end));
            out.putIfAbsent(kind + " " + f.count + " " + year, mc);
        }
        return new ArrayList<>(out.values());
    }

    private String kindAround(String folded, int clause, Found f, int afterEnd) {
        Matcher p = passive.matcher(folded);
        p.region(f.end, Math.min(folded.length(), f.end + 60));
        if (p.lookingAt()) {
            return p.group("v").startsWith("cong") ? RECOGNIZED : REGISTERED;
        }
        int bestEnd = -1;
        String best = null;
        for (Map.Entry<String, Pattern> e : Map.of(RECOGNIZED, recognized, REGISTERED, registered).entrySet()) {
            Matcher m = e.getValue().matcher(folded).region(clause, f.start);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = e.getKey();
                }
            }
        }
        if (best != null) {
            return best;
        }
        int firstStart = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : Map.of(RECOGNIZED, recognized, REGISTERED, registered).entrySet()) {
            Matcher m = e.getValue().matcher(folded).region(f.end, Math.max(f.end, afterEnd));
            if (m.find() && m.start() < firstStart) {
                firstStart = m.start();
                best = e.getKey();
            }
        }
        return best != null ? best : OTHER;
    }

    private Integer year(String folded, int sentence, int start, String kind, Integer docYear) {
        List<int[]> years = new ArrayList<>();
        Matcher y = yearWord.matcher(folded).region(sentence, start);
        while (y.find()) {
            if (y.group("from") == null) {
                years.add(new int[] {y.end(), Integer.parseInt(y.group("v"))});
            }
        }
        if (CUMULATIVE.equals(kind)) {
            // 'đến năm 2023' dates a running total; 'từ năm 2016' is where it started.
            Matcher until = Pattern.compile("den\\s+(?:het\\s+)?nam\\s+((?:19|20)\\d{2})").matcher(folded)
                    .region(sentence, start);
            return until.find() ? Integer.valueOf(until.group(1)) : docYear;
        }
        return years.stream().max(Comparator.comparingInt(a -> a[0])).map(a -> a[1]).orElse(docYear);
    }

    static Integer parseCount(String raw) {
        String s = raw.strip();
        switch (s) {
            case "mot":
                return 1;
            case "hai":
                return 2;
            case "ba":
                return 3;
            default:
                break;
        }
        String digits = s.replace(".", "").replace(",", "");
        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static String qualifier(String q) {
        if (q == null) {
            return null;
        }
        String k = q.replaceAll("\\s+", " ");
        return switch (k) {
            case "tren", "hon" -> "over";
            case "gan", "khoang", "xap xi" -> "about";
            case "it nhat", "toi thieu" -> "at_least";
            default -> null;
        };
    }
}
