package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.decode.LegacyVietnamese;
import vn.provinceplans.extract.eval.FactFields;
import vn.provinceplans.extract.header.DocumentHeader;

/**
 * The same document in another container gives the same facts: each real seed converted (here, with POI, PDFBox
 * and a hand-made OpenDocument zip) to .docx, .pdf and .odt, a LibreOffice .doc and RTF samples; and every way a
 * file cannot be read has its own reason.
 */
class OfficeFormatsTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    interface Maker {
        byte[] make(String text) throws IOException;
    }

    @TestFactory
    Stream<DynamicTest> eachSeedAsDocxPdfAndOdtGivesTheSameFacts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String seed : LegacyEncodingsTest.SEEDS) {
            String text = SeedsGoldenTest.load(seed);
            DocumentHeader expected = EXTRACTOR.extract(text).header();
            for (String format : List.of("docx", "pdf", "odt")) {
                Maker maker = switch (format) {
                    case "docx" -> TestDocuments::docx;
                    case "pdf" -> t -> TestDocuments.pdf(t, null);
                    default -> TestDocuments::odt;
                };
                tests.add(DynamicTest.dynamicTest(seed + " as ." + format, () -> {
                    String name = seed.replace(".txt", "." + format);
                    DecodedFile d = DocumentDecoder.decode(name, maker.make(text));
                    assertTrue(d.isLoaded(), d.rejectReason());
                    assertEquals(format, d.sourceFormat());
                    assertEquals("Unicode", d.encoding());
                    if (format.equals("docx")) {
                        // A paragraph per line: the text itself comes back unchanged.
                        assertEquals(text, d.text());
                    } else if (format.equals("odt")) {
                        // Tika writes a run of spaces in OpenDocument (<text:s text:c="3"/>) as one space.
                        assertEquals(text.replaceAll(" +", " "), d.text().replaceAll(" +", " "));
                    }
                    assertSameFacts(expected, d.text(), name);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void wordDocFromLibreOfficeGivesTheSameFacts() throws IOException {
        String seed = "002_28848263089081f8";
        DecodedFile d = DocumentDecoder.decode(seed + ".doc", resource("/generated/" + seed + ".doc"));
        assertTrue(d.isLoaded(), d.rejectReason());
        assertEquals("doc", d.sourceFormat());
        assertSameFacts(EXTRACTOR.extract(SeedsGoldenTest.load(seed + ".txt")).header(), d.text(), seed + ".doc");
    }

    @Test
    void rtfWithUnicodeAndVnTimeRunsIsRead() throws IOException {
        String text = SeedsGoldenTest.load("000_ea03109a8b6352e8.txt");
        List<String> lines = Arrays.asList(text.split("\n"));
        byte[] rtf = TestDocuments.rtf(lines, List.of());
        DecodedFile d = DocumentDecoder.decode("plan.rtf", rtf);
        assertTrue(d.isLoaded(), d.rejectReason());
        assertEquals("rtf", d.sourceFormat());
        assertSameFacts(EXTRACTOR.extract(text).header(), d.text(), "plan.rtf");

        // An older file: a Unicode heading, the body typed in .VnTime (TCVN3 bytes).
        String body = "Thực hiện Kế hoạch số 39/KH-UBND ngày 27/02/2025 của UBND tỉnh Quảng Ngãi về thực hiện "
                + "quy chế dân chủ ở cơ sở, Ủy ban nhân dân huyện xây dựng kế hoạch như sau:";
        DecodedFile mixed = DocumentDecoder.decode("old.rtf", TestDocuments.rtf(List.of("KẾ HOẠCH"),
                List.of(LegacyVietnamese.encodeTcvn3(body))));
        assertEquals("TCVN3 (ABC) in Unicode", mixed.encoding());
        assertEquals(("KẾ HOẠCH\n" + body).toLowerCase(), mixed.text().toLowerCase());
    }

    @Test
    void wordFileTypedInVnTimeIsConverted() throws Exception {
        String text = SeedsGoldenTest.load("002_28848263089081f8.txt");
        // Word keeps what the ABC keyboard typed: the TCVN3 bytes as the Windows-1252 characters they show as.
        byte[] docx = TestDocuments.docxInLegacyFont(LegacyVietnamese.encodeTcvn3(text), ".VnTime");
        DecodedFile d = DocumentDecoder.decode("old.docx", docx);
        assertEquals("docx", d.sourceFormat());
        assertEquals("TCVN3 (ABC) in Unicode", d.encoding());
        assertEquals(text.toLowerCase(), d.text().toLowerCase());
        assertSameFacts(EXTRACTOR.extract(text).header(), d.text(), "old.docx");

        String vni = LegacyVietnamese.encodeVni(text);
        DecodedFile v = DocumentDecoder.decode("vni.docx", TestDocuments.docxInLegacyFont(vni, "VNI-Times"));
        assertEquals("VNI-Windows in Unicode", v.encoding());
        assertEquals(text, v.text());
    }

    @Test
    void wordTablesBecomeTabSeparatedRows() throws IOException {
        byte[] docx = TestDocuments.docxWithTables(List.of(),
                List.of(
                        List.of(List.of("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                        + "Độc lập - Tự do - Hạnh phúc"),
                                List.of("Số: 38/KH-UBND", "Quảng Ngãi, ngày 04 tháng 3 năm 2021")),
                        List.of(List.of("Đơn vị", "Mô hình đăng ký", "Mô hình được công nhận"),
                                List.of("Huyện Trà Bồng", "12", "3"),
                                List.of("Thành phố Quảng Ngãi", "2.071", "45"))),
                List.of("KẾ HOẠCH", "Thực hiện quy chế dân chủ ở cơ sở năm 2021"));
        DecodedFile d = DocumentDecoder.decode("table.docx", docx);
        assertTrue(d.isLoaded(), d.rejectReason());
        assertEquals("""
                ỦY BAN NHÂN DÂN
                TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 38/KH-UBND\tQuảng Ngãi, ngày 04 tháng 3 năm 2021
                Đơn vị\tMô hình đăng ký\tMô hình được công nhận
                Huyện Trà Bồng\t12\t3
                Thành phố Quảng Ngãi\t2.071\t45
                KẾ HOẠCH
                Thực hiện quy chế dân chủ ở cơ sở năm 2021""", d.text());
        DocumentHeader h = EXTRACTOR.extract(d.text()).header();
        assertEquals("38/KH-UBND", h.docNumber());
        assertEquals("2021-03-04", String.valueOf(h.issueDate()));
        assertEquals("Quảng Ngãi", h.province());
    }

    @Test
    void aWordFileUnderAnotherWordNameIsReadAsWhatItIs() throws IOException {
        String text = SeedsGoldenTest.load("004_38aabbfab1e98a3d.txt");
        DecodedFile d = DocumentDecoder.decode("chi-thi.doc", TestDocuments.docx(text));
        assertTrue(d.isLoaded(), d.rejectReason());
        assertEquals("docx", d.sourceFormat(), "the container is what the content is");
        DecodedFile rtf = DocumentDecoder.decode("chi-thi.doc", TestDocuments.rtf(List.of("Số: 03/CT-UBND"),
                List.of()));
        assertEquals("rtf", rtf.sourceFormat());
    }

    @Test
    void scannedPdfIsRejectedAsSuch() throws IOException {
        DecodedFile d = DocumentDecoder.decode("scan.pdf", TestDocuments.scannedPdf("KE HOACH 38/KH-UBND"));
        assertFalse(d.isLoaded());
        assertEquals("pdf", d.sourceFormat());
        assertEquals("scanned PDF: no text layer", d.rejectReason());
    }

    @Test
    void encryptedFilesAreRejectedAsEncrypted() throws Exception {
        String text = SeedsGoldenTest.load("003_e70bdb88bc6abf4f.txt");
        DecodedFile pdf = DocumentDecoder.decode("locked.pdf", TestDocuments.pdf(text, "secret"));
        assertEquals("encrypted PDF: the file is protected by a password, so its text cannot be read",
                pdf.rejectReason());
        DecodedFile docx = DocumentDecoder.decode("locked.docx",
                TestDocuments.encrypt(TestDocuments.docx(text), "secret"));
        assertEquals("encrypted Word document (.docx): the file is protected by a password, so its text cannot be"
                + " read", docx.rejectReason());
    }

    @Test
    void corruptAndMisnamedFilesSayWhy() throws IOException {
        byte[] docx = TestDocuments.docx(SeedsGoldenTest.load("003_e70bdb88bc6abf4f.txt"));
        DecodedFile cut = DocumentDecoder.decode("cut.docx", Arrays.copyOf(docx, docx.length / 2));
        assertTrue(cut.rejectReason().startsWith("corrupt or unreadable Word document (.docx): "),
                cut.rejectReason());
        byte[] noise = new byte[3000];
        new java.util.Random(9).nextBytes(noise);
        DecodedFile random = DocumentDecoder.decode("noise.docx", noise);
        assertTrue(random.rejectReason().startsWith("corrupt or unreadable Word document (.docx): "),
                random.rejectReason());
        DecodedFile pdf = DocumentDecoder.decode("cut.pdf", "%PDF-1.7\n1 0 obj <<".getBytes());
        assertTrue(pdf.rejectReason().startsWith("corrupt or unreadable PDF: "), pdf.rejectReason());

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(8, 8, 1), "png", png);
        DecodedFile picture = DocumentDecoder.decode("photo.docx", png.toByteArray());
        assertEquals("not a Word document (.docx): the content is image/png; only Word, RTF, OpenDocument text"
                + " and PDF documents are read", picture.rejectReason());
    }

    private static void assertSameFacts(DocumentHeader expected, String text, String name) {
        DocumentHeader actual = EXTRACTOR.extract(text).header();
        for (String field : SeedsGoldenTest.HEADER_FIELDS) {
            assertEquals(FactFields.headerValue(expected, field), FactFields.headerValue(actual, field),
                    name + ": " + field);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = OfficeFormatsTest.class.getResourceAsStream(path)) {
            return Objects.requireNonNull(in, path).readAllBytes();
        }
    }
}
