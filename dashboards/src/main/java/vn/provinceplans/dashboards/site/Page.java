package vn.provinceplans.dashboards.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * One HTML page, built as a jsoup DOM: every text goes in through {@link Element#text} and every attribute through
 * {@link Element#attr}, so jsoup escapes it; no string is ever pasted into markup. Links are relative, so the site
 * works from the file system and from any static web server, with no network.
 */
final class Page {

    /**
     * The site-wide context every page shows: the banner and the footer (the search list is assets/units.js). A page
     * without a snapshot (null) sends its reader to the overview for it.
     */
    record Context(boolean syntheticInputs, List<String> syntheticNames, String snapshot, String builtAt) {
    }

    private final Document doc;
    private final String path;
    private final String root;
    private final Element main;

    /**
     * @param path the page's path from the site root ({@code provinces/51-quang-ngai.html})
     * @param synthetic whether anything this page shows comes from synthetic input
     */
    Page(String path, String title, Context ctx, boolean synthetic) {
        this.path = path;
        int depth = path.split("/").length - 1;
        this.root = "../".repeat(depth);
        doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).indentAmount(1)
                .prettyPrint(true);
        doc.selectFirst("html").attr("lang", "vi");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " — Kho kế hoạch các tỉnh");
        // No favicon request: a static server would answer 404 and the browser log it as an error.
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", root + "assets/site.css");
        head.appendElement("script").attr("src", root + "assets/units.js").attr("defer", "");
        head.appendElement("script").attr("src", root + "assets/site.js").attr("defer", "");
        Element body = doc.body().attr("data-root", root);
        Element header = body.appendElement("header").addClass("site");
        header.appendElement("a").addClass("home").attr("href", root + "index.html").text("Kho kế hoạch các tỉnh");
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", root + "index.html").text("Tổng quan");
        nav.appendElement("a").attr("href", root + "index.html#tinh").text("63 tỉnh (đến 6/2025)");
        nav.appendElement("a").attr("href", root + "index.html#don-vi").text("34 đơn vị (từ 7/2025)");
        Element form = header.appendElement("form").attr("id", "search").attr("role", "search")
                .attr("autocomplete", "off");
        form.appendElement("label").attr("for", "search-box").addClass("visually-hidden").text("Tìm tỉnh");
        form.appendElement("input").attr("id", "search-box").attr("type", "search").attr("list", "unit-names")
                .attr("placeholder", "Tìm tỉnh, thành phố…");
        form.appendElement("button").attr("type", "submit").text("Mở");
        form.appendElement("span").attr("id", "search-message").attr("role", "status");
        // Filled by site.js from assets/units.js: one copy of the list for the whole site, not one per page.
        form.appendElement("datalist").attr("id", "unit-names");
        if (synthetic) {
            Element banner = body.appendElement("div").addClass("banner").attr("role", "alert");
            banner.appendElement("strong").text("Dữ liệu tổng hợp (synthetic). ");
            banner.appendText("Trang này dùng dữ liệu sinh tự động, không phải số liệu thật: "
                    + String.join(", ", ctx.syntheticNames()) + ". Không dùng để đánh giá tỉnh.");
        }
        main = body.appendElement("main");
        Element footer = body.appendElement("footer");
        if (ctx.snapshot() != null) {
            footer.appendText("Snapshot " + ctx.snapshot() + " · tạo lúc " + ctx.builtAt() + " · ");
        } else {
            footer.appendText("Snapshot và thời điểm tạo: xem ");
            footer.appendElement("a").attr("href", root + "index.html").text("Tổng quan");
            footer.appendText(" · ");
        }
        footer.appendText("biểu đồ: JFreeChart (PNG) và JFreeSVG (SVG); số liệu: DuckDB trên kho Parquet. "
                + "Mỗi biểu đồ có tệp CSV đúng dữ liệu đã vẽ; truy vấn nằm trong dashboards/queries/.");
    }

    /** The page's path from the site root. */
    String path() {
        return path;
    }

    Element main() {
        return main;
    }

    /** The relative path from this page to the site root ("" or "../"). */
    String root() {
        return root;
    }

    /** A chart with its caption, source line, downloads and the named query behind it. */
    Element figure(Element parent, ChartSpec spec, String query) {
        Element fig = parent.appendElement("figure").addClass("chart").attr("id", spec.id());
        Element link = fig.appendElement("a").attr("href", root + spec.svg());
        link.appendElement("img").attr("src", root + spec.svg()).attr("alt", spec.title())
                .attr("width", Integer.toString(spec.width())).attr("height", Integer.toString(spec.height()));
        Element cap = fig.appendElement("figcaption");
        cap.appendElement("span").addClass("source").text(spec.source());
        if (spec.synthetic()) {
            cap.appendElement("span").addClass("tag-synthetic").text("dữ liệu tổng hợp");
        }
        Element dl = cap.appendElement("span").addClass("downloads");
        dl.appendText("Tải: ");
        dl.appendElement("a").attr("href", root + spec.csv()).attr("download", "").text("CSV (dữ liệu của biểu đồ)");
        dl.appendText(" · ");
        dl.appendElement("a").attr("href", root + spec.png()).text("PNG");
        dl.appendText(" · ");
        dl.appendElement("a").attr("href", root + spec.svg()).text("SVG");
        dl.appendText(" · truy vấn: ");
        dl.appendElement("code").text("./warehouse query --file dashboards/queries/" + query + ".sql");
        return fig;
    }

    /** A table with a header row, scrolled sideways when wide; cells are text (escaped) unless the caller fills them. */
    Element table(Element parent, String... headers) {
        Element table = parent.appendElement("div").addClass("table-wrap").appendElement("table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : headers) {
            tr.appendElement("th").attr("scope", "col").text(h);
        }
        table.appendElement("tbody");
        return table;
    }

    static Element row(Element table, Object... cells) {
        Element tr = table.selectFirst("tbody").appendElement("tr");
        for (Object c : cells) {
            if (c instanceof Element e) {
                tr.appendElement("td").appendChild(e);
            } else {
                tr.appendElement("td").text(c == null ? "N/A" : c.toString());
            }
        }
        return tr;
    }

    /**
     * Writes the page to {@code file} in UTF-8 (jsoup's shell has no doctype: standards mode needs one). Each thread
     * renders into one buffer it keeps: for the 100 000 document pages of a national site, growing a new string for
     * every page took more time than building the pages.
     */
    void write(Path file) throws IOException {
        StringBuilder html = BUFFER.get();
        html.setLength(0);
        html.append("<!DOCTYPE html>\n");
        doc.html(html);
        html.append('\n');
        Files.writeString(file, html, StandardCharsets.UTF_8);
        if (html.capacity() > MAX_KEPT) {
            BUFFER.remove();
        }
    }

    private static final int MAX_KEPT = 1 << 20;
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(1 << 16));
}
