package vn.provinceplans.dashboards.site;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of what provinces do: deadlines answered on time, "Dân vận khéo" models, documents that name an index. */
final class ActivityCharts {

    static final List<String> STATUSES = List.of("on_time", "late", "missing", "unknown");
    static final Map<String, String> STATUS_LABELS = Map.of("on_time", "Đúng hạn", "late", "Trễ hạn", "missing",
            "Không có (đã quá hạn)", "unknown", "Không rõ ngày");

    private ActivityCharts() {
    }

    /**
     * Deadlines by year, stacked by status: on time, late, missing (past due, no answer), unknown (answered, date
     * not known).
     *
     * @param counts year → status → number of deadlines
     */
    static ChartSpec timeliness(String title, Map<Integer, Map<String, Long>> counts, String id, String source,
            boolean synthetic) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<List<Object>> csv = new ArrayList<>();
        for (String status : STATUSES) {
            for (Map.Entry<Integer, Map<String, Long>> y : counts.entrySet()) {
                Long n = y.getValue().get(status);
                data.addValue(n == null ? 0 : n, STATUS_LABELS.get(status), y.getKey());
            }
        }
        for (Map.Entry<Integer, Map<String, Long>> y : counts.entrySet()) {
            for (String status : STATUSES) {
                Long n = y.getValue().get(status);
                csv.add(IndexCharts.row(y.getKey(), status, n == null ? 0L : n));
            }
        }
        StackedBarRenderer bars = ChartStyle.flat(new StackedBarRenderer());
        for (int i = 0; i < STATUSES.size(); i++) {
            bars.setSeriesPaint(i, ChartStyle.STATUS[i]);
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null || v.doubleValue() == 0 ? null : Long.toString(v.longValue());
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        bars.setMaximumBarWidth(0.12);
        NumberAxis y = new NumberAxis("Số hạn phải nộp");
        Axes.counts(y);
        y.setUpperMargin(0.08);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Năm"), y, bars);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 15), plot, true);
        ChartStyle.finish(chart, "Mỗi hạn nộp (kế hoạch con, báo cáo 6 tháng, báo cáo năm …) và văn bản hoặc dòng sổ "
                + "trả lời nó", source, synthetic);
        return new ChartSpec(id, title, source, synthetic, chart, 760, 360, List.of("year", "status", "deadlines"),
                csv);
    }

    /**
     * The model counts of one year; null = N/A.
     *
     * @param targeted the per-unit target plans set ("at least N models per unit"), only for one province's chart
     */
    record Models(Integer targeted, Long registered, Long recognized) {
    }

