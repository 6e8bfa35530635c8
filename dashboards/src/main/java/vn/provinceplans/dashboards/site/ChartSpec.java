package vn.provinceplans.dashboards.site;

import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * One chart of the site with what goes beside it: the file stem of its SVG, PNG and CSV under {@code charts/}, the
 * caption, the source line, whether any of its data is synthetic, and the CSV (exactly the rows it draws).
 */
record ChartSpec(String id, String title, String source, boolean synthetic, JFreeChart chart, int width,
        int height, List<String> csvHeader, List<List<Object>> csvRows) {

    String svg() {
        return "charts/" + id + ".svg";
    }

    String png() {
        return "charts/" + id + ".png";
    }

    String csv() {
        return "charts/" + id + ".csv";
    }
}
