package vn.provinceplans.dashboards.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Fonts and colours of every chart. DejaVu Sans has every Vietnamese letter with its tone marks (Debian's
 * fonts-dejavu-core); the SVG files name it first in a font stack, because a browser draws SVG text with its own
 * fonts.
 */
final class ChartStyle {

    static final String FAMILY = "DejaVu Sans";
    /**
     * The font-family of SVG text (as the pages' style sheet): the first installed face that covers Vietnamese wins.
     * Double quotes, because JFreeSVG puts the style in a single-quoted attribute.
     */
    static final String FONT_STACK = "\"DejaVu Sans\", \"Noto Sans\", \"Segoe UI\", Roboto, Arial, sans-serif";

    static final Color PROVINCE = new Color(0x1f, 0x5f, 0xa8);
    static final Color MEDIAN = new Color(0x55, 0x55, 0x55);
    static final Color BEST = new Color(0x2e, 0x8b, 0x57);
    static final Color BREAK = new Color(0xc0, 0x39, 0x2b);
    static final Color NA = new Color(0xd9, 0xd9, 0xd9);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color SYNTHETIC = new Color(0xb0, 0x1c, 0x1c);
    /** Quartile groups 1 (best) to 4, light to dark would suggest an order of worth; these are distinct hues. */
    static final Color[] QUARTILE = {new Color(0x1a, 0x98, 0x50), new Color(0x91, 0xcf, 0x60),
        new Color(0xfe, 0xe0, 0x8b), new Color(0xfc, 0x8d, 0x59)};
    static final Color[] QUARTILE_BAND = {new Color(0xe8, 0xf5, 0xec), new Color(0xf3, 0xfa, 0xec),
        new Color(0xff, 0xfa, 0xe9), new Color(0xfe, 0xef, 0xe8)};
    /** Timeliness statuses: on time, late, missing, unknown. */
    static final Color[] STATUS = {new Color(0x1a, 0x98, 0x50), new Color(0xf4, 0xa5, 0x82),
        new Color(0xb2, 0x18, 0x2b), new Color(0xbd, 0xbd, 0xbd)};
    static final Color[] SERIES = {new Color(0x1f, 0x5f, 0xa8), new Color(0xe6, 0x7e, 0x22),
        new Color(0x2e, 0x8b, 0x57), new Color(0x8e, 0x44, 0xad), new Color(0xc0, 0x39, 0x2b)};

    static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {6f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {1f, 4f}, 0f);
    static final Stroke BREAK_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {4f, 3f}, 0f);

    private ChartStyle() {
    }

    static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    /** True when the JVM sees DejaVu Sans; without it PNG labels may lose Vietnamese letters. */
    static boolean fontInstalled() {
        return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(FAMILY);
    }

    /** Flat bars without shadows (JFreeChart's default paints gradients). */
    static <R extends BarRenderer> R flat(R bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        return bars;
    }

    /**
     * Sets the fonts (a JFreeChart ChartTheme would also reset the series colours the charts set), then adds the
     * source line at the bottom (so a PNG or SVG saved on its own still says where its numbers come from) and, for
     * synthetic data, a warning under the title.
     */
    static JFreeChart finish(JFreeChart chart, String subtitle, String source, boolean synthetic) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlinePaint(GRID);
        if (chart.getPlot() instanceof CategoryPlot p) {
            axisFonts(p.getDomainAxis());
            axisFonts(p.getRangeAxis());
        } else if (chart.getPlot() instanceof XYPlot p) {
            axisFonts(p.getDomainAxis());
            axisFonts(p.getRangeAxis());
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 8, 6, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemFont(font(Font.PLAIN, 11));
        }
        int at = 0;
        if (synthetic) {
            TextTitle warn = new TextTitle("DỮ LIỆU TỔNG HỢP (synthetic) — không phải số liệu thật",
                    font(Font.BOLD, 12), SYNTHETIC, RectangleEdge.TOP, HorizontalAlignment.CENTER,
                    org.jfree.chart.ui.VerticalAlignment.CENTER, new RectangleInsets(2, 0, 2, 0));
            chart.addSubtitle(at++, warn);
        }
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 12));
            sub.setPaint(new Color(0x44, 0x44, 0x44));
            chart.addSubtitle(at, sub);
        }
        TextTitle src = new TextTitle(source, font(Font.PLAIN, 10));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        src.setPaint(new Color(0x55, 0x55, 0x55));
        src.setPadding(new RectangleInsets(6, 0, 0, 0));
        chart.addSubtitle(src);
        return chart;
    }

    /** Our font on an axis, keeping a tick font a chart chose itself. */
    private static void axisFonts(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(Font.BOLD, 12));
        if (!FAMILY.equals(axis.getTickLabelFont().getFamily())) {
            axis.setTickLabelFont(font(Font.PLAIN, 11));
        }
    }

    static Paint quartile(int group) {
        return QUARTILE[Math.max(0, Math.min(3, group - 1))];
    }
}
