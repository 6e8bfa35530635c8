package vn.provinceplans.extract.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.patterns.AnchoredScan;
import vn.provinceplans.extract.patterns.PatternLibrary;

/**
 * Deadlines the document sets: a trigger ('trước ngày', 'chậm nhất', 'hạn chót', 'cuối tháng') and a date, in the
 * document's own text. The kind comes from what the clause before the date says, nearest words first (six-month
 * report, annual report, sub-plan, model registration, self-assessment), else from the words after it, else other.
 * A date without a year takes the plan's year; in a multi-year plan or a directive it recurs every year and its
 * first occurrence (on or after the date of issue) is the due date. A dated deadline before the document was
 * issued is history, not a deadline.
 */
public final class DeadlineExtractor {

    static final String SIX_MONTH = "six_month_report";
    static final String ANNUAL = "annual_report";
    static final String SUB_PLAN = "sub_plan";
    static final String MODEL_REGISTRATION = "model_registration";
    static final String SELF_ASSESSMENT = "self_assessment";
    static final String OTHER = "other";

    private static final int WINDOW = 320;
    private static final int RECIPIENT_MAX_WORDS = 16;
    /** Dates read per document: real plans set a few dozen deadlines; this bounds the work on hostile input. */
    static final int MAX_CANDIDATES = 2000;

    private final Pattern more;
    /** The patterns read in the windows around the dates, each with its first words read once. */
    private final AnchoredScan anyDate;
    private final AnchoredScan yearly;
    private final AnchoredScan recipient;
    private final Pattern bothReports;
    private final AnchoredScan annualHint;
    private final Map<String, AnchoredScan> strongKinds = new LinkedHashMap<>();
    /** The trigger patterns, each with its first words read once rather than for every document. */
    private final List<Trigger> triggers;

    public DeadlineExtractor() {
        PatternLibrary p = PatternLibrary.get();
        triggers = List.of(new Trigger(new AnchoredScan(p.pattern("deadline_date")), false),
                new Trigger(new AnchoredScan(p.pattern("deadline_month_end")), true),
                new Trigger(new AnchoredScan(p.pattern("deadline_within_month")), true));
        more = p.pattern("deadline_more");
        anyDate = new AnchoredScan(p.pattern("any_date"));
        yearly = new AnchoredScan(p.pattern("deadline_yearly"));
        recipient = new AnchoredScan(p.pattern("deadline_recipient"));
        bothReports = p.pattern("deadline_kind_six_month_and_annual");
        annualHint = new AnchoredScan(p.pattern("deadline_hint_annual_report"));
        for (String kind : List.of(SIX_MONTH, ANNUAL, SUB_PLAN, MODEL_REGISTRATION, SELF_ASSESSMENT)) {
            strongKinds.put(kind, new AnchoredScan(p.pattern("deadline_kind_" + kind)));
        }
    }

    /** A trigger and whether its date is the end of a month ('cuối tháng 10') rather than a written day. */
    private record Trigger(AnchoredScan scan, boolean endOfMonth) {
    }

    /** A date found after a trigger: [start, end) in the text, day and month, the year if written. */
    private record Hit(int start, int end, int day, int month, Integer year, boolean endOfMonth, int group,
                       int indexInGroup) {
    }

    /** A kind word found in the text: where it ends decides which date it belongs to. */
    private record KindHit(String kind, int start, int end) {
    }

