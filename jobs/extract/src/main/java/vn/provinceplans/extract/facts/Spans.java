package vn.provinceplans.extract.facts;

/**
 * Sentence and clause boundaries of a normalised text, and short context snippets. Hard-wrapped texts break lines
 * inside sentences, so a line break ends a sentence only before a list item or a blank line, after a full stop, or
 * after a line with no lower-case letter (a title or a header row).
 */
final class Spans {

    /** How far a snippet reaches on each side of its fact. */
    private static final int SNIPPET_SIDE = 150;

    private final String text;

    Spans(String text) {
        this.text = text;
    }

    /** Start of the sentence holding {@code pos}, looking back at most {@code maxBack} characters. */
    int sentenceStart(int pos, int maxBack) {
        return start(pos, maxBack, false);
    }

    /** Start of the clause (sentence, or part after ';' or ':') holding {@code pos}. */
    int clauseStart(int pos, int maxBack) {
        return start(pos, maxBack, true);
    }

    /** End (exclusive) of the sentence holding {@code pos}, looking ahead at most {@code maxForward} characters. */
    int sentenceEnd(int pos, int maxForward) {
        return end(pos, maxForward, false);
    }

    int clauseEnd(int pos, int maxForward) {
        return end(pos, maxForward, true);
    }

    private int start(int pos, int maxBack, boolean clause) {
        int limit = Math.max(0, pos - maxBack);
        for (int i = Math.min(pos, text.length()) - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
            if (clause && (c == ';' || c == ':')) {
                return i + 1;
            }
            if (c == '\n' && (listItemAt(i + 1) || (i > 0 && text.charAt(i - 1) == '\n') || noLowerCase(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** True when the line that starts at {@code lineStart} has no lower-case letter. */
    private boolean noLowerCaseFrom(int lineStart) {
        for (int i = lineStart; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the line that ends at {@code lineEnd} has no lower-case letter: a title, a header row, a rule. */
    private boolean noLowerCase(int lineEnd) {
        for (int i = lineEnd - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int end(int pos, int maxForward, boolean clause) {
        int limit = Math.min(text.length(), pos + maxForward);
        for (int i = Math.max(0, pos); i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
            if (clause && (c == ';' || c == ':')) {
                return i;
            }
            if (c == '\n' && (listItemAt(i + 1) || (i + 1 < text.length() && text.charAt(i + 1) == '\n')
                    || noLowerCaseFrom(i + 1))) {
                return i;
            }
        }
        return limit;
    }

    /** True when a list item starts at {@code lineStart}: '- ', '+ ', '1. ', '2) ', 'a) ', 'II. ', 'Điều 3'. */
    boolean listItemAt(int lineStart) {
        int i = lineStart;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = text.charAt(i);
        if ("-+•*–".indexOf(c) >= 0) {
            return i + 1 < n && Character.isWhitespace(text.charAt(i + 1));
        }
        int j = i;
        while (j < n && j - i < 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i) {
            // '2. ' or '2) ' starts an item; '2.869 mô hình' at the start of a wrapped line does not
            return j + 1 < n && (text.charAt(j) == '.' || text.charAt(j) == ')')
                    && Character.isWhitespace(text.charAt(j + 1));
        }
        while (j < n && j - i < 4 && "IVX".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j > i) {
            return j + 1 < n && text.charAt(j) == '.' && Character.isWhitespace(text.charAt(j + 1));
        }
        if (Character.isLetter(c) && i + 1 < n && text.charAt(i + 1) == ')') {
            return true;
        }
        return text.startsWith("Điều ", i) && i + 5 < n && Character.isDigit(text.charAt(i + 5));
    }

    /** The sentence around [start, end), whitespace collapsed, at most about 300 characters. */
    String snippet(int start, int end) {
        int s = sentenceStart(start, SNIPPET_SIDE);
        int e = sentenceEnd(end, SNIPPET_SIDE);
        if (e < text.length() && text.charAt(e) == '.') {
            e++;
        }
        boolean cutLeft = s > 0 && start - s >= SNIPPET_SIDE;
        boolean cutRight = e < text.length() && e - end >= SNIPPET_SIDE;
        String body = collapse(text.substring(s, Math.max(s, e)));
        return (cutLeft ? "…" : "") + body + (cutRight ? "…" : "");
    }

    static String collapse(String s) {
        // A space is written only before a character that was not one: never longer than the input.
        char[] out = new char[s.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWhitespace(c) || c == '|') {
                space = length > 0;
            } else {
                if (space) {
                    out[length++] = ' ';
                }
                out[length++] = c;
                space = false;
            }
        }
        return new String(out, 0, length);
    }

    /** {@link Character#isWhitespace}, without its table look-up for the letters between U+0021 and U+167F. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }
}
