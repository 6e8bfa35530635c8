package vn.provinceplans.dashboards.site;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/** Axes shared by the charts. */
final class Axes {

    private Axes() {
    }

    /** A year axis: whole years, no thousands separator (2024, never 2,024). */
    static NumberAxis years(String label, int first, int last) {
        NumberAxis axis = new NumberAxis(label);
        TickUnits units = new TickUnits();
        DecimalFormat plain = new DecimalFormat("0");
        for (int step : new int[] {1, 2, 5, 10}) {
            units.add(new NumberTickUnit(step, plain));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(first - 0.5, last + 0.5);
        axis.setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
        return axis;
    }

    /** Scores: one decimal where the scale is small, a dot as decimal mark as the sources print them. */
    static DecimalFormat scoreFormat() {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Counts: whole numbers, with the Vietnamese thousands mark (2.071). */
    static void counts(NumberAxis axis) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(new Locale("vi", "VN")));
    }
}
