package vn.provinceplans.dashboards.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void theJdkReadsBackEveryPixel() throws Exception {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 157);
        g.setColor(new Color(0x1f, 0x5f, 0xa8));
        g.fillOval(10, 10, 200, 120);
        g.setColor(Color.RED);
        g.setFont(ChartStyle.font(java.awt.Font.PLAIN, 14));
        g.drawString("Quảng Ngãi — Đắk Lắk", 20, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(301, back.getWidth());
        assertEquals(157, back.getHeight());
        assertArrayEquals(image.getRGB(0, 0, 301, 157, null, 0, 301), back.getRGB(0, 0, 301, 157, null, 0, 301));
    }
}