    /**
     * Models registered and recognised by year, side by side; a count nobody gives is N/A. A plan's target is per
     * unit ("at least 1 model per commune"), not a total, so it is written under the title, not drawn as a bar.
     */
    static ChartSpec models(String title, Map<Integer, Models> byYear, String note, String id, String source,
            boolean synthetic) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] names = {"Đăng ký", "Được công nhận"};
        List<List<Object>> csv = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Map.Entry<Integer, Models> e : byYear.entrySet()) {
            Models m = e.getValue();
            data.addValue(m.registered(), names[0], e.getKey());
            data.addValue(m.recognized(), names[1], e.getKey());
            csv.add(IndexCharts.row(e.getKey(), m.registered(), m.recognized(), m.targeted()));
            if (m.targeted() != null) {
                targets.add(m.targeted() + " (" + e.getKey() + ")");
            }
        }
        BarRenderer bars = ChartStyle.flat(new BarRenderer());
        bars.setSeriesPaint(0, ChartStyle.PROVINCE);
        bars.setSeriesPaint(1, ChartStyle.BEST);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getIntegerInstance(new java.util.Locale("vi", "VN"))));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.1);
        NumberAxis y = new NumberAxis("Số mô hình");
        Axes.counts(y);
        y.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Năm"), y, bars);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        List<String> na = new ArrayList<>();
        for (Map.Entry<Integer, Models> e : byYear.entrySet()) {
            Long[] v = {e.getValue().registered(), e.getValue().recognized()};
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) {
                    na.add(names[i].toLowerCase(java.util.Locale.ROOT) + " " + e.getKey());
                    CategoryTextAnnotation a = new CategoryTextAnnotation("N/A", e.getKey(), 0.0);
                    a.setCategoryAnchor(i == 0 ? org.jfree.chart.axis.CategoryAnchor.START
                            : org.jfree.chart.axis.CategoryAnchor.END);
                    a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                    a.setFont(ChartStyle.font(Font.BOLD, 9));
                    a.setPaint(new Color(0x77, 0x77, 0x77));
                    plot.addAnnotation(a);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!targets.isEmpty()) {
            notes.add("chỉ tiêu mỗi đơn vị: ít nhất " + String.join(", ", targets) + " mô hình");
        }
        if (note != null) {
            notes.add(note);
        }
        if (!na.isEmpty()) {
            notes.add("N/A: " + String.join(", ", na));
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 15), plot, true);
        ChartStyle.finish(chart, String.join("; ", notes), source, synthetic);
        return new ChartSpec(id, title, source, synthetic, chart, 760, 360,
                List.of("year", "registered", "recognized", "targeted_per_unit"), csv);
    }

    /**
     * Share of provinces whose documents of the year name each index (among the provinces with documents that year),
     * one line per index.
     */
    static ChartSpec linkage(String title, List<Table.Row> rows, String id, String source, boolean synthetic) {
        Map<String, XYSeries> byIndex = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        List<List<Object>> csv = new ArrayList<>();
        for (Table.Row r : rows) {
            String index = r.str("index_name");
            Double share = r.dbl("share_linked");
            byIndex.computeIfAbsent(index, k -> new XYSeries(k.replace('_', ' '), true, false))
                    .add(r.integer("year"), share == null ? null : share * 100);
            years.add(r.integer("year"));
            csv.add(IndexCharts.row(index, r.integer("year"), r.count("provinces"), r.count("provinces_linked"),
                    share));
        }
        // A year without documents is a gap in every line, not a straight line across it.
        for (XYSeries line : byIndex.values()) {
            for (int y = years.isEmpty() ? 0 : years.first(); !years.isEmpty() && y <= years.last(); y++) {
                if (line.indexOf(y) < 0) {
                    line.add(y, null);
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byIndex.values().forEach(data::addSeries);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < byIndex.size(); i++) {
            lines.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
            lines.setSeriesStroke(i, ChartStyle.LINE);
        }
        NumberAxis y = new NumberAxis("% tỉnh có văn bản nêu chỉ số");
        y.setRange(0, 105);
        XYPlot plot = new XYPlot(data, Axes.years("Năm", years.isEmpty() ? 2020 : years.first(),
                years.isEmpty() ? 2024 : years.last()), y, lines);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 15), plot, true);
        ChartStyle.finish(chart, "Trong số các tỉnh có văn bản trong kho năm đó", source, synthetic);
        return new ChartSpec(id, title, source, synthetic, chart, 760, 360,
                List.of("index_name", "year", "provinces", "provinces_linked", "share_linked"), csv);
    }

    /** Sums per-province timeliness rows to year → status → count. */
    static Map<Integer, Map<String, Long>> timelinessCounts(List<Table.Row> rows) {
        Map<Integer, Map<String, Long>> out = new TreeMap<>();
        for (Table.Row r : rows) {
            out.computeIfAbsent(r.integer("year"), y -> new LinkedHashMap<>()).merge(r.str("status"),
                    r.count("deadlines"), Long::sum);
        }
        return out;
    }

    /**
     * Sums model rows to year → counts (a sum over only NULLs stays NULL, N/A); the per-unit target is kept only for
     * one province's rows, where it is that province's own.
     */
    static Map<Integer, Models> modelCounts(List<Table.Row> rows, boolean oneProvince) {
        Map<Integer, Long[]> sums = new TreeMap<>();
        Map<Integer, Integer> targets = new TreeMap<>();
        for (Table.Row r : rows) {
            Long[] s = sums.computeIfAbsent(r.integer("year"), y -> new Long[2]);
            String[] cols = {"registered", "recognized"};
            for (int i = 0; i < 2; i++) {
                Object v = r.get(cols[i]);
                if (v != null) {
                    s[i] = (s[i] == null ? 0 : s[i]) + ((Number) v).longValue();
                }
            }
            if (oneProvince && r.integer("targeted") != null) {
                targets.merge(r.integer("year"), r.integer("targeted"), Math::max);
            }
        }
        Map<Integer, Models> out = new TreeMap<>();
        sums.forEach((y, s) -> out.put(y, new Models(targets.get(y), s[0], s[1])));
        return out;
    }

    /** Where the counts come from, in words: the province's own reports, the registry, or both. */
    static String modelSources(List<Table.Row> rows) {
        java.util.Set<String> sources = new java.util.TreeSet<>();
        for (Table.Row r : rows) {
            for (String c : new String[] {"registered_source", "recognized_source"}) {
                if (r.str(c) != null) {
                    sources.add(r.str(c).equals("documents") ? "báo cáo của tỉnh" : "sổ mô hình");
                }
            }
        }
        return sources.isEmpty() ? null : "số liệu từ " + String.join(" và ", sources);
    }
}
