package vn.provinceplans.dashboards.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.TableSpec;

/**
 * Builds the static dashboard site from the published warehouse: a national overview, one ranking page per index
 * and year, one page per province (63, before the 2025 reform) and per current unit (34, as roll-ups), one page per
 * document with its facts. The named queries run once; the charts are then drawn in parallel, each as SVG, PNG and
 * the CSV of what it draws; the site replaces the previous one atomically ({@link SiteFolder}).
 */
public final class SiteBuilder {

    /** What a build produced, and how long it took. */
    public record Result(Path site, Path build, String snapshot, int pages, int charts, int documents, long millis,
            boolean synthetic) {
    }

    /** The day the 34 current units replaced the 63 provinces. */
    private static final java.time.LocalDate REFORM = java.time.LocalDate.of(2025, 7, 1);
    private static final DateTimeFormatter BUILD_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> INPUT_NAMES = Map.of("documents", "văn bản",
            "submissions", "sổ theo dõi báo cáo", "model_registry", "sổ mô hình Dân vận khéo",
            "index_scores", "điểm chỉ số");
    private static final Map<String, String> DOC_TYPES = Map.of("KH", "Kế hoạch", "CT", "Chỉ thị", "QD", "Quyết định",
            "BC", "Báo cáo", "NQ", "Nghị quyết", "CV", "Công văn", "TB", "Thông báo", "HD", "Hướng dẫn",
            "other", "Văn bản khác");

    /** How many of a page's documents its table lists, newest first; the CSV download always has all of them. */
    static final int DOCUMENTS_LISTED = 1000;

    private final int threads;
    private final int documentsPerSlice;
    private final int documentsListed;
    private final Consumer<String> progress;

    /**
     * @param threads  how many charts are drawn at once
     * @param progress receives one line per step
     */
    public SiteBuilder(int threads, Consumer<String> progress) {
        this(threads, DocumentSlices.DOCUMENTS_PER_SLICE, DOCUMENTS_LISTED, progress);
    }

    SiteBuilder(int threads, int documentsPerSlice, int documentsListed, Consumer<String> progress) {
        this.threads = Math.max(1, threads);
        this.documentsPerSlice = documentsPerSlice;
        this.documentsListed = documentsListed;
        this.progress = progress;
    }

    /** Builds the site of the warehouse's published snapshot into {@code out} (a link switched atomically). */
    public Result build(Path warehouse, Path out) throws IOException, SQLException, InterruptedException {
        long started = System.nanoTime();
        Instant now = Instant.now();
        // The catalog stays open for the whole build: the document pages read their rows a slice at a time.
        try (Catalog catalog = Catalog.open(warehouse)) {
            SiteData data = SiteData.load(catalog);
            DocumentSlices documents = new DocumentSlices(catalog, documentsPerSlice);
            progress.accept(String.format(Locale.ROOT, "read the warehouse in %.1f s (%d named queries, %d documents "
                    + "in %d slices)", (System.nanoTime() - started) / 1e9, NamedQueries.NAMES.size(),
                    documents.documents(), documents.slices()));
            try (SiteFolder folder = SiteFolder.open(out)) {
                Path previous = folder.current();
                Path build = folder.newBuild(BUILD_ID.format(now));
                try {
                    Counts counts = new Writer(data, documents, build, previous, SHOWN.format(now)).write();
                    long published = System.nanoTime();
                    folder.publish(build);
                    progress.accept(String.format(Locale.ROOT, "published %s in %.1f s (old builds removed)",
                            folder.link(), (System.nanoTime() - published) / 1e9));
                    return new Result(folder.link(), build, data.snapshot, counts.pages, counts.charts,
                            (int) documents.documents(), (System.nanoTime() - started) / 1_000_000,
                            counts.synthetic);
                } catch (IOException | SQLException | RuntimeException | InterruptedException e) {
                    folder.abandon(build);
                    throw e;
                }
            }
        }
    }

    private record Counts(int pages, int charts, boolean synthetic) {
    }

    /**
     * One build: writes each page as soon as it is drawn and collects its charts, then draws the charts in parallel,
     * then writes the document pages a slice at a time.
     */
    private final class Writer {

        private final SiteData data;
        private final DocumentSlices documents;
        private final Path root;
        private final Page.Context ctx;
        /** The context of document pages: what it shows does not change from one build to the next. */
        private final Page.Context documentCtx;
        private final DocumentPages documentPages;
        private final List<ChartSpec> charts = new ArrayList<>();
        private final Set<String> chartIds = new java.util.HashSet<>();
        private final Map<String, Map<Integer, List<Table.Row>>> ranking = new LinkedHashMap<>();
        private final Map<String, ChartSpec> rankings = new LinkedHashMap<>();
        private final Map<String, List<Table.Row>> trendByProvince;
        private final Map<String, List<Table.Row>> trendByUnit;
        private final Map<String, List<Integer>> indexYears = new LinkedHashMap<>();
        private boolean anySynthetic;
        private boolean syntheticDocuments;
        private int pagesWritten;
        private long readingNanos;

