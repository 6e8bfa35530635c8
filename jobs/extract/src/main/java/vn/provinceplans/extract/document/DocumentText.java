package vn.provinceplans.extract.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.text.Fold;

/**
 * A normalised document split into lines, with its folded twin (same offsets) and each line's {@link LineKind}.
 * The body is the span from the first official header line to the last line that is not site chrome; facts found
 * outside it, or on chrome lines inside it, belong to the website, not to the document.
 */
public final class DocumentText {

    private static final int METADATA_MAX_CHARS = 160;

    private final String text;
    private final String folded;
    private final int[] lineStarts;
    private final LineKind[] kinds;
    private final int bodyStart;
    private final int bodyEnd;

    public DocumentText(String normalisedText) {
        this.text = normalisedText;
        this.folded = Fold.chars(normalisedText);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.kinds = new LineKind[lineStarts.length];
        PatternLibrary p = PatternLibrary.get();
        Pattern related = p.pattern("related_item");
        Pattern meta = p.pattern("meta_line");
        Pattern chrome = p.pattern("site_chrome");
        for (int i = 0; i < kinds.length; i++) {
            String line = line(i);
            String f = foldedLine(i);
            if (isBlankLayout(line)) {
                kinds[i] = LineKind.BLANK;
            } else if (related.matcher(line).lookingAt()) {
                kinds[i] = LineKind.RELATED_LIST;
            } else if (line.length() <= METADATA_MAX_CHARS && meta.matcher(f).lookingAt()) {
                kinds[i] = LineKind.METADATA;
            } else if (chrome.matcher(f).lookingAt()) {
                kinds[i] = LineKind.SITE_CHROME;
            } else {
                kinds[i] = LineKind.BODY;
            }
        }
        this.bodyStart = findBodyStart(p);
        this.bodyEnd = findBodyEnd(p);
        for (int i = 0; i < kinds.length; i++) {
            if ((i < bodyStart || i > bodyEnd) && kinds[i] == LineKind.BODY) {
                // Outside the body, whatever is left is the website's own text (its title line, breadcrumbs).
                kinds[i] = LineKind.SITE_CHROME;
            }
        }
    }

    public String text() {
        return text;
    }

    public String folded() {
        return folded;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public String line(int i) {
        return text.substring(lineStarts[i], lineEnd(i));
    }

    public String foldedLine(int i) {
        return folded.substring(lineStarts[i], lineEnd(i));
    }

    public int lineStart(int i) {
        return lineStarts[i];
    }

    public int lineEnd(int i) {
        return i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
    }

    public LineKind kind(int i) {
        return kinds[i];
    }

    /** Index of the line holding character {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** First line of the document's own text. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Last line of the document's own text (inclusive). */
    public int bodyEnd() {
        return bodyEnd;
    }

    /** True when the character at {@code offset} is part of the document itself, not of the website around it. */
    public boolean inBody(int offset) {
        int line = lineOf(offset);
        return line >= bodyStart && line <= bodyEnd && kinds[line] == LineKind.BODY;
    }

    /** Text of lines [from, to] joined by '\n', with chrome lines blanked so offsets stay valid. */
    public String bodyText(int from, int to) {
        return span(text, from, to);
    }

    public String foldedBodyText(int from, int to) {
        return span(folded, from, to);
    }

    public int offsetOfLine(int line) {
        return lineStarts[Math.min(line, lineStarts.length - 1)];
    }

    private String span(String source, int from, int to) {
        if (from > to) {
            return "";
        }
        StringBuilder out = new StringBuilder(source.substring(lineStarts[from], lineEnd(to)));
        for (int i = from; i <= to; i++) {
            if (kinds[i] != LineKind.BODY && kinds[i] != LineKind.BLANK) {
                for (int j = lineStarts[i]; j < lineEnd(i); j++) {
                    out.setCharAt(j - lineStarts[from], ' ');
                }
            }
        }
        return out.toString();
    }

    private int findBodyStart(PatternLibrary p) {
        List<Pattern> markers = List.of(p.pattern("header_ubnd"), p.pattern("header_council"),
                p.pattern("header_party"), p.pattern("national_motto"), p.pattern("type_title"));
        Pattern number = p.pattern("header_number");
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != LineKind.BODY) {
                continue;
            }
            String line = line(i);
            if (number.matcher(line).find()) {
                return i;
            }
            if (Fold.isUpperCase(line)) {
                for (Pattern m : markers) {
                    if (m.matcher(foldedLine(i)).lookingAt()) {
                        return i;
                    }
                }
            }
        }
        // No official header: the body starts at the first line that is not the website's.
        Pattern siteTitle = p.pattern("site_title");
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == LineKind.BODY && !siteTitle.matcher(line(i)).lookingAt()) {
                return i;
            }
        }
        return 0;
    }

    private int findBodyEnd(PatternLibrary p) {
        Pattern siteTitle = p.pattern("site_title");
        for (int i = kinds.length - 1; i > bodyStart; i--) {
            if (kinds[i] == LineKind.BODY && !siteTitle.matcher(line(i)).lookingAt()) {
                return i;
            }
        }
        return Math.max(bodyStart, Math.min(kinds.length - 1, bodyStart));
    }

    private static boolean isBlankLayout(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '|') {
                return false;
            }
        }
        return true;
    }
}
