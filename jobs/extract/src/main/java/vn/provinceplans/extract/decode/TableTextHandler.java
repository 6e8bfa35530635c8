package vn.provinceplans.extract.decode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tika's XHTML events → text with the layout rules of {@link HtmlText}: every paragraph (and other block) ends a
 * line, so a Word paragraph is a line, and table cells are separated by tabs with a line per row — a table of
 * models per unit reads "Huyện Trà Bồng\t12\t3". Paragraphs inside one cell are lines of that cell. Text is kept as
 * written (no white-space collapsing): PDF lines arrive as line breaks inside a paragraph. Only the body counts;
 * the head (title, metadata) does not.
 */
final class TableTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "pre", "blockquote", "table", "tr", "caption", "address", "section", "header",
            "footer", "article", "hr");

    private final StringBuilder out = new StringBuilder();
    private final int maxChars;
    private int bodyDepth;
    /** One entry per open table cell: has the cell written text yet. */
    private final Deque<boolean[]> cells = new ArrayDeque<>();
    /** A paragraph inside a cell ended; the break is written only if more text of that cell follows. */
    private boolean pendingCellBreak;
    private int paragraphDepth;

    TableTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    String text() {
        return out.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String tag = name(localName, qName);
        if (tag.equals("body")) {
            bodyDepth++;
            return;
        }
        if (bodyDepth == 0) {
            return;
        }
        if (tag.equals("td") || tag.equals("th")) {
            pendingCellBreak = false;
            if (!atLineStart()) {
                trimTrailingSpaces();
                out.append('\t');
            }
            cells.push(new boolean[1]);
        } else if (tag.equals("br")) {
            newlineOrCellBreak();
        } else if (BLOCKS.contains(tag) && !tag.equals("p")) {
            if (tag.equals("tr") || tag.equals("table")) {
                endLine();
            }
        } else if (tag.equals("p")) {
            paragraphDepth++;
            if (cells.isEmpty()) {
                endLine();
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String tag = name(localName, qName);
        if (tag.equals("body")) {
            bodyDepth--;
            return;
        }
        if (bodyDepth == 0) {
            return;
        }
        if (tag.equals("p")) {
            paragraphDepth = Math.max(0, paragraphDepth - 1);
        }
        if (tag.equals("td") || tag.equals("th")) {
            cells.pop();
            pendingCellBreak = false;
        } else if (tag.equals("p") || BLOCKS.contains(tag)) {
            if (!cells.isEmpty()) {
                if (cells.peek()[0]) {
                    pendingCellBreak = true;
                }
            } else if (tag.equals("p")) {
                // A paragraph is a line, an empty one too (blank lines between paragraphs are kept).
                out.append('\n');
            } else {
                endLine();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth == 0 || length == 0) {
            return;
        }
        if (pendingCellBreak) {
            out.append('\n');
            pendingCellBreak = false;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\r') {
                continue;
            }
            out.append(c);
        }
        if (!cells.isEmpty()) {
            cells.peek()[0] = true;
        }
        if (out.length() > maxChars) {
            throw new WriteLimitReachedException(maxChars);
        }
    }

    /**
     * Tika writes its own layout white space here (a line break after each block, a tab after each cell), which
     * the rules above already give. Inside a paragraph, though, a line break is content: PDF text lines.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (bodyDepth == 0 || paragraphDepth == 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                if (!cells.isEmpty()) {
                    pendingCellBreak = cells.peek()[0];
                } else if (!atLineStart()) {
                    out.append('\n');
                }
            }
        }
    }

    private void newlineOrCellBreak() {
        if (!cells.isEmpty()) {
            pendingCellBreak = cells.peek()[0];
        } else {
            out.append('\n');
        }
    }

    private boolean atLineStart() {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    private void endLine() {
        if (!atLineStart()) {
            trimTrailingSpaces();
            out.append('\n');
        }
    }

    private void trimTrailingSpaces() {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(java.util.Locale.ROOT);
    }
}
