package vn.provinceplans.extract.decode;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML page → text with jsoup. Scripts, styles and forms are dropped; block elements end lines; table cells are
 * separated by tabs and rows end lines, so a header table reads like the flattened text of the legal websites.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "ul", "title");
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "select, button, input, textarea, meta, link";

    private HtmlText() {
    }

    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        String title = doc.title();
        if (!title.isBlank()) {
            out.append(title.strip()).append('\n');
        }
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText(), insidePre(t));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("td") || tag.equals("th")) {
                        if (e.elementSiblingIndex() > 0) {
                            trimTrailingSpace(out);
                            out.append('\t');
                        }
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    newline(out);
                }
            }
        });
        return out.toString();
    }

    private static boolean insidePre(TextNode t) {
        for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("textarea"))) {
                return true;
            }
        }
        return false;
    }

    private static void appendCollapsed(StringBuilder out, String text, boolean preformatted) {
        if (preformatted) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n' && out.charAt(last) != '\t') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void newline(StringBuilder out) {
        trimTrailingSpace(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