    public List<Deadline> extract(DocumentText doc, DocumentHeader header) {
        String text = doc.text();
        String folded = doc.folded();
        Spans spans = new Spans(text);
        List<Hit> hits = hits(folded);
        if (hits.isEmpty()) {
            return List.of();
        }
        if (hits.size() > MAX_CANDIDATES) {
            hits = hits.subList(0, MAX_CANDIDATES);
        }
        // Only the sentences around the dates are read again: one scan per pattern over those windows.
        List<int[]> windows = windows(hits, spans, text.length());
        Occurrences dates = new Occurrences();
        dates.add(anyDate, folded, "date", null, windows);
        Occurrences kinds = new Occurrences();
        for (int[] w : windows) {
            Matcher both = bothReports.matcher(folded).region(w[0], w[1]).useTransparentBounds(true);
            while (both.find()) {
                kinds.add(both.start(), both.start() + 1, SIX_MONTH);
                kinds.add(both.start() + 1, both.end(), ANNUAL);
            }
        }
        for (Map.Entry<String, AnchoredScan> e : strongKinds.entrySet()) {
            kinds.add(e.getValue(), folded, e.getKey(), null, windows);
        }
        kinds.sort();
        Occurrences hints = new Occurrences();
        hints.add(annualHint, folded, ANNUAL, null, windows);
        Occurrences yearlyWords = new Occurrences();
        yearlyWords.add(yearly, folded, "yearly", null, windows);
        Occurrences offices = new Occurrences();
        offices.add(recipient, folded, "office", "v", windows);
        Map<String, Deadline> out = new LinkedHashMap<>();
        Map<Integer, Integer> groupSize = new LinkedHashMap<>();
        for (Hit h : hits) {
            groupSize.merge(h.group, 1, Integer::sum);
        }
        Map<Integer, List<String>> groupKinds = new LinkedHashMap<>();
        Map<Integer, String> groupFirstKind = new LinkedHashMap<>();
        int previousHitEnd = -1;
        for (Hit h : hits) {
            int lastDeadline = previousHitEnd;
            previousHitEnd = h.end;
            if (!doc.inBody(h.start)) {
                continue;
            }
            int sentence = spans.sentenceStart(h.start, WINDOW);
            int clause = Math.max(spans.clauseStart(h.start, WINDOW), previousDateEnd(dates, h.start, sentence));
            int after = Math.min(spans.clauseEnd(h.end, WINDOW), nextDateStart(dates, h.end, text.length()));
            String kind = kind(h, kinds, hints, dates, spans, groupSize.getOrDefault(h.group, 1), groupKinds,
                    groupFirstKind, lastDeadline, clause, after);
            int sentenceEnd = spans.sentenceEnd(h.end, WINDOW);
            boolean everyYear = yearlyWords.any(sentence, sentenceEnd);
            Deadline d = resolve(h, kind, header, everyYear, recipient(text, offices, h, sentence, after, sentenceEnd),
                    spans.snippet(h.start, h.end));
            if (d != null) {
                out.putIfAbsent(d.kind() + " " + d.label(), d);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * What a date is the deadline of: the nearest kind words before it in its clause, else the first after it, else
     * those earlier in its sentence (back to the previous date, then back to the previous deadline), else the kind
     * of the date it continues, else the weak words of a yearly report, else other. Dates written together
     * ('trước ngày 20/6 và 20/12') take the kinds their phrase names, in order, when it names as many.
     */
    private String kind(Hit h, Occurrences kinds, Occurrences hints, Occurrences dates, Spans spans, int size,
                        Map<Integer, List<String>> groupKinds, Map<Integer, String> groupFirstKind,
                        int previousDeadlineEnd, int clause, int after) {
        int sentence = spans.sentenceStart(h.start, WINDOW);
        List<KindHit> before = kindHits(kinds, clause, h.start);
        if (h.indexInGroup == 0 && size > 1) {
            groupKinds.put(h.group, before.stream().sorted(Comparator.comparingInt(KindHit::end))
                    .map(KindHit::kind).distinct().toList());
        }
        List<String> inOrder = groupKinds.get(h.group);
        String kind;
        if (inOrder != null && inOrder.size() == size) {
            kind = inOrder.get(h.indexInGroup);
        } else {
            kind = nearestBefore(before);
            if (kind == null) {
                kind = firstAfter(kindHits(kinds, h.end, after));
            }
            int sentenceFrom = Math.max(sentence, previousDateEnd(dates, h.start, sentence));
            if (kind == null && sentenceFrom < clause) {
                // '… đăng ký ít nhất 01 mô hình; đăng ký gửi về … trước ngày …': the sentence names it.
                kind = nearestBefore(kindHits(kinds, sentenceFrom, clause));
            }
            int lastDeadline = Math.max(previousDeadlineEnd, sentence);
            if (kind == null && lastDeadline < sentenceFrom) {
                // Dates that set no deadline ('số liệu tính đến ngày 15/11', a cited document's date) do not end
                // what the sentence says before them; the previous deadline does.
                kind = nearestBefore(kindHits(kinds, lastDeadline, sentenceFrom));
            }
            if (kind == null && h.indexInGroup > 0) {
                kind = groupFirstKind.get(h.group);
            }
            if (kind == null && (hints.any(clause, h.start) || hints.any(h.end, after))) {
                kind = ANNUAL;
            }
            if (kind == null) {
                kind = OTHER;
            }
        }
        if (h.indexInGroup == 0) {
            groupFirstKind.put(h.group, kind);
        }
        return kind;
    }

    private List<Hit> hits(String folded) {
        List<Hit> hits = new ArrayList<>();
        int[] group = {0};
        for (Trigger trigger : triggers) {
            boolean endOfMonth = trigger.endOfMonth();
            trigger.scan().forEach(folded, m -> {
                Integer month = Dates.parse(m.group("m"));
                Integer day = endOfMonth ? Integer.valueOf(31) : Dates.parse(m.group("d"));
                Integer year = m.group("y") == null ? null : Dates.parseYear(m.group("y"));
                if (month == null || day == null || month < 1 || month > 12) {
                    return true;
                }
                if (endOfMonth) {
                    // the day of a leap February is known once the year is; 28 until then
                    day = YearMonth.of(year == null ? 2001 : year, month).lengthOfMonth();
                }
                if (!Dates.validDayMonth(month, day)) {
                    return true;
                }
                group[0]++;
                hits.add(new Hit(m.start(), m.end(), day, month, year, endOfMonth, group[0], 0));
                // 'trước ngày 20/6 và 20/12': further dates continue the same deadline phrase.
                int end = m.end();
                for (int i = 1; i < 4; i++) {
                    Matcher c = more.matcher(folded);
                    c.region(end, Math.min(folded.length(), end + 40));
                    if (!c.lookingAt()) {
                        break;
                    }
                    Integer cm = Dates.parse(c.group("m"));
                    Integer cd = Dates.parse(c.group("d"));
                    Integer cy = c.group("y") == null ? null : Dates.parseYear(c.group("y"));
                    if (cm == null || cd == null || !Dates.validDayMonth(cm, cd)) {
                        break;
                    }
                    hits.add(new Hit(c.start("d"), c.end(), cd, cm, cy, false, group[0], i));
                    end = c.end();
                }
                return hits.size() < MAX_CANDIDATES;
            });
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        List<Hit> distinct = new ArrayList<>();
        int lastEnd = -1;
        for (Hit h : hits) {
            if (h.start >= lastEnd) {
                distinct.add(h);
                lastEnd = h.end;
            }
        }
        return distinct;
    }

    /** The sentences holding the dates, merged where they overlap. */
    private static List<int[]> windows(List<Hit> hits, Spans spans, int length) {
        List<int[]> out = new ArrayList<>();
        for (Hit h : hits) {
            int from = spans.sentenceStart(h.start, WINDOW);
            int to = Math.min(length, spans.sentenceEnd(h.end, WINDOW) + 1);
            if (!out.isEmpty() && from <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private static List<KindHit> kindHits(Occurrences kinds, int from, int to) {
        return kinds.within(from, to).stream().map(s -> new KindHit(s.label(), s.start(), s.end())).toList();
    }

    private static String nearestBefore(List<KindHit> hits) {
        return hits.stream().max(Comparator.comparingInt(KindHit::end)).map(KindHit::kind).orElse(null);
    }

    private static String firstAfter(List<KindHit> hits) {
        return hits.stream().min(Comparator.comparingInt(KindHit::start)).map(KindHit::kind).orElse(null);
    }

    private static int previousDateEnd(Occurrences dates, int pos, int floor) {
        return Math.max(floor, dates.lastEndAtOrBefore(pos));
    }

    private static int nextDateStart(Occurrences dates, int pos, int ceiling) {
        return Math.min(ceiling, dates.firstStartAtOrAfter(pos));
    }

    private Deadline resolve(Hit h, String kind, DocumentHeader header, boolean yearlyWords, String recipient,
                             String context) {
        LocalDate issued = header.issueDate();
        if (h.year != null) {
            LocalDate due = Dates.of(h.year, h.month, h.day);
            if (due == null || (issued != null && due.isBefore(issued))) {
                return null;
            }
            return new Deadline(kind, due, h.month, h.day, false, recipient, context);
        }
        Integer start = header.periodStart();
        Integer end = header.periodEnd();
        Integer base = start != null ? start : issued != null ? Integer.valueOf(issued.getYear()) : null;
        boolean singleYear = start != null && start.equals(end);
        boolean multiYear = start != null && end != null && end > start;
        boolean openEnded = start != null && end == null && "CT".equals(header.docType());
        boolean recurring = !singleYear && (multiYear || openEnded || yearlyWords);
        if (base == null) {
            return new Deadline(kind, null, h.month, h.day, recurring, recipient, context);
        }
        int year = base;
        LocalDate due = dayIn(h, year);
        if (recurring && issued != null) {
            while (due != null && due.isBefore(issued) && year < base + 2) {
                year++;
                due = dayIn(h, year);
            }
        }
        if (due != null && h.endOfMonth) {
            return new Deadline(kind, due, h.month, due.getDayOfMonth(), recurring, recipient, context);
        }
        if (due == null && h.month == 2 && h.day == 29) {
            due = Dates.of(year, 2, 28);
        }
        return new Deadline(kind, due, h.month, h.day, recurring, recipient, context);
    }

    /** The hit's date in {@code year}; 'cuối tháng 2' is the 29th in a leap year. */
    private static LocalDate dayIn(Hit h, int year) {
        int day = h.endOfMonth ? YearMonth.of(year, h.month).lengthOfMonth() : h.day;
        return Dates.of(year, h.month, day);
    }

    /**
     * The office the deliverable goes to: after the date in its clause first, else the nearest before it in its
     * sentence, else the first later in the sentence ('báo cáo 6 tháng (trước 25/5), báo cáo năm (trước 10/10) về
     * UBND huyện': both go there).
     */
    private static String recipient(String text, Occurrences offices, Hit h, int sentence, int after,
                                    int sentenceEnd) {
        for (Occurrences.Span s : offices.within(h.end, Math.max(h.end, after))) {
            String o = office(text, s.start());
            if (o != null) {
                return o;
            }
        }
        String found = null;
        for (Occurrences.Span s : offices.within(sentence, h.start)) {
            String o = office(text, s.start());
            if (o != null) {
                found = o;
            }
        }
        if (found != null) {
            return found;
        }
        for (Occurrences.Span s : offices.within(after, Math.max(after, sentenceEnd))) {
            String o = office(text, s.start());
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private static String office(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = start;
        int words = 0;
        int depth = 0;
        while (i < text.length() && words < RECIPIENT_MAX_WORDS) {
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            String token = text.substring(i, j);
            if ((token.equals("-") || token.equals("–")) && depth == 0 && nextIsCapital(text, j)) {
                out.append(' ').append(token); // 'Ban Thi đua - Khen thưởng'
                i = j + 1;
                continue;
            }
            String key = vn.provinceplans.extract.text.Fold.key(token);
            if (depth == 0 && (key.equals("truoc") || key.equals("de") || key.equals("tong") || key.equals("theo")
                    || key.equals("trong") || key.equals("cham") || key.equals("han") || key.equals("khi")
                    || key.equals("vao") || key.equals("dinh") || key.equals("ke") || key.equals("kem")
                    || key.equals("dong") || key.equals("va") && !nextIsCapital(text, j)
                    || key.equals("truc") || key.equals("bao") || key.equals("cung") || key.isEmpty())) {
                break;
            }
            depth += count(token, '(') - count(token, ')');
            out.append(out.isEmpty() ? "" : " ").append(token);
            words++;
            boolean ends = token.endsWith(";") || token.endsWith(".") || token.endsWith(":")
                    || (token.endsWith(",") && (depth > 0 ? false : !nextIsCapital(text, j)));
            if (ends && depth <= 0 || j >= text.length() || text.charAt(j) == '\n' && !continuesOnNextLine(text, j)) {
                break;
            }
            i = j + 1;
        }
        String s = out.toString().replaceAll("[,;.:]+$", "").strip();
        if (depth > 0 && s.indexOf('(') >= 0) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        s = s.replaceAll("(?i)Ủy ban nhân dân|Uỷ ban nhân dân", "UBND");
        return s.isEmpty() ? null : s;
    }

    /** A hard-wrapped name goes on after a line break unless the next line is blank or starts a list item. */
    private static boolean continuesOnNextLine(String text, int newline) {
        int k = newline + 1;
        if (k >= text.length() || text.charAt(k) == '\n') {
            return false;
        }
        char c = text.charAt(k);
        return !(Character.isDigit(c) || "-+•*|".indexOf(c) >= 0);
    }

    private static boolean nextIsCapital(String text, int j) {
        int k = j;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && Character.isUpperCase(text.charAt(k));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
