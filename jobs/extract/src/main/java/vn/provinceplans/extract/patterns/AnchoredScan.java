package vn.provinceplans.extract.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern on folded text faster when every match must begin with one of a few words
 * ('truoc', 'cham', 'han' …): those first words are read from the regex itself (its top-level alternatives, after
 * leading look-arounds), the text is scanned for places that begin with one of them, and the regex runs only there.
 * Two more checks skip places where the regex cannot match: a word after a look-behind that rejects a letter
 * ({@code (?<![a-z0-9])}) is tried only where a word begins, and a word the regex follows with white space, a digit
 * or a word boundary ('han\s+chot') only where the text's word ends, so 'hanh' (hành, in nearly every sentence) is
 * passed over: every place the regex is tried costs a reset of all its groups. A pattern whose start cannot be read
 * that way is scanned the ordinary way, so the result is always the same as {@link Matcher#find()}. A pattern
 * that opens with {@code (?=\d)} (a document number) is tried only at digits, on any text.
 */
public final class AnchoredScan {

    /** A class with every letter a-z in it and nothing else around it: what a word-start look-behind holds. */
    private static final Pattern LETTER_CLASS = Pattern.compile("\\[(?:0-9)?a-z[^\\]\\\\]*\\]");

    private final Pattern pattern;
    /** Literal starts, or null when the pattern cannot be anchored. */
    private final List<Start> starts;
    /** The starts by their first letter ('a' … 'z'), so most word starts are rejected by one array read. */
    private final Start[][] byFirstLetter = new Start[26][];
    /**
     * The distinct start words, less those that begin with another of them: every place a match can start holds
     * one of these, so the scan jumps between their occurrences ({@link String#indexOf}, which the JIT vectorises)
     * instead of reading the text a character at a time.
     */
    private final String[] needles;
    /**
     * True when the pattern is not anchored on words but every match starts at a digit ({@code (?=\d)} before
     * everything else, as the cited numbers): the regex is tried only at digits.
     */
    private final boolean digitFirst;

    /**
     * A word a match starts with; {@code wholeWord} when the regex lets no letter follow it (the next token is
     * {@code \s}, {@code \d} or {@code \b}, not optional); {@code afterNonLetter} when a look-behind before it
     * rejects a letter ({@code (?<![a-z…])}), so the match can only begin a word.
     */
    record Start(String word, boolean wholeWord, boolean afterNonLetter) {
    }

    public AnchoredScan(Pattern pattern) {
        this.pattern = pattern;
        this.starts = firstWords(pattern.pattern());
        this.digitFirst = starts == null && pattern.pattern().startsWith("(?=\\d)")
                && topLevelAlternatives(pattern.pattern()).size() == 1;
        if (starts != null) {
            for (char c = 'a'; c <= 'z'; c++) {
                char first = c;
                Start[] bucket = starts.stream().filter(s -> s.word().charAt(0) == first).distinct()
                        .toArray(Start[]::new);
                byFirstLetter[c - 'a'] = bucket.length == 0 ? null : bucket;
            }
            List<String> words = starts.stream().map(Start::word).distinct().toList();
            needles = words.stream()
                    .filter(w -> words.stream().noneMatch(o -> !o.equals(w) && w.startsWith(o)))
                    .toArray(String[]::new);
        } else {
            needles = null;
        }
    }

    /** True when the scan can skip text: the pattern starts with known words or with a digit. */
    public boolean anchored() {
        return starts != null || digitFirst;
    }

    /** The words a match may start with (empty when not anchored). */
    public List<String> startWords() {
        return starts == null ? List.of() : starts.stream().map(Start::word).toList();
    }

    /**
     * Every non-overlapping match in {@code text}, in order, as {@link Matcher#find()} would give them. The action
     * gets the matcher positioned on the match (read its groups; do not move it); it returns false to stop.
     */
    public void forEach(String text, Predicate<Matcher> action) {
        Matcher m = pattern.matcher(text);
        if (digitFirst) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
            scanDigits(m, text, text.length(), action);
            return;
        }
        if (starts == null) {
            while (m.find()) {
                if (!action.test(m)) {
                    return;
                }
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        // next[k]: where needles[k] occurs next, valid while it is at or after the scan's position (MAX_VALUE: no
        // more of it)
        int[] next = new int[needles.length];
        Arrays.fill(next, -1);
        scan(m, text, 0, text.length(), next, action);
    }

    /**
     * Every non-overlapping match inside each window [from, to) of {@code windows} (in order, not overlapping), as
     * {@link Matcher#find()} gives them in that region with transparent bounds (look-arounds see the text around
     * it) and without anchoring bounds. The action returns false to stop.
     */
    public void forEach(String text, List<int[]> windows, Predicate<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (starts == null) {
            for (int[] w : windows) {
                m.region(w[0], w[1]);
                while (m.find()) {
                    if (!action.test(m)) {
                        return;
                    }
                }
            }
            return;
        }
        // Shared by the windows, so that each start word's occurrences are looked for once in the whole text.
        int[] next = new int[needles.length];
        Arrays.fill(next, -1);
        int previousEnd = 0;
        for (int[] w : windows) {
            if (w[0] < previousEnd) {
                Arrays.fill(next, -1);
            }
            previousEnd = w[1];
            if (!scan(m, text, w[0], w[1], next, action)) {
                return;
            }
        }
    }

    /** The matches in [from, to); false when the action asked to stop. */
    private boolean scan(Matcher m, String text, int from, int to, int[] next, Predicate<Matcher> action) {
        int i = from;
        while (i < to) {
            int at = nextCandidate(text, i, next);
            if (at >= to) {
                return true;
            }
            if (startsWithOne(text, at)) {
                m.region(at, to);
                if (m.lookingAt()) {
                    int end = m.end();
                    if (!action.test(m)) {
                        return false;
                    }
                    i = Math.max(end, at + 1);
                    continue;
                }
            }
            i = at + 1;
        }
        return true;
    }

    private static void scanDigits(Matcher m, String text, int to, Predicate<Matcher> action) {
        int i = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                m.region(i, to);
                if (m.lookingAt()) {
                    int end = m.end();
                    if (!action.test(m)) {
                        return;
                    }
                    i = Math.max(end, i + 1);
                    continue;
                }
            }
            i++;
        }
    }

    /** The first place at or after {@code from} where a needle occurs, or MAX_VALUE. */
    private int nextCandidate(String text, int from, int[] next) {
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < needles.length; k++) {
            if (next[k] < from) {
                int found = text.indexOf(needles[k], from);
                next[k] = found < 0 ? Integer.MAX_VALUE : found;
            }
            best = Math.min(best, next[k]);
        }
        return best;
    }

    private boolean startsWithOne(String text, int i) {
        Start[] bucket = byFirstLetter[text.charAt(i) - 'a'];
        if (bucket == null) {
            return false;
        }
        boolean wordStart = i == 0 || !isLetter(text.charAt(i - 1));
        for (Start s : bucket) {
            int end = i + s.word().length();
            if ((wordStart || !s.afterNonLetter()) && text.startsWith(s.word(), i)
                    && (!s.wholeWord() || end == text.length() || !isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * The literal words every match starts with: for each top-level alternative, skip leading look-arounds, enter
     * a leading group (not an optional one), then read lower-case letters. Null when an alternative starts any
     * other way (a class, an optional group, an upper-case letter …).
     */
    static List<Start> firstWords(String regex) {
        return firstWords(regex, false);
    }

    private static List<Start> firstWords(String regex, boolean afterNonLetter) {
        List<Start> out = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            List<Start> words = firstWordsOfSequence(alternative, afterNonLetter);
            if (words == null) {
                return null;
            }
            out.addAll(words);
        }
        return out.isEmpty() ? null : out;
    }

    private static List<Start> firstWordsOfSequence(String s, boolean afterNonLetter) {
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("(?<!", i) || s.startsWith("(?<=", i) || s.startsWith("(?!", i) || s.startsWith("(?=", i)) {
                int close = closing(s, i);
                if (close < 0) {
                    return null;
                }
                afterNonLetter |= s.startsWith("(?<!", i)
                        && LETTER_CLASS.matcher(s.substring(i + 4, close)).matches();
                i = close + 1;
                continue;
            }
            if (s.charAt(i) == '(') {
                int close = closing(s, i);
                if (close < 0) {
                    return null;
                }
                if (close + 1 < s.length() && "?*{".indexOf(s.charAt(close + 1)) >= 0) {
                    return null; // an optional group: the match may start after it
                }
                int body = s.startsWith("(?:", i) ? i + 3 : s.startsWith("(?<", i) ? s.indexOf('>', i) + 1 : i + 1;
                return firstWords(s.substring(body, close), afterNonLetter);
            }
            int j = i;
            while (j < s.length() && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
                j++;
            }
            if (j < s.length() && "?*{".indexOf(s.charAt(j)) >= 0) {
                j--; // 'tp?': the last letter is optional
                return j > i ? List.of(new Start(s.substring(i, j), false, afterNonLetter)) : null;
            }
            return j > i ? List.of(new Start(s.substring(i, j), noLetterFollows(s, j), afterNonLetter)) : null;
        }
        return null;
    }

    /** True when the regex at {@code j} is {@code \s}, {@code \d} or {@code \b}, not made optional. */
    private static boolean noLetterFollows(String s, int j) {
        return j + 1 < s.length() && s.charAt(j) == '\\' && "sdb".indexOf(s.charAt(j + 1)) >= 0
                && (j + 2 == s.length() || "?*{".indexOf(s.charAt(j + 2)) < 0);
    }

    /** Index of the ')' closing the '(' at {@code open}, honouring escapes and classes; -1 if none. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> topLevelAlternatives(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