        Writer(SiteData data, DocumentSlices documents, Path root, Path previous, String builtAt) throws IOException {
            this.data = data;
            this.documents = documents;
            this.root = root;
            List<String> synthetic = new ArrayList<>();
            List<String> syntheticInputs = new ArrayList<>();
            for (Table.Row r : data.query("input_flags").rows()) {
                if (r.count("synthetic_rows") > 0) {
                    syntheticDocuments |= r.str("input").equals("documents");
                    String name = INPUT_NAMES.getOrDefault(r.str("input"), r.str("input"));
                    syntheticInputs.add(name);
                    synthetic.add(name + " (" + number(r.count("synthetic_rows")) + " dòng tổng hợp)");
                }
            }
            this.ctx = new Page.Context(!synthetic.isEmpty(), synthetic, data.snapshot, builtAt);
            // No snapshot, build time or row counts: those would make every document page differ at every build.
            this.documentCtx = new Page.Context(!syntheticInputs.isEmpty(), syntheticInputs, null, null);
            this.documentPages = DocumentPages.open(root, previous, String.join("\n", syntheticInputs) + "\n"
                    + vn.provinceplans.schema.Contract.get().table("documents") + "\n" + DocumentSlices.factTables());
            for (Table.Row r : data.query("index_ranking").rows()) {
                ranking.computeIfAbsent(r.str("measure"), k -> new TreeMap<>())
                        .computeIfAbsent(r.integer("year"), k -> new ArrayList<>()).add(r);
            }
            ranking.forEach((m, years) -> indexYears.put(m, new ArrayList<>(years.keySet())));
            trendByProvince = data.query("index_trend").groupBy(r -> r.str("province_code"));
            trendByUnit = data.query("unit_index_trend").groupBy(r -> r.str("successor_code"));
        }

        /**
         * Whether enough provinces have a score that year for a national median and a best province to mean
         * something: with 2 of 63 provinces published, "the best province" is only the better of two.
         */
        private boolean nationalYear(Measure m, int year) {
            List<Table.Row> rows = ranking.getOrDefault(m.key, Map.of()).get(year);
            return rows != null && !rows.isEmpty()
                    && rows.get(0).count("provinces_with_score") >= IndexCharts.MIN_FOR_QUARTILES;
        }

        /** The former province a document belongs to ("51"), or "" for a document of a current unit. */
        private String formerKey(Table.Row r) {
            return formerEra(r.date("province_valid_from")) ? Objects.toString(r.str("province_code"), "") : "";
        }

        /** A unit valid from before the 2025 reform is one of the 63 former provinces. */
        private boolean formerEra(java.time.LocalDate validFrom) {
            return validFrom != null && validFrom.isBefore(REFORM);
        }

