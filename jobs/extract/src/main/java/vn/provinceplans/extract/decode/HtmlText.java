package vn.provinceplans.extract.decode;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML page → text with jsoup. Scripts, styles and forms are dropped; block elements end lines; table cells are
 * separated by tabs and rows end lines, so a header table reads like the flattened text of the legal websites.
 * <p>
 * Page chrome is recognised by structure: navigation, footers, breadcrumbs and menus are dropped; the items of a
 * related-documents list ({@code aside}, or a block whose class or id says related / liên quan / sidebar) are
 * written the way those websites' own text exports write them ('- 1Kế hoạch 70/KH-UBND …'), so the extractor
 * treats them as chrome. A block holding most of the page's text is never treated as chrome.
 * <p>
 * A page marked {@code <meta name="synthetic" content="true">} is a generated document: its text starts with the
 * line '[synthetic]', as a generated text file does.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "ul", "title");
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "select, button, input, textarea, meta, link";

    /** Class or id words of page furniture that is not the document: dropped. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:menu|nav|navbar|breadcrumbs?|footer|social|share|banner|advert|ads|cookie|login|search)"
                    + "(?:$|[\\s_-])");
    /** Class or id words of a related-documents block: kept, as chrome lines. */
    private static final Pattern RELATED = Pattern.compile(
            "(?i)related|lien-?quan|lienquan|vblq|sidebar|widget|tin-?khac|xem-?them|see-?also");
    /** A block with more than this share of the page's text is the content, whatever its class says. */
    private static final double CHROME_MAX_SHARE = 0.4;
    private static final String SYNTHETIC_LINE = "[synthetic]";

    private HtmlText() {
    }

    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        boolean synthetic = doc.select("meta[name]").stream()
                .anyMatch(m -> m.attr("name").equalsIgnoreCase("synthetic")
                        && m.attr("content").strip().equalsIgnoreCase("true"));
        doc.select(DROPPED).remove();
        markChrome(doc);
        StringBuilder out = new StringBuilder(html.length() / 2);
        if (synthetic) {
            out.append(SYNTHETIC_LINE).append('\n');
        }
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

    /** Drops page furniture and rewrites related-document lists as chrome lines. */
    private static void markChrome(Document doc) {
        int total = Math.max(1, doc.body().text().length());
        for (Element e : doc.body().select("nav, footer, body > header, [class], [id]")) {
            if (e.parent() == null || e.text().length() > CHROME_MAX_SHARE * total) {
                continue;
            }
            String tag = e.normalName();
            String words = e.className() + " " + e.id();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("header") && e.parent() == doc.body()
                    || FURNITURE.matcher(words).find()) {
                e.remove();
            }
        }
        for (Element e : doc.body().select("aside, [class], [id]")) {
            if (e.parent() == null || e.text().length() > CHROME_MAX_SHARE * total
                    || !(e.normalName().equals("aside") || RELATED.matcher(e.className() + " " + e.id()).find())) {
                continue;
            }
            int n = 0;
            for (Element li : e.select("li")) {
                String text = li.text().strip();
                n++;
                if (!text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !text.startsWith("- ")) {
                    li.text("- " + n + text);
                }
            }
        }
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
