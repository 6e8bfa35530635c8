package vn.provinceplans.dashboards.site;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of index scores: the national ranking of one year with its quartile groups, the province × year heat map,
 * and a province's (or a current unit's) trend against the national median and the best province. Every chart keeps
 * comparable series apart: a line never joins two series, and a dashed red line marks where a new series starts.
 * A year without a score is N/A, never 0.
 */
final class IndexCharts {

    /** Fewer provinces with a score than this, and quartile groups (like the national median) are not drawn. */
    static final int MIN_FOR_QUARTILES = 50;

    private IndexCharts() {
    }

    // ---------------------------------------------------------------- ranking

    /**
     * Horizontal bars of one index and year, best first; each province's row is shaded by its quartile group, and a
     * province without a score is listed at the bottom as N/A.
     *
     * @param rows rows of {@code index_ranking} for this measure and year, in rank order, N/A last
     */
    static ChartSpec ranking(Measure m, int year, List<Table.Row> ranked, String id, String source,
            boolean synthetic) {
        // Provinces without a score last, in Vietnamese alphabetical order (Bạc Liêu before Bình Phước).
        java.text.Collator vietnamese = java.text.Collator.getInstance(new java.util.Locale("vi", "VN"));
        List<Table.Row> rows = new ArrayList<>(ranked.stream().filter(r -> r.dbl("score") != null).toList());
        rows.addAll(ranked.stream().filter(r -> r.dbl("score") == null)
                .sorted(Comparator.comparing(r -> r.str("province"), vietnamese)).toList());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> labels = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        int scored = 0;
        for (Table.Row r : rows) {
            Double score = r.dbl("score");
            Integer rank = r.integer("rank");
            String label = score == null ? r.str("province") + " — N/A"
                    : (rank == null ? "" : rank + ". ") + r.str("province");
            labels.add(label);
            groups.add(r.integer("quartile"));
            data.addValue(score, "score", label);
            if (score != null) {
                scored++;
            }
        }
        boolean quartiles = scored >= MIN_FOR_QUARTILES;
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10));
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.005);
        categories.setUpperMargin(0.005);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis("Điểm");
        values.setNumberFormatOverride(Axes.scoreFormat());
        BarRenderer bars = ChartStyle.flat(new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Integer g = groups.get(column);
                return quartiles && g != null ? ChartStyle.quartile(g) : ChartStyle.PROVINCE;
            }
        });
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Axes.scoreFormat()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 9));
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setMaximumBarWidth(0.9);
        values.setUpperMargin(0.08);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        for (int i = 0; i < labels.size(); i++) {
            Integer g = groups.get(i);
            Color band = rows.get(i).dbl("score") == null ? new Color(0xf2, 0xf2, 0xf2)
                    : quartiles && g != null ? ChartStyle.QUARTILE_BAND[g - 1] : null;
            if (band != null) {
                CategoryMarker marker = new CategoryMarker(labels.get(i), band, new java.awt.BasicStroke(0f));
                marker.setDrawAsLine(false);
                plot.addDomainMarker(marker, Layer.BACKGROUND);
            }
            if (rows.get(i).dbl("score") == null) {
                CategoryTextAnnotation na = new CategoryTextAnnotation("N/A", labels.get(i), 0.0);
                na.setFont(ChartStyle.font(Font.BOLD, 9));
                na.setPaint(new Color(0x66, 0x66, 0x66));
                na.setTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addAnnotation(na);
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        if (quartiles) {
            String[] names = {"Nhóm 1: 25% cao nhất", "Nhóm 2", "Nhóm 3", "Nhóm 4: 25% thấp nhất"};
            for (int g = 0; g < 4; g++) {
                legend.add(new LegendItem(names[g], ChartStyle.QUARTILE[g]));
            }
        } else {
            legend.add(new LegendItem("Điểm", ChartStyle.PROVINCE));
        }
        if (scored < rows.size()) {
            legend.add(new LegendItem("N/A: không có số liệu", ChartStyle.NA));
        }
        plot.setFixedLegendItems(legend);
        String subtitle = scored + "/" + rows.size() + " tỉnh có điểm"
                + (quartiles ? "; nền và màu theo nhóm phần tư" : "; dưới " + MIN_FOR_QUARTILES
                + " tỉnh có điểm nên không chia nhóm phần tư")
                + (rows.isEmpty() ? "" : "; chuỗi " + String.join(", ", seriesOf(rows)));
        JFreeChart chart = new JFreeChart(m.label + " — xếp hạng năm " + year, ChartStyle.font(Font.BOLD, 16),
                plot, true);
        ChartStyle.finish(chart, subtitle, source, synthetic);
        List<String> header = List.of("measure", "index_name", "year", "province_code", "province", "score", "rank",
                "quartile", "comparable_series");
        List<List<Object>> csv = new ArrayList<>();
        for (Table.Row r : rows) {
            csv.add(row(m.key, m.indexName, year, r.str("province_code"), r.str("province"),
                    r.dbl("score"), r.integer("rank"),
                    quartiles ? r.integer("quartile") : null, r.str("comparable_series")));
        }
        return new ChartSpec(id, m.label + " — xếp hạng năm " + year, source, synthetic, chart, 860,
                150 + 15 * Math.max(rows.size(), 10), header, csv);
    }

    // ---------------------------------------------------------------- heat map

    /**
     * Provinces (top to bottom in code order, roughly north to south) by year, coloured by score on one scale; a grey
     * cell is N/A; a dashed red line marks a new comparable series.
     *
     * @param rows rows of {@code index_ranking} for this measure: every province and year, score NULL when N/A
     */
    static ChartSpec heatMap(Measure m, List<Table.Row> rows, String id, String source, boolean synthetic) {
        Map<String, String> provinces = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Table.Row r : rows) {
            provinces.put(r.str("province_code"), r.str("province"));
            years.add(r.integer("year"));
            Double s = r.dbl("score");
            if (s != null) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
        }
        List<String> codes = new ArrayList<>(provinces.keySet());
        String[] names = new String[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            names[i] = provinces.get(codes.get(i));
        }
        double[][] xyz = new double[3][rows.size()];
        int n = 0;
        for (Table.Row r : rows) {
            Double s = r.dbl("score");
            xyz[0][n] = r.integer("year");
            xyz[1][n] = codes.indexOf(r.str("province_code"));
            xyz[2][n] = s == null ? Double.NaN : s;
            n++;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("score", xyz);
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        ScoreScale scale = new ScoreScale(lo, hi);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(scale);
        blocks.setBlockWidth(1.0);
        blocks.setBlockHeight(1.0);
        blocks.setBlockAnchor(RectangleAnchor.CENTER);
        NumberAxis x = Axes.years("Năm", years.isEmpty() ? 2011 : years.first(), years.isEmpty() ? 2024 : years.last());
        SymbolAxis y = new SymbolAxis(null, names);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10));
        y.setRange(-0.5, names.length - 0.5);
        XYPlot plot = new XYPlot(data, x, y, blocks);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        List<String> breaks = markBreaks(plot, rows);
        JFreeChart chart = new JFreeChart(m.label + " — theo tỉnh và năm", ChartStyle.font(Font.BOLD, 16), plot,
                false);
        NumberAxis legendAxis = new NumberAxis("Điểm");
        legendAxis.setNumberFormatOverride(Axes.scoreFormat());
        legendAxis.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.TOP);
        legend.setMargin(new RectangleInsets(4, 120, 4, 120));
        legend.setStripWidth(10);
        chart.addSubtitle(legend);
        String subtitle = "Ô xám: N/A (không có số liệu)" + (breaks.isEmpty() ? ""
                : "; đường đỏ: bắt đầu chuỗi mới " + String.join(", ", breaks) + ", không so sánh qua vạch");
        ChartStyle.finish(chart, subtitle, source, synthetic);
        List<String> header = List.of("measure", "index_name", "year", "province_code", "province", "score",
                "comparable_series");
        List<List<Object>> csv = new ArrayList<>();
        for (Table.Row r : rows) {
            csv.add(row(m.key, m.indexName, r.integer("year"), r.str("province_code"), r.str("province"),
                    r.dbl("score"), r.str("comparable_series")));
        }
        int width = Math.max(620, 260 + 38 * years.size());
        return new ChartSpec(id, m.label + " — theo tỉnh và năm", source, synthetic, chart, width,
                240 + 17 * names.length, header, csv);
    }

    /** Light to dark blue over the scores' range; NaN (N/A) grey. */
    static final class ScoreScale implements PaintScale, java.io.Serializable {

        private static final long serialVersionUID = 1L;
        private static final Color LOW = new Color(0xf7, 0xfb, 0xff);
        private static final Color MID = new Color(0x6b, 0xae, 0xd6);
        private static final Color HIGH = new Color(0x08, 0x30, 0x6b);
        private final double lower;
        private final double upper;

        ScoreScale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return ChartStyle.NA;
            }
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            return t < 0.5 ? mix(LOW, MID, t * 2) : mix(MID, HIGH, (t - 0.5) * 2);
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
        }
    }

    // ---------------------------------------------------------------- trend

    /** One point of a trend: the province's (or unit's) score with the national context of that year. */
    record Point(int year, String series, Double score, Double low, Double high, Double median, Double best,
            String bestProvince) {
    }

    /**
     * A province's (or current unit's) score over the years against the national median and the best province; one
     * line per run of consecutive years within one comparable series, a dashed red line where a new series starts,
     * and N/A written under each year the index has data but this province has none. For a current unit the line
     * is the mean of its predecessors with their lowest and highest score as a band.
     */
    static ChartSpec trend(Measure m, String unitName, boolean band, List<Point> points, List<Integer> indexYears,
            String id, String source, boolean synthetic) {
        // One series per unbroken segment: a new segment at a year without a value or where the series changes.
        YIntervalSeriesCollection own = new YIntervalSeriesCollection();
        for (List<Point> run : segments(points, Point::score)) {
            YIntervalSeries line = new YIntervalSeries("own " + own.getSeriesCount());
            for (Point p : run) {
                line.add(p.year(), p.score(), band && p.low() != null ? p.low() : p.score(),
                        band && p.high() != null ? p.high() : p.score());
            }
            own.addSeries(line);
        }
        XYSeriesCollection context = new XYSeriesCollection();
        List<Boolean> isMedian = new ArrayList<>();
        for (boolean median : new boolean[] {true, false}) {
            for (List<Point> run : segments(points, median ? Point::median : Point::best)) {
                XYSeries line = new XYSeries((median ? "median " : "best ") + context.getSeriesCount(), true, false);
                for (Point p : run) {
                    line.add(p.year(), median ? p.median() : p.best());
                }
                context.addSeries(line);
                isMedian.add(median);
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            for (Double v : new Double[] {p.score(), band ? p.low() : null, band ? p.high() : null, p.median(),
                p.best()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        double pad = Math.max((hi - lo) * 0.12, 0.5);
        int first = indexYears.isEmpty() ? points.get(0).year() : indexYears.get(0);
        int last = indexYears.isEmpty() ? points.get(points.size() - 1).year() : indexYears.get(indexYears.size() - 1);
        NumberAxis x = Axes.years("Năm", first, last);
        NumberAxis y = new NumberAxis("Điểm");
        y.setAutoRangeIncludesZero(false);
        y.setRange(lo - pad * 1.6, hi + pad);
        y.setNumberFormatOverride(Axes.scoreFormat());

        DeviationRenderer ownRenderer = new DeviationRenderer(true, true);
        for (int i = 0; i < own.getSeriesCount(); i++) {
            ownRenderer.setSeriesPaint(i, ChartStyle.PROVINCE);
            ownRenderer.setSeriesFillPaint(i, new Color(0x9e, 0xc3, 0xe6));
            ownRenderer.setSeriesStroke(i, ChartStyle.LINE);
            ownRenderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        }
        XYLineAndShapeRenderer contextRenderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < context.getSeriesCount(); i++) {
            contextRenderer.setSeriesPaint(i, isMedian.get(i) ? ChartStyle.MEDIAN : ChartStyle.BEST);
            contextRenderer.setSeriesStroke(i, isMedian.get(i) ? ChartStyle.DASHED : ChartStyle.DOTTED);
            contextRenderer.setSeriesShape(i, new java.awt.geom.Rectangle2D.Double(-2.5, -2.5, 5, 5));
        }
        ownRenderer.setAlpha(0.45f);
        XYPlot plot = new XYPlot(own, x, y, ownRenderer);
        plot.setDataset(1, context);
        plot.setRenderer(1, contextRenderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(line(band ? unitName + " (trung bình các tỉnh cũ; vùng: thấp nhất–cao nhất)" : unitName,
                ChartStyle.PROVINCE, ChartStyle.LINE));
        legend.add(line("Trung vị toàn quốc", ChartStyle.MEDIAN, ChartStyle.DASHED));
        legend.add(line("Tỉnh cao nhất", ChartStyle.BEST, ChartStyle.DOTTED));
        plot.setFixedLegendItems(legend);

        List<String> breaks = new ArrayList<>();
        String previous = null;
        Map<Integer, String> seriesByYear = new LinkedHashMap<>();
        for (Point p : points) {
            seriesByYear.put(p.year(), p.series());
        }
        for (Map.Entry<Integer, String> e : seriesByYear.entrySet()) {
            if (previous != null && !previous.equals(e.getValue())) {
                addBreak(plot, e.getKey(), e.getValue());
                breaks.add(e.getValue() + " từ " + e.getKey());
            }
            previous = e.getValue();
        }
        List<Integer> missing = new ArrayList<>();
        for (int year : indexYears) {
            Point p = points.stream().filter(q -> q.year() == year).findFirst().orElse(null);
            if (p == null || p.score() == null) {
                missing.add(year);
                XYTextAnnotation na = new XYTextAnnotation("N/A", year, lo - pad * 0.9);
                na.setFont(ChartStyle.font(Font.BOLD, 10));
                na.setPaint(new Color(0x77, 0x77, 0x77));
                plot.addAnnotation(na);
            }
        }
        boolean someWithoutContext = points.stream().anyMatch(p -> p.median() == null && p.best() == null);
        List<String> notes = new ArrayList<>();
        if (!breaks.isEmpty()) {
            notes.add("chuỗi mới: " + String.join(", ", breaks) + " — không nối đường qua vạch đỏ");
        }
        if (!missing.isEmpty()) {
            notes.add("N/A: không có điểm năm " + joinYears(missing));
        }
        if (someWithoutContext) {
            notes.add("trung vị và tỉnh cao nhất chỉ vẽ những năm có từ " + MIN_FOR_QUARTILES + " tỉnh có điểm");
        }
        JFreeChart chart = new JFreeChart(m.label, ChartStyle.font(Font.BOLD, 15), plot, true);
        ChartStyle.finish(chart, String.join("; ", notes), source, synthetic);
        List<String> header = band
                ? List.of("measure", "year", "comparable_series", "score_mean", "score_min", "score_max",
                        "national_median", "best_province", "best_score")
                : List.of("measure", "year", "comparable_series", "score", "national_median", "best_province",
                        "best_score");
        List<List<Object>> csv = new ArrayList<>();
        for (Point p : points) {
            List<Object> line = row(m.key, p.year(), p.series(), p.score());
            if (band) {
                line.add(p.low());
                line.add(p.high());
            }
            line.add(p.median());
            line.add(p.bestProvince());
            line.add(p.best());
            csv.add(line);
        }
        return new ChartSpec(id, m.label, source, synthetic, chart, 760, 380, header, csv);
    }

    /**
     * Maximal runs of consecutive years within one comparable series where {@code value} is known: each becomes one
     * line, so no line crosses a series break or a year without a value.
     */
    static List<List<Point>> segments(List<Point> points, java.util.function.Function<Point, Double> value) {
        List<List<Point>> out = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        Point prev = null;
        for (Point p : points) {
            if (value.apply(p) == null) {
                prev = null;
                continue;
            }
            if (prev != null && (p.year() != prev.year() + 1 || !Objects.equals(p.series(), prev.series()))) {
                out.add(run);
                run = new ArrayList<>();
            } else if (prev == null && !run.isEmpty()) {
                out.add(run);
                run = new ArrayList<>();
            }
            run.add(p);
            prev = p;
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    private static LegendItem line(String label, Paint paint, java.awt.Stroke stroke) {
        return new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-12, 0, 12, 0), stroke, paint);
    }

    private static List<String> markBreaks(XYPlot plot, List<Table.Row> rows) {
        Map<String, Integer> firstYear = new TreeMap<>();
        for (Table.Row r : rows) {
            if (r.dbl("score") != null && r.str("comparable_series") != null) {
                firstYear.merge(r.str("comparable_series"), r.integer("year"), Math::min);
            }
        }
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(firstYear.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        List<String> out = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            addBreak(plot, ordered.get(i).getValue(), ordered.get(i).getKey());
            out.add(ordered.get(i).getKey() + " (" + ordered.get(i).getValue() + ")");
        }
        return out;
    }

    private static void addBreak(XYPlot plot, int year, String series) {
        ValueMarker marker = new ValueMarker(year - 0.5, ChartStyle.BREAK, ChartStyle.BREAK_STROKE);
        marker.setLabel(series);
        marker.setLabelFont(ChartStyle.font(Font.PLAIN, 10));
        marker.setLabelPaint(ChartStyle.BREAK);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        plot.addDomainMarker(marker, Layer.FOREGROUND);
    }

    private static List<String> seriesOf(List<Table.Row> rows) {
        TreeSet<String> s = new TreeSet<>();
        for (Table.Row r : rows) {
            if (r.dbl("score") != null && r.str("comparable_series") != null) {
                s.add(r.str("comparable_series"));
            }
        }
        return new ArrayList<>(s);
    }

    static String joinYears(List<Integer> years) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? years.get(i).toString() : years.get(i) + "–" + years.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** A CSV row; NULL stays NULL (List.of would refuse it). */
    static List<Object> row(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }
}
