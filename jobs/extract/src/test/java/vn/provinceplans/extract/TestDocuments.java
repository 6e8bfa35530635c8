package vn.provinceplans.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Makes test documents from text with the libraries Tika itself uses: Word .docx with Apache POI (XWPF), PDF with
 * Apache PDFBox (Liberation Sans, the Unicode font PDFBox ships in its own jar, which has every Vietnamese glyph),
 * OpenDocument text as a minimal zip, RTF as text. Every document made here is generated test data.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** One paragraph per line. */
    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : text.split("\n", -1)) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setFontFamily("Times New Roman");
                run.setText(line);
            }
            return write(doc);
        }
    }

    /** Paragraphs, then tables: each table a list of rows, each row its cells; a cell's lines are paragraphs. */
    public static byte[] docxWithTables(List<String> before, List<List<List<String>>> tables, List<String> after)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            before.forEach(line -> doc.createParagraph().createRun().setText(line));
            for (List<List<String>> rows : tables) {
                XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        var cell = row.getCell(c);
                        String[] lines = rows.get(r).get(c).split("\n");
                        cell.getParagraphs().get(0).createRun().setText(lines[0]);
                        for (int i = 1; i < lines.length; i++) {
                            cell.addParagraph().createRun().setText(lines[i]);
                        }
                    }
                }
            }
            after.forEach(line -> doc.createParagraph().createRun().setText(line));
            return write(doc);
        }
    }

    /** A Word file whose body is typed in a legacy font: the runs hold the font's byte text, as old files do. */
    public static byte[] docxInLegacyFont(String byteText, String fontName) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : byteText.split("\n", -1)) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setFontFamily(fontName);
                run.setText(line);
            }
            return write(doc);
        }
    }

    /** The .docx encrypted with a password (agile encryption, as Word 2010+ does). */
    public static byte[] encrypt(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A text-layer PDF: A4 pages, 9 pt Liberation Sans, long lines wrapped at the margin as a word processor would. */
    public static byte[] pdf(String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument();
             InputStream ttf = Objects.requireNonNull(PDDocument.class.getResourceAsStream(
                     "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"), "PDFBox's Liberation Sans")) {
            PDType0Font font = PDType0Font.load(doc, ttf);
            float size = 9;
            float leading = 11;
            float margin = 50;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            PDPageContentStream page = null;
            float y = 0;
            for (String paragraph : text.split("\n", -1)) {
                for (String line : wrap(paragraph.replace('\t', ' '), font, size, width)) {
                    if (page == null || y < margin) {
                        if (page != null) {
                            page.endText();
                            page.close();
                        }
                        PDPage p = new PDPage(PDRectangle.A4);
                        doc.addPage(p);
                        page = new PDPageContentStream(doc, p);
                        page.beginText();
                        page.setFont(font, size);
                        y = PDRectangle.A4.getHeight() - margin;
                        page.newLineAtOffset(margin, y);
                    }
                    page.showText(line);
                    page.newLineAtOffset(0, -leading);
                    y -= leading;
                }
            }
            if (page != null) {
                page.endText();
                page.close();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword,
                        userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A scan: one page holding only a picture of text, no text layer. */
    public static byte[] scannedPdf(String firstLine) throws IOException {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 20));
        g.drawString(firstLine, 20, 100);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, 0, 400, 600, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A minimal OpenDocument text: mimetype (stored first), manifest and content, one paragraph per line. */
    public static byte[] odt(String text) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            body.append("<text:p>").append(odfText(line)).append("</text:p>\n");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                <office:body><office:text>
                """ + body + "</office:text></office:body></office:document-content>\n";
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * RTF as Word writes it: Unicode letters as \\uN escapes, one \\par per line. Lines given in {@code legacyLines}
     * are written in the .VnTime font as \\'xx bytes of their TCVN3 byte text instead.
     */
    public static byte[] rtf(List<String> unicodeLines, List<String> legacyLines) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Times New"
                + " Roman;}{\\f1\\fnil\\fcharset0 .VnTime;}}\n");
        for (String line : unicodeLines) {
            out.append("\\pard\\f0 ");
            for (char c : line.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    out.append('\\').append(c);
                } else if (c < 0x80) {
                    out.append(c);
                } else {
                    out.append("\\u").append((int) (short) c).append('?');
                }
            }
            out.append("\\par\n");
        }
        for (String line : legacyLines) {
            out.append("\\pard\\f1 ");
            for (char c : line.toCharArray()) {
                if (c < 0x80 && c != '\\' && c != '{' && c != '}') {
                    out.append(c);
                } else {
                    out.append(String.format("\\'%02x", (int) c & 0xFF));
                }
            }
            out.append("\\par\n");
        }
        return out.append("}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String odfText(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' && (i == 0 || (i + 1 < line.length() && line.charAt(i + 1) == ' '))) {
                // OpenDocument drops leading spaces and collapses runs: write them as <text:s/>.
                int run = 0;
                while (i < line.length() && line.charAt(i) == ' ') {
                    run++;
                    i++;
                }
                out.append("<text:s text:c=\"").append(run).append("\"/>");
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\t' -> out.append("<text:tab/>");
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static List<String> wrap(String paragraph, PDType0Font font, float size, float width) throws IOException {
        if (paragraph.isEmpty()) {
            return List.of("");
        }
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] write(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
