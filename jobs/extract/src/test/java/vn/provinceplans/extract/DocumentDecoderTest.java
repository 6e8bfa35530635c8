package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;

class DocumentDecoderTest {

    private static final String TEXT = "Kế hoạch số 38/KH-UBND\nQuảng Ngãi";

    @Test
    void utf8WithAndWithoutBom() {
        DecodedFile plain = DocumentDecoder.decode("a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, plain.text());
        assertEquals("UTF-8", plain.encoding());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        DecodedFile withBom = DocumentDecoder.decode("a.txt", bom);
        assertEquals(TEXT, withBom.text());
        assertEquals("UTF-8 BOM", withBom.encoding());
    }

    @Test
    void utf16WithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, DocumentDecoder.decode("a.txt", le).text());
        assertEquals("UTF-16LE BOM", DocumentDecoder.decode("a.txt", le).encoding());
        assertEquals(TEXT, DocumentDecoder.decode("a.txt", be).text());
    }

    @Test
    void decomposedTextIsNormalisedToNfc() {
        String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
        assertEquals(TEXT, DocumentDecoder.decode("a.txt", nfd.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void invalidUtf8IsRejectedWithTheOffendingByte() {
        byte[] latin1 = {'Q', 'u', (byte) 0xE1, 'n', 'g'};
        DecodedFile d = DocumentDecoder.decode("old.txt", latin1);
        assertFalse(d.isLoaded());
        assertTrue(d.rejectReason().startsWith("not valid UTF-8"), d.rejectReason());
        assertTrue(d.rejectReason().contains("byte 0xE1 at offset 2"), d.rejectReason());
    }

    @Test
    void emptyBlankBinaryAndUnsupportedFilesAreRejected() {
        assertEquals("empty file (0 bytes)", DocumentDecoder.decode("e.txt", new byte[0]).rejectReason());
        assertTrue(DocumentDecoder.decode("b.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)).rejectReason()
                .startsWith("no text"));
        assertTrue(DocumentDecoder.decode("p.txt", "%PDF-1.7 xx".getBytes(StandardCharsets.US_ASCII))
                .rejectReason().contains("PDF"));
        byte[] binary = new byte[200];
        binary[10] = 'a';
        assertTrue(DocumentDecoder.decode("z.txt", binary).rejectReason().startsWith("binary content"));
        assertTrue(DocumentDecoder.decode("x.csv", TEXT.getBytes(StandardCharsets.UTF_8)).rejectReason()
                .contains("unsupported file type '.csv'"));
        assertTrue(DocumentDecoder.decode("README", TEXT.getBytes(StandardCharsets.UTF_8)).rejectReason()
                .contains("no file extension"));
    }

    @Test
    void htmlBecomesTextWithTableCellsAndNoScripts() {
        String html = "<html><head><title>Kế hoạch 38/KH-UBND</title><style>p{}</style></head><body>"
                + "<script>alert('x')</script><table><tr><td>ỦY BAN NHÂN DÂN</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
                + " NAM</td></tr><tr><td>Số: 38/KH-UBND</td><td>Quảng Ngãi, ngày 04 tháng 3 năm 2021</td></tr>"
                + "</table><p>KẾ HOẠCH</p><p>Thực hiện&nbsp;quy chế <b>dân chủ</b></p></body></html>";
        DecodedFile d = DocumentDecoder.decode("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("html", d.sourceFormat());
        assertEquals("Kế hoạch 38/KH-UBND\nỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Số: 38/KH-UBND\tQuảng Ngãi, ngày 04 tháng 3 năm 2021\nKẾ HOẠCH\nThực hiện quy chế dân chủ",
                d.text());
        assertEquals("2021-03-04", new DocumentExtractor().extract(d.text()).header().issueDate().toString());
    }

    private static final String PARAGRAPH = "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch thực hiện quy chế dân"
            + " chủ ở cơ sở năm 2021 như sau:";

    /** Issue 8's bad inputs and odd encodings: each is decoded right or rejected with its own reason. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("oddInputs")
    void oddInputsAreDecodedOrRejectedWithAReason(String label, byte[] bytes, String expected) {
        DecodedFile d = DocumentDecoder.decode("input.txt", bytes);
        if (d.isLoaded()) {
            assertEquals(expected, "loaded as " + d.encoding(), label);
            assertEquals(PARAGRAPH, d.text(), label);
        } else {
            assertTrue(d.rejectReason().startsWith(expected), label + ": " + d.rejectReason());
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> oddInputs() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] noise = new byte[500];
        new java.util.Random(8).nextBytes(noise);
        byte[] lyingBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {'a', 0, (byte) 0x00, (byte) 0xD8});
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("empty", new byte[0], "empty file (0 bytes)"),
                org.junit.jupiter.params.provider.Arguments.of("PNG named .txt", png,
                        "binary content: the file is an image although its name ends in .txt"),
                org.junit.jupiter.params.provider.Arguments.of("random bytes", noise, "binary content"),
                org.junit.jupiter.params.provider.Arguments.of("Latin-1 word", new byte[] {'Q', 'u', (byte) 0xE1,
                    'n', 'g'}, "not valid UTF-8 (byte 0xE1 at offset 2"),
                org.junit.jupiter.params.provider.Arguments.of("lying byte-order mark", lyingBom,
                        "the file starts with a UTF-16LE BOM"),
                org.junit.jupiter.params.provider.Arguments.of("UTF-8", PARAGRAPH.getBytes(StandardCharsets.UTF_8),
                        "loaded as UTF-8"),
                org.junit.jupiter.params.provider.Arguments.of("UTF-16LE without BOM",
                        PARAGRAPH.getBytes(StandardCharsets.UTF_16LE), "loaded as UTF-16LE (no BOM)"),
                org.junit.jupiter.params.provider.Arguments.of("UTF-16BE without BOM",
                        PARAGRAPH.getBytes(StandardCharsets.UTF_16BE), "loaded as UTF-16BE (no BOM)"),
                org.junit.jupiter.params.provider.Arguments.of("Windows-1258 with combining marks",
                        LegacyEncodingsTest.windows1258WithCombiningMarks(PARAGRAPH), "loaded as windows-1258"),
                org.junit.jupiter.params.provider.Arguments.of("VNI-Windows",
                        LegacyEncodingsTest.bytes1252(vn.provinceplans.extract.decode.LegacyVietnamese.encodeVni(
                                PARAGRAPH)), "loaded as VNI-Windows"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
