package vn.provinceplans.dashboards.site;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as SVG (JFreeChart drawing on JFreeSVG's Graphics2D), PNG (JFreeChart drawing with Java2D, encoded
 * by {@link PngEncoder}) and the CSV of what it draws. Each chart is its own object, so charts can be written from
 * several threads at once.
 */
final class ChartWriter {

    private ChartWriter() {
    }

    static void write(ChartSpec spec, Path siteRoot) throws IOException {
        Path svg = siteRoot.resolve(spec.svg());
        SVGGraphics2D g = new SVGGraphics2D(spec.width(), spec.height());
        // JFreeSVG writes the Java family name; a browser needs a stack that covers Vietnamese where DejaVu is missing.
        g.setFontFunction(family -> ChartStyle.FAMILY.equals(family) ? ChartStyle.FONT_STACK : family);
        spec.chart().draw(g, new Rectangle(spec.width(), spec.height()));
        Files.writeString(svg, g.getSVGDocument(), StandardCharsets.UTF_8);

        BufferedImage drawn = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = drawn.createGraphics();
        try {
            spec.chart().draw(g2, new Rectangle(spec.width(), spec.height()));
        } finally {
            g2.dispose();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(siteRoot.resolve(spec.png())))) {
            PngEncoder.write(drawn, out);
        }
        try (Writer out = Files.newBufferedWriter(siteRoot.resolve(spec.csv()), StandardCharsets.UTF_8)) {
            CsvDownload.write(out, spec.csvHeader(), spec.csvRows());
        }
    }
}