        Counts write() throws IOException, SQLException, InterruptedException {
            for (String dir : List.of("charts", "tables", "assets", "rankings", "provinces", "units", "documents")) {
                Files.createDirectories(root.resolve(dir));
            }
            copyAsset("site.css");
            copyAsset("site.js");
            Files.writeString(root.resolve("assets/units.js"), unitsScript(data.units()),
                    java.nio.charset.StandardCharsets.UTF_8);
            overview();
            rankingPages();
            for (int i = 0; i < data.former.size(); i++) {
                provincePage(data.former, i);
            }
            for (int i = 0; i < data.current.size(); i++) {
                unitPage(data.current, i);
            }
            long t0 = System.nanoTime();
            progress.accept("drawing " + charts.size() + " charts on " + threads + " threads (" + pagesWritten
                    + " pages written)");
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "site-writer");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> work = new ArrayList<>();
                // Biggest first, so no thread is left with a tall ranking chart at the end.
                List<ChartSpec> ordered = new ArrayList<>(charts);
                ordered.sort(Comparator.comparingInt((ChartSpec c) -> c.width() * c.height()).reversed());
                for (ChartSpec c : ordered) {
                    work.add(pool.submit(() -> {
                        ChartWriter.write(c, root);
                        return null;
                    }));
                }
                await(work);
                progress.accept(String.format(Locale.ROOT, "drew them in %.1f s",
                        (System.nanoTime() - t0) / 1e9));
                long t1 = System.nanoTime();
                int pages = documentPages(pool);
                progress.accept(String.format(Locale.ROOT, "wrote %d document pages in %.1f s, %.1f s of it waiting "
                        + "for their rows (%d unchanged since the previous build, linked to it)", pages,
                        (System.nanoTime() - t1) / 1e9, readingNanos / 1e9, documentPages.linked()));
                return new Counts(pagesWritten + pages, charts.size(), anySynthetic);
            } finally {
                pool.shutdownNow();
            }
        }

        private static void await(List<Future<?>> work) throws IOException, SQLException, InterruptedException {
            for (Future<?> f : work) {
                get(f);
            }
        }

        private static <T> T get(Future<T> f) throws IOException, SQLException, InterruptedException {
            try {
                return f.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof SQLException sql) {
                    throw sql;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }

        private void copyAsset(String name) throws IOException {
            try (InputStream in = SiteBuilder.class.getResourceAsStream("/site/" + name)) {
                Files.write(root.resolve("assets").resolve(name), Objects.requireNonNull(in, name).readAllBytes());
            }
        }

        private Page page(String path, String title, boolean synthetic) {
            anySynthetic |= synthetic;
            return new Page(path, title, ctx, synthetic);
        }

        private ChartSpec add(ChartSpec c) {
            if (!chartIds.add(c.id())) {
                throw new IllegalStateException("two charts named " + c.id());
            }
            charts.add(c);
            return c;
        }

        // ------------------------------------------------------------ overview

        private void overview() {
            List<ChartSpec> shown = new ArrayList<>();
            Map<Measure, ChartSpec> latest = new LinkedHashMap<>();
            Map<Measure, Integer> headline = new LinkedHashMap<>();
            for (Measure m : Measure.values()) {
                Map<Integer, List<Table.Row>> years = ranking.get(m.key);
                if (years == null || years.isEmpty()) {
                    continue;
                }
                headline.put(m, headlineYear(years));
                latest.put(m, rankingChart(m, headline.get(m)));
            }
            List<ChartSpec> heat = new ArrayList<>();
            for (Measure m : Measure.values()) {
                // One heat map per index: PAPI's composite changes scale in 2018, so PAPI is shown by its core six.
                if (m == Measure.PAPI_TOTAL || !ranking.containsKey(m.key)) {
                    continue;
                }
                List<Table.Row> rows = ranking.get(m.key).values().stream().flatMap(List::stream).toList();
                heat.add(add(IndexCharts.heatMap(m, rows, "heatmap-" + m.key, indexSource(m, rows, false),
                        any(rows))));
            }
            List<Table.Row> tl = data.query("timeliness_trend").rows();
            ChartSpec timeliness = tl.isEmpty() ? null : add(ActivityCharts.timeliness(
                    "Hạn nộp và mức đúng hạn — toàn quốc", ActivityCharts.timelinessCounts(tl), "national-timeliness",
                    activitySource("timeliness", tl), any(tl)));
            List<Table.Row> md = data.query("model_counts_trend").rows();
            ChartSpec models = md.isEmpty() ? null : add(ActivityCharts.models(
                    "Mô hình “Dân vận khéo” — toàn quốc", ActivityCharts.modelCounts(md, false),
                    ActivityCharts.modelSources(md), "national-models", activitySource("models", md), any(md)));
            List<Table.Row> lk = data.query("index_linkage_trend").rows();
            ChartSpec linkage = lk.isEmpty() ? null : add(ActivityCharts.linkage(
                    "Văn bản của tỉnh có nêu chỉ số", lk, "national-linkage", activitySource("linkage", lk), any(lk)));
            shown.addAll(latest.values());
            shown.addAll(heat);
            for (ChartSpec c : new ChartSpec[] {timeliness, models, linkage}) {
                if (c != null) {
                    shown.add(c);
                }
            }
            boolean synthetic = shown.stream().anyMatch(ChartSpec::synthetic) || syntheticDocuments;
            Page p = page("index.html", "Tổng quan toàn quốc", synthetic);
            Element main = p.main();
            main.appendElement("h1").text("Tổng quan toàn quốc");
            long docs = documents.documents();
            long withDocs = data.query("province_activity").rows().stream()
                    .filter(r -> formerEra(r.date("province_valid_from"))).map(r -> r.str("province_code")).distinct()
                    .count();
            main.appendElement("p").addClass("lead").text("Kế hoạch, chỉ thị, báo cáo về thực hiện quy chế dân chủ ở "
                    + "cơ sở và công tác dân vận chính quyền của các tỉnh, cùng các chỉ số PAPI, PCI, SIPAS, "
                    + "PAR INDEX. " + number(docs) + " văn bản của " + withDocs + "/63 tỉnh; thiếu số liệu ghi N/A, "
                    + "không bao giờ là 0.");

            main.appendElement("h2").attr("id", "xep-hang").text("Xếp hạng theo chỉ số");
            for (Map.Entry<Measure, ChartSpec> e : latest.entrySet()) {
                Measure m = e.getKey();
                main.appendElement("h3").text(m.label);
                main.appendElement("p").addClass("lead").text(m.description);
                yearPager(main, p, m, headline.get(m));
                p.figure(main, e.getValue(), "index_ranking");
            }
            main.appendElement("h2").attr("id", "ban-do-nhiet").text("Tỉnh × năm");
            for (ChartSpec c : heat) {
                p.figure(main, c, "index_ranking");
            }
            main.appendElement("h2").attr("id", "hoat-dong").text("Liên kết chỉ số, đúng hạn và mô hình");
            if (linkage != null) {
                p.figure(main, linkage, "index_linkage_trend");
            } else {
                na(main, "Liên kết văn bản với chỉ số: N/A — kho chưa có số liệu.");
            }
            linkageSummary(main, p);
            if (timeliness != null) {
                p.figure(main, timeliness, "timeliness_trend");
            } else {
                na(main, "Đúng hạn: N/A — kho chưa có hạn nộp nào.");
            }
            if (models != null) {
                p.figure(main, models, "model_counts_trend");
            } else {
                na(main, "Mô hình Dân vận khéo: N/A — kho chưa có số liệu.");
            }
            main.appendElement("h2").attr("id", "tinh").text("63 tỉnh, thành phố (đến 30/6/2025)");
            unitList(main, p, data.former);
            main.appendElement("h2").attr("id", "don-vi").text("34 đơn vị cấp tỉnh (từ 1/7/2025)");
            unitList(main, p, data.current);
            sources(main, p, r -> true);
            writeNow(p);
        }

        private void linkageSummary(Element main, Page p) {
            List<Table.Row> rows = data.query("index_linkage_summary").rows();
            if (rows.isEmpty()) {
                return;
            }
            main.appendElement("h3").text("Tỉnh có nêu chỉ số trong văn bản có tăng điểm năm sau hơn không?");
            Element t = p.table(main, "Chỉ số", "Văn bản năm đó nêu chỉ số",
                    "Số quan sát (tỉnh × năm)", "Thay đổi điểm năm sau (trung bình)");
            for (Table.Row r : rows) {
                Page.row(t, r.str("index_name").replace('_', ' '), r.flag("linked") ? "có" : "không",
                        number(r.count("observations")), score(r.dbl("mean_next_year_change")));
            }
        }

        private void unitList(Element main, Page p, List<Unit> units) {
            Element ul = main.appendElement("ul").addClass("units");
            for (Unit u : units) {
                ul.appendElement("li").appendElement("a").attr("href", p.root() + u.href()).text(u.name());
            }
        }

        // ------------------------------------------------------------ rankings

        /** The ranking chart of a measure and year, drawn once though the overview and its own page show it. */
        private ChartSpec rankingChart(Measure m, int year) {
            return rankings.computeIfAbsent(m.key + "-" + year, id -> {
                List<Table.Row> rows = ranking.get(m.key).get(year);
                return add(IndexCharts.ranking(m, year, rows, "ranking-" + id, indexSource(m, rows, false),
                        any(rows)));
            });
        }

        private void rankingPages() {
            for (Measure m : Measure.values()) {
                Map<Integer, List<Table.Row>> years = ranking.get(m.key);
                if (years == null) {
                    continue;
                }
                for (int year : years.keySet()) {
                    ChartSpec c = rankingChart(m, year);
                    Page p = page("rankings/" + m.key + "-" + year + ".html", m.label + " — " + year, c.synthetic());
                    Element main = p.main();
                    main.appendElement("p").addClass("crumbs").appendElement("a")
                            .attr("href", p.root() + "index.html#xep-hang").text("← Tổng quan");
                    main.appendElement("h1").text(m.label + " — xếp hạng năm " + year);
                    main.appendElement("p").addClass("lead").text(m.description);
                    yearPager(main, p, m, year);
                    p.figure(main, c, "index_ranking");
                    List<String> missing = years.get(year).stream().filter(r -> r.dbl("score") == null)
                            .map(r -> r.str("province")).toList();
                    if (!missing.isEmpty()) {
                        na(main, "N/A (không có điểm năm " + year + "): " + String.join(", ", missing) + ".");
                    }
                    sources(main, p, r -> r.str("measure").equals(m.key) && r.integer("year") == year);
                    writeNow(p);
                }
            }
        }

        /**
         * The year the overview shows: the latest with a national ranking (at least 50 provinces with a score), else
         * the latest of those with the most scores; the other years are one click away.
         */
        private int headlineYear(Map<Integer, List<Table.Row>> years) {
            int best = -1;
            long bestCount = -1;
            for (Map.Entry<Integer, List<Table.Row>> e : years.entrySet()) {
                long n = Math.min(e.getValue().get(0).count("provinces_with_score"), IndexCharts.MIN_FOR_QUARTILES);
                if (n >= bestCount) {
                    best = e.getKey();
                    bestCount = n;
                }
            }
            return best;
        }

        /** Links to every year of the measure, the one shown in bold. */
        private void yearPager(Element main, Page p, Measure m, int currentYear) {
            Element nav = main.appendElement("nav").addClass("pager").attr("aria-label", "Năm");
            nav.appendText("Năm: ");
            for (int y : ranking.get(m.key).keySet()) {
                Element where = y == currentYear ? nav.appendElement("strong") : nav;
                where.appendElement("a").attr("href", p.root() + "rankings/" + m.key + "-" + y + ".html")
                        .text(Integer.toString(y));
                nav.appendText(" ");
            }
        }

        // ------------------------------------------------------------ provinces and units

        private void provincePage(List<Unit> units, int i) {
            Unit u = units.get(i);
            List<ChartSpec> indexCharts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            Map<String, List<Table.Row>> byMeasure = new LinkedHashMap<>();
            for (Table.Row r : trendByProvince.getOrDefault(u.code(), List.of())) {
                byMeasure.computeIfAbsent(r.str("measure"), k -> new ArrayList<>()).add(r);
            }
            for (Measure m : Measure.values()) {
                List<Table.Row> rows = byMeasure.getOrDefault(m.key, List.of());
                if (rows.stream().noneMatch(r -> r.dbl("score") != null)) {
                    missing.add(m.label);
                    continue;
                }
                List<IndexCharts.Point> points = new ArrayList<>();
                for (Table.Row r : rows) {
                    boolean national = nationalYear(m, r.integer("year"));
                    points.add(new IndexCharts.Point(r.integer("year"), r.str("comparable_series"), r.dbl("score"),
                            null, null, national ? r.dbl("national_median") : null,
                            national ? r.dbl("best_score") : null, national ? r.str("best_province") : null));
                }
                indexCharts.add(add(IndexCharts.trend(m, u.name(), false, points,
                        indexYears.getOrDefault(m.key, List.of()), u.chartPrefix() + "-" + m.key,
                        indexSource(m, rows, false), any(rows))));
            }
            unitPage(units, i, indexCharts, missing, "index_trend",
                    r -> u.code().equals(r.str("province_code")) && formerEra(r.date("province_valid_from")),
                    data.unitDocuments(u).rows());
        }

        private void unitPage(List<Unit> units, int i) {
            Unit u = units.get(i);
            List<ChartSpec> indexCharts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            Map<String, List<Table.Row>> byMeasure = new LinkedHashMap<>();
            for (Table.Row r : trendByUnit.getOrDefault(u.code(), List.of())) {
                byMeasure.computeIfAbsent(r.str("measure"), k -> new ArrayList<>()).add(r);
            }
            for (Measure m : Measure.values()) {
                List<Table.Row> rows = byMeasure.getOrDefault(m.key, List.of());
                if (rows.stream().noneMatch(r -> r.dbl("score_mean") != null)) {
                    missing.add(m.label);
                    continue;
                }
                List<IndexCharts.Point> points = new ArrayList<>();
                for (Table.Row r : rows) {
                    boolean national = nationalYear(m, r.integer("year"));
                    points.add(new IndexCharts.Point(r.integer("year"), r.str("comparable_series"),
                            r.dbl("score_mean"), r.dbl("score_min"), r.dbl("score_max"),
                            national ? r.dbl("national_median") : null, national ? r.dbl("best_score") : null,
                            national ? r.str("best_province") : null));
                }
                indexCharts.add(add(IndexCharts.trend(m, u.name(), u.predecessors().size() > 1, points,
                        indexYears.getOrDefault(m.key, List.of()), u.chartPrefix() + "-" + m.key,
                        indexSource(m, rows, true), any(rows))));
            }
            unitPage(units, i, indexCharts, missing, "unit_index_trend",
                    r -> u.code().equals(r.str("successor_code")), data.unitDocuments(u).rows());
        }

        /** The page of a province or unit: index trends, timeliness, models, documents, sources. */
        private void unitPage(List<Unit> units, int i, List<ChartSpec> indexCharts, List<String> missing,
                String indexQuery, Predicate<Table.Row> mine, List<Table.Row> documents) {
            Unit u = units.get(i);
            String who = u.current() ? "đơn vị" : "tỉnh";
            List<Table.Row> tl = data.query("timeliness_trend").where(mine);
            ChartSpec timeliness = tl.isEmpty() ? null : add(ActivityCharts.timeliness("Hạn nộp và mức đúng hạn — "
                    + u.name(), ActivityCharts.timelinessCounts(tl), u.chartPrefix() + "-timeliness",
                    activitySource("timeliness", tl), any(tl)));
            List<Table.Row> md = data.query("model_counts_trend").where(mine);
            boolean oneProvince = md.stream().map(r -> r.str("province_code") + r.date("province_valid_from"))
                    .distinct().count() == 1;
            ChartSpec models = md.isEmpty() ? null : add(ActivityCharts.models("Mô hình “Dân vận khéo” — "
                    + u.name(), ActivityCharts.modelCounts(md, oneProvince), ActivityCharts.modelSources(md),
                    u.chartPrefix() + "-models", activitySource("models", md), any(md)));
            List<Table.Row> activity = data.query("province_activity").where(mine);
            boolean synthetic = indexCharts.stream().anyMatch(ChartSpec::synthetic)
                    || (timeliness != null && timeliness.synthetic()) || (models != null && models.synthetic())
                    || documents.stream().anyMatch(r -> r.flag("synthetic"))
                    || activity.stream().anyMatch(r -> r.flag("synthetic"));
            Page p = page(u.href(), u.name(), synthetic);
            Element main = p.main();
            Element crumbs = main.appendElement("nav").addClass("crumbs").attr("aria-label", "Điều hướng");
            crumbs.appendElement("a").attr("href", p.root() + "index.html").text("Tổng quan");
            crumbs.appendText(" › ");
            crumbs.appendElement("a").attr("href", p.root() + "index.html#" + (u.current() ? "don-vi" : "tinh"))
                    .text(u.current() ? "34 đơn vị (từ 7/2025)" : "63 tỉnh (đến 6/2025)");
            crumbs.appendText(" · ");
            Unit prev = units.get((i + units.size() - 1) % units.size());
            Unit next = units.get((i + 1) % units.size());
            crumbs.appendElement("a").attr("href", p.root() + prev.href()).attr("rel", "prev").text("← " + prev.name());
            crumbs.appendText(" · ");
            crumbs.appendElement("a").attr("href", p.root() + next.href()).attr("rel", "next").text(next.name() + " →");

            main.appendElement("h1").text(u.name());
            Element lead = main.appendElement("p").addClass("lead");
            lead.appendText(capitalise(u.kindLabel()) + " · mã " + u.code() + ". ");
            if (u.current()) {
                lead.appendText(u.predecessors().size() > 1 ? "Hợp nhất từ: " : "Trước 1/7/2025: ");
                for (int k = 0; k < u.predecessors().size(); k++) {
                    String name = u.predecessors().get(k);
                    Unit before = data.former.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
                    if (k > 0) {
                        lead.appendText(", ");
                    }
                    if (before == null) {
                        lead.appendText(name);
                    } else {
                        lead.appendElement("a").attr("href", p.root() + before.href()).text(name);
                    }
                }
                lead.appendText(". Điểm chỉ số trước 2025 là trung bình không trọng số của các tỉnh cũ có điểm "
                        + "(vùng tô: thấp nhất–cao nhất), để so sánh, không phải điểm chính thức của đơn vị.");
            } else {
                Unit after = data.current.stream().filter(c -> c.code().equals(u.successorCode())).findFirst()
                        .orElse(null);
                lead.appendText("Từ 1/7/2025 thuộc: ");
                if (after == null) {
                    lead.appendText(Objects.toString(u.successorName(), "N/A"));
                } else {
                    lead.appendElement("a").attr("href", p.root() + after.href()).text(after.name());
                }
                lead.appendText(".");
            }

            main.appendElement("h2").attr("id", "chi-so").text("Chỉ số qua các năm");
            main.appendElement("p").addClass("lead").text("Đường liền: " + who + "; gạch: trung vị toàn quốc; chấm: "
                    + "tỉnh cao nhất năm đó (tên trong CSV). Vạch đỏ: bắt đầu chuỗi số liệu mới, không so sánh qua "
                    + "vạch.");
            Element grid = main.appendElement("div").addClass("grid");
            for (ChartSpec c : indexCharts) {
                p.figure(grid, c, indexQuery);
            }
            for (String label : missing) {
                na(main, label + ": N/A — kho không có điểm của " + who + " này.");
            }
            main.appendElement("h2").attr("id", "dung-han").text("Đúng hạn và mô hình Dân vận khéo");
            Element grid2 = main.appendElement("div").addClass("grid");
            if (timeliness != null) {
                p.figure(grid2, timeliness, "timeliness_trend");
            } else {
                na(main, "Đúng hạn: N/A — không có hạn nộp nào của " + who + " này trong kho.");
            }
            if (models != null) {
                p.figure(grid2, models, "model_counts_trend");
            } else {
                na(main, "Mô hình Dân vận khéo: N/A — không có số liệu của " + who + " này trong kho.");
            }
            activityTable(main, p, activity, u.current());
            documentTable(main, p, u, documents, "tables/documents-" + u.chartPrefix() + ".csv");
            sources(main, p, r -> indexCharts.stream().anyMatch(c -> c.id().endsWith("-" + r.str("measure"))));
            writeNow(p);
        }

        /**
         * Writes a finished page at once and forgets it: a province page lists all its documents, so keeping the
         * pages until the end would hold every document in memory.
         */
        private void writeNow(Page p) {
            try {
                p.write(root.resolve(p.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pagesWritten++;
        }

        /** Per year: documents by type, the provincial plan, documents naming each index, deadlines set. */
        private void activityTable(Element main, Page p, List<Table.Row> rows, boolean current) {
            main.appendElement("h2").attr("id", "ke-hoach").text("Kế hoạch và văn bản theo năm");
            if (rows.isEmpty()) {
                na(main, "Kho chưa có văn bản nào của đơn vị này: mọi số đếm theo năm là N/A.");
                return;
            }
            List<String> headers = new ArrayList<>(List.of("Năm", "Văn bản", "Kế hoạch", "Chỉ thị", "Báo cáo",
                    "Kế hoạch cấp tỉnh (số, ngày)", "Nêu PAPI", "Nêu PCI", "Nêu SIPAS", "Nêu PAR INDEX",
                    "Hạn nộp đặt ra"));
            if (current) {
                headers.add(1, "Tỉnh");
            }
            Element t = p.table(main, headers.toArray(String[]::new));
            for (Table.Row r : rows) {
                String plan = r.flag("plan_issued") ? Objects.toString(r.str("plan_doc_number"), "(không số)") + ", "
                        + Objects.toString(r.date("plan_issue_date"), "ngày N/A") : "chưa có trong kho";
                List<Object> cells = new ArrayList<>(List.of(r.integer("year"), r.count("documents"), r.count("plans"),
                        r.count("directives"), r.count("reports"), plan, r.count("documents_naming_papi"),
                        r.count("documents_naming_pci"), r.count("documents_naming_sipas"),
                        r.count("documents_naming_par_index"), r.count("deadlines_set")));
                if (current) {
                    cells.add(1, r.str("province"));
                }
                Page.row(t, cells.toArray());
            }
            main.appendElement("p").addClass("lead").text("Chỉ những năm kho có văn bản; truy vấn: ./warehouse query "
                    + "--file dashboards/queries/province_activity.sql");
        }

        private void documentTable(Element main, Page p, Unit unit, List<Table.Row> documents, String csvPath) {
            main.appendElement("h2").attr("id", "van-ban").text("Văn bản (" + documents.size() + ")");
            if (documents.isEmpty()) {
                na(main, "Kho chưa có văn bản nào của đơn vị này.");
                return;
            }
            List<String> columns = List.of("doc_id", "issue_date", "doc_number", "doc_type", "issuer",
                    "issuer_level", "district", "province", "title", "signer", "period_start", "period_end",
                    "source_path", "synthetic");
            try (java.io.Writer out = Files.newBufferedWriter(root.resolve(csvPath),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                CsvDownload.write(out, columns, documents.stream().map(r -> r.values(columns)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Element download = main.appendElement("p").addClass("lead");
            download.appendText("Tải danh sách: ");
            download.appendElement("a").attr("href", p.root() + csvPath).attr("download", "").text("CSV");
            download.appendText(" (truy vấn: ./warehouse query --file dashboards/queries/unit_documents.sql --param "
                    + unit.code() + " --param " + (unit.current() ? "current" : "former") + ")");
            if (documents.size() > documentsListed) {
                main.appendElement("p").addClass("na").text("Bảng dưới đây liệt kê " + number(documentsListed)
                        + " văn bản mới nhất trong số " + number(documents.size()) + "; tệp CSV có đủ cả "
                        + number(documents.size()) + ".");
            }
            Element t = p.table(main, "Ngày ban hành", "Số hiệu", "Loại", "Trích yếu", "Cơ quan ban hành", "Dữ liệu");
            for (Table.Row r : documents.subList(0, Math.min(documents.size(), documentsListed))) {
                Element link = new Element("a").attr("href", p.root() + "documents/" + r.str("doc_id") + ".html")
                        .text(r.str("title") == null ? "(không có trích yếu)" : r.str("title"));
                Page.row(t, r.date("issue_date"), r.str("doc_number"), DOC_TYPES.getOrDefault(r.str("doc_type"),
                        r.str("doc_type")), link, r.str("issuer"), r.flag("synthetic") ? "tổng hợp" : "thật");
            }
        }

        // ------------------------------------------------------------ documents

        /**
         * One page per document, a slice of documents at a time: a reader thread reads the slice's documents and the
         * digests of their facts, links the pages that did not change since the previous build and reads the fact
         * rows of the others, while the pool draws the slice before; memory holds two slices whatever the corpus.
         */
        private int documentPages(ExecutorService pool) throws IOException, SQLException, InterruptedException {
            int written = 0;
            ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "site-reader");
                t.setDaemon(true);
                return t;
            });
            try {
                Future<SliceToDraw> next = reader.submit(() -> read(0));
                for (int i = 0; i < documents.slices(); i++) {
                    long read = System.nanoTime();
                    SliceToDraw slice = get(next);
                    readingNanos += System.nanoTime() - read;
                    int following = i + 1;
                    if (following < documents.slices()) {
                        next = reader.submit(() -> read(following));
                    }
                    anySynthetic |= slice.synthetic();
                    written += slice.documents() - slice.views().size();
                    written += draw(pool, slice);
                }
            } finally {
                // A failed build is removed next: the reader must not be linking pages into it meanwhile.
                reader.shutdownNow();
                reader.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            }
            documentPages.save();
            return written;
        }

        /** A slice's pages that did not change, linked; what is needed to draw the others. */
        private record SliceToDraw(int documents, boolean synthetic, List<DocumentPages.View> views,
                                   Map<TableSpec, Table> facts) {
        }

        private SliceToDraw read(int i) throws SQLException, IOException {
            DocumentSlices.Slice slice = documents.slice(i);
            List<String> columns = slice.documents().columns();
            TableSpec spec = vn.provinceplans.schema.Contract.get().table("documents");
            List<String> descriptions = columns.stream()
                    .map(c -> spec.column(c).map(ColumnSpec::description).orElse("")).toList();
            List<DocumentPages.View> toDraw = new ArrayList<>();
            boolean synthetic = false;
            for (Table.Row d : slice.documents().rows()) {
                synthetic |= d.flag("synthetic");
                DocumentPages.View view = new DocumentPages.View(d, columns, descriptions,
                        slice.factDigests().getOrDefault(d.str("doc_id"), ""), unitsOf(d));
                if (!documentPages.link(view)) {
                    toDraw.add(view);
                }
            }
            int all = slice.documents().rows().size();
            Map<TableSpec, Table> facts = toDraw.isEmpty() ? Map.of() : documents.facts(i, toDraw.size() == all
                    ? null : toDraw.stream().map(DocumentPages.View::id).toList());
            return new SliceToDraw(all, synthetic, toDraw, facts);
        }

        /** Draws the pages of a slice that changed, on the pool. */
        private int draw(ExecutorService pool, SliceToDraw slice)
                throws IOException, SQLException, InterruptedException {
            // For each fact table: doc_id → its rows that name the document (in any document column).
            Map<TableSpec, Map<String, List<Table.Row>>> facts = new LinkedHashMap<>();
            Map<TableSpec, List<String>> factColumns = new LinkedHashMap<>();
            slice.facts().forEach((t, rows) -> {
                Map<String, List<Table.Row>> byDoc = new java.util.HashMap<>();
                List<String> idColumns = rows.columns().stream().filter(SiteData::documentColumn).toList();
                for (Table.Row r : rows.rows()) {
                    idColumns.stream().map(r::str).filter(Objects::nonNull).distinct()
                            .forEach(id -> byDoc.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
                }
                facts.put(t, byDoc);
                factColumns.put(t, rows.columns().stream().filter(c -> !c.equals("doc_id")).toList());
            });
            List<Future<?>> work = new ArrayList<>();
            for (DocumentPages.View v : slice.views()) {
                work.add(pool.submit(() -> {
                    List<DocumentPages.Facts> shown = new ArrayList<>();
                    facts.forEach((t, byDoc) -> shown.add(new DocumentPages.Facts(t.name(), t.description(),
                            factColumns.get(t), byDoc.getOrDefault(v.id(), List.of()))));
                    Page p = documentPage(v, shown);
                    p.write(root.resolve(p.path()));
                    return null;
                }));
            }
            await(work);
            return work.size();
        }

        /** A document's page, drawn from its view and the fact rows its digest covers (see {@link DocumentPages}). */
        private Page documentPage(DocumentPages.View v, List<DocumentPages.Facts> facts) {
            Table.Row d = v.document();
            String id = v.id();
            Page p = new Page(DocumentPages.path(id), Objects.toString(d.str("doc_number"), "Văn bản"),
                    documentCtx, d.flag("synthetic"));
            Element main = p.main();
            Element crumbs = main.appendElement("nav").addClass("crumbs");
            crumbs.appendElement("a").attr("href", p.root() + "index.html").text("Tổng quan");
            for (Unit u : v.units()) {
                crumbs.appendText(" › ");
                crumbs.appendElement("a").attr("href", p.root() + u.href() + "#van-ban").text(u.name()
                        + (u.current() ? " (từ 7/2025)" : ""));
            }
            String type = DOC_TYPES.getOrDefault(d.str("doc_type"), d.str("doc_type"));
            main.appendElement("h1").text(type + " " + Objects.toString(d.str("doc_number"), "(không số)"));
            if (d.str("title") != null) {
                main.appendElement("p").addClass("lead").text(d.str("title"));
            }
            main.appendElement("h2").text("Thông tin văn bản");
            Element dl = main.appendElement("dl").addClass("facts");
            for (int i = 0; i < v.columns().size(); i++) {
                String col = v.columns().get(i);
                dl.appendElement("dt").attr("title", v.descriptions().get(i)).text(col);
                dl.appendElement("dd").text(cellText(d.get(col)));
            }
            for (DocumentPages.Facts f : facts) {
                main.appendElement("h2").text(f.table() + " (" + f.rows().size() + ")");
                main.appendElement("p").addClass("lead").text(f.description());
                if (f.rows().isEmpty()) {
                    continue;
                }
                Element table = p.table(main, f.columns().toArray(String[]::new));
                for (Table.Row r : f.rows()) {
                    Object[] cells = f.columns().stream().map(c -> (Object) cellText(r.get(c))).toArray();
                    Page.row(table, cells);
                }
            }
            main.appendElement("p").addClass("lead").text("Cùng dữ liệu bằng SQL: ./warehouse query \"select * "
                    + "from documents where doc_id = '" + id + "'\"");
            return p;
        }

        private List<Unit> unitsOf(Table.Row d) {
            List<Unit> out = new ArrayList<>();
            String former = formerKey(d);
            data.former.stream().filter(u -> u.code().equals(former)).findFirst().ifPresent(out::add);
            data.current.stream().filter(u -> u.code().equals(d.str("successor_code"))).findFirst()
                    .ifPresent(out::add);
            return out;
        }

        // ------------------------------------------------------------ sources

        /** The citations (with their addresses) of the index scores the page shows. */
        private void sources(Element main, Page p, Predicate<Table.Row> shown) {
            main.appendElement("h2").attr("id", "nguon").text("Nguồn");
            Map<String, Set<Integer>> years = new LinkedHashMap<>();
            Map<String, String> urls = new LinkedHashMap<>();
            for (Table.Row r : data.query("index_sources").rows()) {
                if (shown.test(r)) {
                    years.computeIfAbsent(r.str("source"), k -> new java.util.TreeSet<>()).add(r.integer("year"));
                    if (r.str("source_url") != null) {
                        urls.putIfAbsent(r.str("source"), r.str("source_url"));
                    }
                }
            }
            Element ol = main.appendElement("ol").addClass("sources");
            for (Map.Entry<String, Set<Integer>> e : years.entrySet()) {
                Element li = ol.appendElement("li");
                li.appendText(e.getKey() + " (năm " + IndexCharts.joinYears(new ArrayList<>(e.getValue())) + ")");
                String url = urls.get(e.getKey());
                if (url != null) {
                    li.appendText(" — ");
                    link(li, url);
                }
            }
            ol.appendElement("li").text("Văn bản: các tệp đưa vào kho (đường dẫn trên trang từng văn bản); hạn nộp, "
                    + "mô hình và liên kết chỉ số do kho trích từ văn bản và sổ theo dõi.");
            if (ctx.syntheticInputs()) {
                ol.appendElement("li").addClass("tag-synthetic").text("Dữ liệu tổng hợp trong kho: "
                        + String.join(", ", ctx.syntheticNames()) + ".");
            }
        }

        private String indexSource(Measure m, List<Table.Row> rows, boolean rollup) {
            java.util.TreeSet<Integer> ys = new java.util.TreeSet<>();
            for (Table.Row r : rows) {
                if (r.dbl(rollup ? "score_mean" : "score") != null) {
                    ys.add(r.integer("year"));
                }
            }
            return "Nguồn: " + m.citation() + (ys.isEmpty() ? "" : ", " + IndexCharts.joinYears(new ArrayList<>(ys)))
                    + (rollup ? " · trung bình các tỉnh cũ (index_scores_rollup)" : "");
        }

        private String activitySource(String what, List<Table.Row> rows) {
            java.util.TreeSet<Integer> ys = new java.util.TreeSet<>();
            rows.forEach(r -> ys.add(r.integer("year")));
            String years = ys.isEmpty() ? "" : ", " + IndexCharts.joinYears(new ArrayList<>(ys));
            return switch (what) {
                case "timeliness" -> "Nguồn: hạn nộp trong văn bản và sổ theo dõi báo cáo (bảng timeliness)" + years;
                case "models" -> "Nguồn: văn bản và sổ mô hình Dân vận khéo (bảng model_counts_trend)" + years;
                default -> "Nguồn: chỉ số được nêu trong văn bản (bảng index_linkage)" + years;
            };
        }
    }

    // ---------------------------------------------------------------- helpers

    /** True when the JVM sees the font the charts name (DejaVu Sans, which covers Vietnamese). */
    public static boolean fontInstalled() {
        return ChartStyle.fontInstalled();
    }

    /** Only web addresses become links; anything else (a javascript: address in a user's file) stays text. */
    static void link(Element parent, String url) {
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            parent.appendElement("a").attr("href", u).attr("rel", "noopener noreferrer").text(u);
        } else {
            parent.appendText(u);
        }
    }

    /** The search box's list, as a script every page loads: {@code window.PPW_UNITS = [[label, href], …]}. */
    static String unitsScript(List<Unit> units) {
        StringBuilder js = new StringBuilder("window.PPW_UNITS = [\n");
        for (Unit u : units) {
            js.append("  [").append(jsString(u.searchLabel())).append(", ").append(jsString(u.href())).append("],\n");
        }
        return js.append("];\n").toString();
    }

    /** A JavaScript string literal: anything but letters, digits, space and {@code ./-()} written as \\uXXXX. */
    private static String jsString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (plain || " ./-()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    private static void na(Element parent, String text) {
        parent.appendElement("p").addClass("na").text(text);
    }

    private static boolean any(List<Table.Row> rows) {
        return rows.stream().anyMatch(r -> r.flag("synthetic"));
    }

    static String cellText(Object v) {
        if (v == null) {
            return "N/A";
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(cellText(x)));
            return String.join("; ", parts);
        }
        if (v instanceof Double d) {
            return score(d);
        }
        return v.toString();
    }

    private static String score(Double d) {
        return d == null ? "N/A" : new java.math.BigDecimal(d).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(new Locale("vi", "VN")).format(n);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
