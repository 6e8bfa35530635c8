package vn.provinceplans.dashboards.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole site built once from {@link TestWarehouse}, then read back as files, HTML, SVG, PNG and CSV. */
class SiteBuilderTest {

    @TempDir
    static Path warehouse;

    static SiteBuilder.Result built;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        TestWarehouse.create(warehouse, "20250101T000000.000Z");
        built = new SiteBuilder(2, line -> { }).build(warehouse, warehouse.resolve("site"));
        site = warehouse.resolve("site");
    }

    @Test
    void theSiteHasAnOverviewAPagePerProvinceAndUnitAndPerDocument() throws IOException {
        assertTrue(Files.isSymbolicLink(site), "the site is a link switched atomically");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertEquals(5, count(site.resolve("provinces"), ".html"));
        assertEquals(3, count(site.resolve("units"), ".html"));
        assertEquals(3, count(site.resolve("documents"), ".html"));
        assertTrue(Files.isRegularFile(site.resolve("provinces/51-quang-ngai.html")));
        assertTrue(Files.isRegularFile(site.resolve("units/24-bac-ninh.html")));
        assertTrue(Files.isRegularFile(site.resolve("rankings/papi_total-2018.html")));
        assertEquals(built.pages(), count(site, ".html"));
        assertEquals(built.charts(), count(site.resolve("charts"), ".svg"));
        Document qn = page("provinces/51-quang-ngai.html");
        assertEquals("Quảng Ngãi", qn.selectFirst("h1").text());
        assertEquals("vi", qn.selectFirst("html").attr("lang"));
    }

    @Test
    void everyLinkAndImageOfEveryPageResolvesInsideTheSite() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site.toRealPath())) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], img[src], link[href], script[src]")) {
                    String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("data:")
                            || ref.startsWith("#")) {
                        continue;
                    }
                    String file = ref.replaceFirst("#.*$", "");
                    if (!Files.isRegularFile(p.getParent().resolve(file).normalize())) {
                        broken.add(site.toRealPath().relativize(p) + " → " + ref);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyChartIsWellFormedSvgAReadablePngAndACsvOfTheSameName() throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        int checked = 0;
        try (Stream<Path> svgs = Files.list(site.resolve("charts"))) {
            for (Path svg : svgs.filter(f -> f.toString().endsWith(".svg")).toList()) {
                org.w3c.dom.Document d = xml.newDocumentBuilder().parse(svg.toFile());
                String text = Files.readString(svg, StandardCharsets.UTF_8);
                assertTrue(text.contains("font-family: \"DejaVu Sans\", \"Noto Sans\""), svg + " names a font stack");
                String stem = svg.getFileName().toString().replace(".svg", "");
                BufferedImage png = ImageIO.read(svg.resolveSibling(stem + ".png").toFile());
                assertNotNull(png, stem + ".png");
                assertEquals(Double.parseDouble(d.getDocumentElement().getAttribute("width")), png.getWidth(), stem);
                assertTrue(Files.size(svg.resolveSibling(stem + ".csv")) > 0, stem + ".csv");
                checked++;
            }
        }
        assertEquals(built.charts(), checked);
    }

    @Test
    void aLongDocumentListShowsTheNewestAndTheCsvHasAll() throws Exception {
        Path capped = warehouse.resolve("site-capped");
        new SiteBuilder(2, DocumentSlices.DOCUMENTS_PER_SLICE, 1, line -> { }).build(warehouse, capped);
        Document qn = Jsoup.parse(capped.resolve("provinces/51-quang-ngai.html").toFile(), "UTF-8");
        Element table = qn.selectFirst("#van-ban ~ div.table-wrap table");
        assertEquals(1, table.select("tbody tr").size());
        assertEquals("2019-12-01", table.selectFirst("tbody tr td").text(), "the newest document");
        assertTrue(qn.select("#van-ban ~ p.na").text().contains("1 văn bản mới nhất trong số 2"), qn.text());
        assertEquals(2, Files.readAllLines(capped.resolve("tables/documents-p51.csv")).size() - 1, "the CSV has all");
    }

    @Test
    void theTimelinessChartDrawsTheSummaryMartsCounts() throws IOException {
        List<String> drawn = csv("charts/p51-timeliness.csv").stream()
                .map(r -> r.get("year") + " " + r.get("status") + " " + r.get("deadlines")).toList();
        // A status with no deadline that year is a true zero (the year has deadlines), not N/A.
        assertEquals(List.of("2019 on_time 1", "2019 late 0", "2019 missing 1", "2019 unknown 0"), drawn);
        assertNotNull(page("provinces/51-quang-ngai.html").getElementById("p51-timeliness"));
    }

    @Test
    void documentPagesReadASliceAtATimeAreTheSameAsFromOneSlice() throws Exception {
        // One document per slice: three slices, and the timeliness row naming a plan and the report answering it
        // (two documents, two slices) must reach both pages.
        Path sliced = warehouse.resolve("site-sliced");
        SiteBuilder.Result r = new SiteBuilder(2, 1, SiteBuilder.DOCUMENTS_LISTED, line -> { })
                .build(warehouse, sliced);
        assertEquals(built.pages(), r.pages());
        for (String doc : List.of(TestWarehouse.SCRIPT_DOC, TestWarehouse.FORMULA_DOC, TestWarehouse.SYNTHETIC_DOC)) {
            String path = "documents/" + doc + ".html";
            assertEquals(page(path).selectFirst("main").outerHtml(),
                    Jsoup.parse(sliced.resolve(path).toFile(), "UTF-8").selectFirst("main").outerHtml(), path);
        }
        for (String doc : List.of(TestWarehouse.SCRIPT_DOC, TestWarehouse.FORMULA_DOC)) {
            Document d = Jsoup.parse(sliced.resolve("documents/" + doc + ".html").toFile(), "UTF-8");
            assertTrue(d.select("h2").eachText().contains("timeliness (" + (doc.equals(TestWarehouse.SCRIPT_DOC)
                    ? 2 : 1) + ")"), doc + ": " + d.select("h2").eachText());
        }
    }

    @Test
    void factDigestsReadForAGroupOfSlicesAreTheSameAsSliceBySlice() throws Exception {
        try (vn.provinceplans.dashboards.Catalog catalog = vn.provinceplans.dashboards.Catalog.open(warehouse)) {
            DocumentSlices oneByOne = new DocumentSlices(catalog, 1, 1);
            DocumentSlices grouped = new DocumentSlices(catalog, 1, 2);
            assertEquals(3, grouped.slices());
            int documents = 0;
            String script = null;
            for (int i = 0; i < grouped.slices(); i++) {
                DocumentSlices.Slice a = oneByOne.slice(i);
                DocumentSlices.Slice b = grouped.slice(i);
                assertEquals(a.factDigests(), b.factDigests(), "slice " + i);
                documents += b.documents().rows().size();
                script = b.factDigests().getOrDefault(TestWarehouse.SCRIPT_DOC, script);
            }
            assertEquals(3, documents);
            assertTrue(script != null && script.contains("citations=") && script.contains("timeliness="), script);
        }
    }

    @Test
    void aDocumentPageDoesNotDependOnTheOrderOfRowsInTheFiles() throws Exception {
        // The same warehouse with every timeliness row written in reverse order (a Spark run may write any order).
        Path reversed = TestWarehouse.create(warehouse.resolve("reversed"), "20250101T000000.000Z");
        TestWarehouse.rewrite(reversed, "20250101T000000.000Z", "timeliness",
                "SELECT * EXCLUDE (n) FROM (SELECT *, row_number() OVER () AS n FROM t) ORDER BY n DESC");
        Path other = reversed.resolve("site");
        new SiteBuilder(2, line -> { }).build(reversed, other);
        String path = "documents/" + TestWarehouse.SCRIPT_DOC + ".html";
        Document page = Jsoup.parse(other.resolve(path).toFile(), "UTF-8");
        assertTrue(page.select("h2").eachText().contains("timeliness (2)"), page.select("h2").eachText().toString());
        assertEquals(page(path).selectFirst("main").outerHtml(), page.selectFirst("main").outerHtml());
    }

    @Test
    void aNewBuildLinksTheDocumentPagesThatDidNotChangeAndDrawsTheOthersAsAFullBuildWould() throws Exception {
        Path changing = TestWarehouse.create(warehouse.resolve("changing"), "20250101T000000.000Z");
        Path out = changing.resolve("site");
        new SiteBuilder(2, line -> { }).build(changing, out);
        Path first = out.toRealPath();
        List<String> progress = new ArrayList<>();
        new SiteBuilder(2, progress::add).build(changing, out);
        Path second = out.toRealPath();
        assertNotEquals(first, second);
        List<String> docs = List.of(TestWarehouse.SCRIPT_DOC, TestWarehouse.FORMULA_DOC, TestWarehouse.SYNTHETIC_DOC);
        for (String doc : docs) {
            String path = "documents/" + doc + ".html";
            assertTrue(Files.isSameFile(first.resolve(path), second.resolve(path)), "linked: " + path);
        }
        assertTrue(progress.stream().anyMatch(l -> l.contains("(3 unchanged since the previous build")),
                progress.toString());

        // One citation of one document changes: that page alone is drawn again.
        TestWarehouse.rewrite(changing, "20250101T000000.000Z", "citations",
                "SELECT * REPLACE ('Kết luận 120, đã sửa' AS context) FROM t");
        new SiteBuilder(2, line -> { }).build(changing, out);
        Path third = out.toRealPath();
        String changed = "documents/" + TestWarehouse.SCRIPT_DOC + ".html";
        assertFalse(Files.isSameFile(second.resolve(changed), third.resolve(changed)));
        assertTrue(Jsoup.parse(third.resolve(changed).toFile(), "UTF-8").text().contains("Kết luận 120, đã sửa"));
        for (String doc : List.of(TestWarehouse.FORMULA_DOC, TestWarehouse.SYNTHETIC_DOC)) {
            String path = "documents/" + doc + ".html";
            assertTrue(Files.isSameFile(second.resolve(path), third.resolve(path)), "linked: " + path);
        }

        // Every document page is what a build with no previous one draws, byte for byte.
        Path fresh = changing.resolve("site-fresh");
        new SiteBuilder(2, line -> { }).build(changing, fresh);
        for (String doc : docs) {
            String path = "documents/" + doc + ".html";
            assertEquals(Files.readString(fresh.resolve(path)), Files.readString(third.resolve(path)), path);
        }
    }

    @Test
    void aDocumentTitleIsShownAsTextNeverAsMarkup() throws IOException {
        Path file = site.resolve("documents/" + TestWarehouse.SCRIPT_DOC + ".html");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped title in the page");
        assertFalse(html.contains("<script>alert"), "no script from a document");
        assertFalse(html.contains("<img src=x"), "no markup from a citation's context");
        Document doc = Jsoup.parse(html);
        assertEquals(2, doc.select("script").size(), "only the site's own scripts");
        assertTrue(doc.select("[onerror]").isEmpty());
        assertEquals(TestWarehouse.SCRIPT_TITLE, doc.selectFirst("p.lead").text());
        assertTrue(doc.text().contains("<img src=x onerror=alert(3)>"), "the citation's context, as text");
        Document province = page("provinces/51-quang-ngai.html");
        assertEquals(2, province.select("script").size(), "only the site's own scripts");
        assertTrue(province.select("#van-ban ~ div.table-wrap table a").eachText().contains(TestWarehouse.SCRIPT_TITLE));
    }

    @Test
    void csvDownloadsGuardFormulasAndKeepNumbersAndNa() throws IOException {
        List<CSVRecord> docs = csv("tables/documents-p51.csv");
        CSVRecord formula = docs.stream().filter(r -> r.get("doc_id").equals(TestWarehouse.FORMULA_DOC)).findFirst()
                .orElseThrow();
        assertEquals("'" + TestWarehouse.FORMULA_TITLE, formula.get("title"));
        assertEquals("'=1+1", formula.get("doc_number"));
        assertEquals("'@UBND", formula.get("issuer"));
        assertEquals("2019-12-01", formula.get("issue_date"));

        List<CSVRecord> ranking = csv("charts/ranking-papi_total-2019.csv");
        assertEquals(5, ranking.size(), "every province, with or without a score");
        CSVRecord konTum = ranking.get(ranking.size() - 1);
        assertEquals("Kon Tum", konTum.get("province"));
        assertEquals("", konTum.get("score"), "N/A is an empty cell, never 0");
        assertEquals("Bắc Ninh", ranking.get(0).get("province"));
        assertEquals(45.0, Double.parseDouble(ranking.get(0).get("score")), 1e-9);
    }

    @Test
    void seriesBreaksAndMissingYearsAreInTheTrendData() throws IOException {
        List<CSVRecord> hanoi = csv("charts/p01-papi_total.csv");
        assertEquals(List.of("PAPI-6D-2011", "PAPI-6D-2011", "PAPI-8D-2018", "PAPI-8D-2018"),
                hanoi.stream().map(r -> r.get("comparable_series")).toList());
        List<CSVRecord> konTum = csv("charts/p62-papi_total.csv");
        assertEquals("", konTum.get(3).get("score"), "Kon Tum 2019 is N/A");
        List<CSVRecord> unit = csv("charts/u51-papi_core6.csv");
        assertEquals(List.of("score_mean", "score_min", "score_max"), unit.get(0).getParser().getHeaderNames()
                .subList(3, 6));
    }

    @Test
    void pagesWithSyntheticDataCarryABannerAndOthersDoNot() throws IOException {
        assertNotNull(page("provinces/24-bac-giang.html").selectFirst("div.banner"));
        assertNotNull(page("index.html").selectFirst("div.banner"));
        assertNotNull(page("documents/" + TestWarehouse.SYNTHETIC_DOC + ".html").selectFirst("div.banner"));
        assertEquals(null, page("provinces/01-ha-noi.html").selectFirst("div.banner"));
        assertEquals(null, page("documents/" + TestWarehouse.SCRIPT_DOC + ".html").selectFirst("div.banner"));
        assertTrue(built.synthetic());
    }

    @Test
    void onlyWebAddressesBecomeLinksInTheSources() throws IOException {
        Document qn = page("provinces/51-quang-ngai.html");
        assertTrue(qn.select("a[href^=javascript]").isEmpty());
        assertTrue(qn.select("ol.sources").text().contains("javascript:alert(2)"), "shown as text");
        assertFalse(page("provinces/01-ha-noi.html").select("ol.sources a[href=https://papi.org.vn/eng/]")
                .isEmpty());
    }

    @Test
    void searchAndNavigationReachEveryUnit() throws IOException {
        Document overview = page("index.html");
        assertEquals(List.of("../assets/units.js", "../assets/site.js"),
                page("documents/" + TestWarehouse.SCRIPT_DOC + ".html").select("script").eachAttr("src"));
        List<String> units = Files.readAllLines(site.resolve("assets/units.js"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("  [")).toList();
        assertEquals(8, units.size());
        assertTrue(units.contains("  [\"Qu\\u1ea3ng Ng\\u00e3i (\\u0111\\u1ebfn 30/6/2025)\", "
                + "\"provinces/51-quang-ngai.html\"],"),
                units.toString());
        assertEquals(5, overview.select("#tinh + ul a").size());
        assertEquals(3, overview.select("#don-vi + ul a").size());
        Document unit = page("units/51-quang-ngai.html");
        assertEquals(List.of("../provinces/51-quang-ngai.html", "../provinces/62-kon-tum.html"),
                unit.selectFirst("p.lead").select("a").eachAttr("href"));
        assertEquals("../units/24-bac-ninh.html", page("provinces/24-bac-giang.html").selectFirst("p.lead a")
                .attr("href"));
    }

    @Test
    void aFailedBuildKeepsThePreviousSiteAndTheNextReplacesIt() throws Exception {
        Path out = warehouse.resolve("site-swap");
        new SiteBuilder(1, line -> { }).build(warehouse, out);
        Path first = out.toRealPath();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new SiteBuilder(1, line -> {
            if (line.startsWith("drawing")) {
                throw new IllegalStateException("disk full");
            }
        }).build(warehouse, out));
        assertEquals("disk full", failure.getMessage());
        assertEquals(first, out.toRealPath(), "the link still points at the last good site");
        try (Stream<Path> builds = Files.list(warehouse.resolve("site-swap.builds"))) {
            assertEquals(1, builds.filter(Files::isDirectory).count(), "the failed build is removed");
        }
        new SiteBuilder(1, line -> { }).build(warehouse, out);
        new SiteBuilder(1, line -> { }).build(warehouse, out);
        assertNotEquals(first, out.toRealPath());
        assertFalse(Files.exists(first), "builds older than the previous one are removed");
        try (Stream<Path> builds = Files.list(warehouse.resolve("site-swap.builds"))) {
            assertEquals(2, builds.filter(Files::isDirectory).count(), "the current and the previous build");
        }
        Path folder = Files.createDirectories(warehouse.resolve("not-a-site"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        assertThrows(IOException.class, () -> new SiteBuilder(1, line -> { }).build(warehouse, folder));
        assertTrue(Files.exists(folder.resolve("keep.txt")), "a folder that is not a site is never replaced");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve(path), StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read(), "byte-order mark for Excel");
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static long count(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir.toRealPath())) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }
}
