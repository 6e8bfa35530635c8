package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.decode.LegacyVietnamese;
import vn.provinceplans.extract.decode.VietnameseScore;
import vn.provinceplans.extract.eval.FactFields;

/**
 * Legacy Vietnamese encodings and UTF-16 without a byte-order mark. The samples are generated here from the five
 * real seeds with the published mapping tables (they are test data made by this test, not real legacy files).
 */
class LegacyEncodingsTest {

    static final String[] SEEDS = {"000_ea03109a8b6352e8.txt", "001_f1f991f8cba4e782.txt",
        "002_28848263089081f8.txt", "003_e70bdb88bc6abf4f.txt", "004_38aabbfab1e98a3d.txt"};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Independent examples: from converter documentation and old documents, not made with our tables. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Céng hßa x· héi chñ nghÜa ViÖt Nam|Cộng hòa xã hội chủ nghĩa Việt Nam",
        "KÕ ho¹ch|Kế hoạch",
        "KÕ HO¹CH THùC HIÖN QUY CHÕ D¢N CHñ|KẾ HOẠCH THỰC HIỆN QUY CHẾ DÂN CHỦ",
        "Sè: 38/KH-UBND|Số: 38/KH-UBND",
        "ñY BAN NH¢N D¢N TØNH QU¶NG NG·I|ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "B¶o Th¾ng|Bảo Thắng",
        "M\u00adêng Kh\u00ad¬ng|Mường Khương",
        "B¸t X¸t|Bát Xát",
    })
    void tcvn3Examples(String tcvn3, String unicode) {
        assertEquals(unicode, LegacyVietnamese.decodeTcvn3(tcvn3));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Xin chaøo caùc baïn|Xin chào các bạn",
        "Keá hoaïch|Kế hoạch",
        "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Ñoàng Thaùp|Đồng Tháp",
    })
    void vniExamples(String vni, String unicode) {
        assertEquals(unicode, LegacyVietnamese.decodeVni(vni));
    }

    @Test
    void tablesCoverEveryVietnameseLetter() {
        String letters = "aáàảãạăắằẳẵặâấầẩẫậđeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ";
        String all = letters + letters.toUpperCase(Locale.ROOT);
        assertEquals(all, LegacyVietnamese.decodeVni(LegacyVietnamese.encodeVni(all)));
        // TCVN3 (ABC) has no upper-case toned letters: they come back lower case outside a heading.
        assertEquals(letters, LegacyVietnamese.decodeTcvn3(LegacyVietnamese.encodeTcvn3(letters)));
        for (char c : all.toCharArray()) {
            assertTrue(LegacyVietnamese.encodeTcvn3(String.valueOf(c)).chars().allMatch(b -> b < 256), "" + c);
            assertTrue(LegacyVietnamese.encodeVni(String.valueOf(c)).chars().allMatch(b -> b < 256), "" + c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Hoạch,true", "NGHĨA,true", "quyết,true", "nguyễn,true", "Kõ,true", "ho,true", "hoạchh,false",
        "Ðång,false", "ngµy,false", "tấp,true", "tầp,false", "ñy,false"})
    void syllables(String word, boolean valid) {
        assertEquals(valid, VietnameseScore.isSyllable(word));
    }

    /** Each seed as TCVN3, VNI, Windows-1258 (combining marks), UTF-16LE/BE without BOM. */
    @TestFactory
    Stream<DynamicTest> seedsInEveryEncodingDecodeToTheUnicodeText() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        DocumentExtractor extractor = new DocumentExtractor();
        for (String seed : SEEDS) {
            String unicode = SeedsGoldenTest.load(seed);
            var facts = extractor.extract(unicode).header();
            for (Sample s : samples(unicode)) {
                tests.add(DynamicTest.dynamicTest(seed + " as " + s.encoding, () -> {
                    DecodedFile d = DocumentDecoder.decode(seed, s.bytes);
                    assertTrue(d.isLoaded(), s.encoding + ": " + d.rejectReason());
                    assertEquals(s.encoding, d.encoding());
                    if (s.encoding.equals(LegacyVietnamese.TCVN3)) {
                        // Same letters and marks; only capitals TCVN3 cannot hold may differ (see caseLossLines).
                        assertEquals(unicode.toLowerCase(Locale.ROOT), d.text().toLowerCase(Locale.ROOT));
                    } else {
                        assertEquals(unicode, d.text());
                    }
                    var decoded = extractor.extract(d.text()).header();
                    for (String field : SeedsGoldenTest.HEADER_FIELDS) {
                        assertEquals(FactFields.headerValue(facts, field), FactFields.headerValue(decoded, field),
                                s.encoding + " " + field);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Lines of a TCVN3 sample whose case differs from the original: only lines with a toned capital. */
    @Test
    void tcvn3LosesCaseOnlyWhereTcvn3HasNoCapital() throws Exception {
        int lines = 0;
        int differing = 0;
        for (String seed : SEEDS) {
            String unicode = SeedsGoldenTest.load(seed);
            String decoded = DocumentDecoder.decode(seed, tcvn3Bytes(unicode)).text();
            String[] a = unicode.split("\n", -1);
            String[] b = decoded.split("\n", -1);
            assertEquals(a.length, b.length);
            for (int i = 0; i < a.length; i++) {
                lines++;
                if (!a[i].equals(b[i])) {
                    differing++;
                    assertTrue(hasTonedCapital(a[i]), seed + " line " + i + ": " + a[i] + " ≠ " + b[i]);
                }
                if (isHeading(a[i])) {
                    assertEquals(a[i], b[i], "an upper-case heading keeps its capitals");
                }
            }
        }
        System.out.printf("TCVN3 round trip: %d of %d seed lines identical%n", lines - differing, lines);
        assertTrue(differing * 20 < lines, differing + " of " + lines);
    }

    /**
     * Detection accuracy on short samples: every paragraph of the seeds with 5 or more words, in each legacy
     * encoding. A paragraph may be left undecided (rejected), never decoded wrongly.
     */
    @Test
    void shortParagraphsAreDecodedRightOrRejectedNeverMangled() throws Exception {
        int total = 0;
        int right = 0;
        int undecided = 0;
        for (String seed : SEEDS) {
            for (String paragraph : SeedsGoldenTest.load(seed).split("\n")) {
                if (paragraph.strip().split("\\s+").length < 5 || paragraph.chars().allMatch(c -> c < 0x80)) {
                    continue;
                }
                for (Sample s : samples(paragraph)) {
                    if (s.encoding.startsWith("UTF-16")) {
                        continue;
                    }
                    total++;
                    DecodedFile d = DocumentDecoder.decode("p.txt", s.bytes);
                    if (!d.isLoaded()) {
                        undecided++;
                        assertTrue(d.rejectReason().startsWith("not valid UTF-8"), d.rejectReason());
                    } else {
                        assertEquals(s.encoding, d.encoding(), paragraph);
                        assertEquals(paragraph.toLowerCase(Locale.ROOT), d.text().toLowerCase(Locale.ROOT));
                        right++;
                    }
                }
            }
        }
        System.out.printf("legacy detection on %d paragraph samples: %d right, %d rejected, 0 wrong%n",
                total, right, undecided);
        assertTrue(right * 100 >= total * 95, right + " of " + total);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A Latin-1 word: every candidate reads it as a plausible syllable, so nothing can be decided.
        "Quáng",
        "Le résumé du café à Noël, très célèbre à Paris et à Zürich",
        "Größe Straße Äpfel Öl über",
    })
    void undecidableBytesAreRejectedNotMangled(String western) {
        DecodedFile d = DocumentDecoder.decode("old.txt", western.getBytes(WINDOWS_1252));
        assertFalse(d.isLoaded(), d.text());
        assertTrue(d.rejectReason().startsWith("not valid UTF-8"), d.rejectReason());
        assertTrue(d.rejectReason().contains("no Vietnamese encoding fits clearly"), d.rejectReason());
    }

    @Test
    void unicodeTextCarryingTcvn3LettersIsRepaired() throws Exception {
        // A TCVN3 file once converted to UTF-8 as if it were Windows-1252: valid UTF-8, wrong letters.
        String unicode = SeedsGoldenTest.load(SEEDS[2]);
        byte[] utf8 = new String(tcvn3Bytes(unicode), WINDOWS_1252).getBytes(StandardCharsets.UTF_8);
        DecodedFile d = DocumentDecoder.decode("converted.txt", utf8);
        assertEquals("TCVN3 (ABC) in UTF-8", d.encoding());
        assertEquals(unicode.toLowerCase(Locale.ROOT), d.text().toLowerCase(Locale.ROOT));
        for (String seed : SEEDS) {
            assertEquals("UTF-8", DocumentDecoder.decode(seed, SeedsGoldenTest.load(seed)
                    .getBytes(StandardCharsets.UTF_8)).encoding(), seed + " is Unicode and stays as it is");
        }
    }

    @Test
    void binaryWithoutZeroPatternIsStillBinary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        DecodedFile d = DocumentDecoder.decode("random.txt", bytes);
        assertTrue(d.rejectReason().startsWith("binary content"), d.rejectReason());
    }

    record Sample(String encoding, byte[] bytes) {
    }

    static List<Sample> samples(String unicode) throws CharacterCodingException {
        return List.of(
                new Sample(LegacyVietnamese.TCVN3, tcvn3Bytes(unicode)),
                new Sample(LegacyVietnamese.VNI, bytes1252(LegacyVietnamese.encodeVni(unicode))),
                new Sample("windows-1258", windows1258WithCombiningMarks(unicode)),
                new Sample("UTF-16LE (no BOM)", unicode.getBytes(StandardCharsets.UTF_16LE)),
                new Sample("UTF-16BE (no BOM)", unicode.getBytes(StandardCharsets.UTF_16BE)));
    }

    static byte[] tcvn3Bytes(String unicode) throws CharacterCodingException {
        return bytes1252(LegacyVietnamese.encodeTcvn3(unicode));
    }

    /** Byte text (characters standing for bytes, Windows-1252 symbols for 0x80–0x9F) → the bytes. */
    static byte[] bytes1252(String byteText) throws CharacterCodingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(byteText.length());
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        for (char c : byteText.toCharArray()) {
            if (c >= 0xA0 && c <= 0xFF) {
                out.write(c);
            } else {
                out.writeBytes(encoder.encode(CharBuffer.wrap(new char[] {c})).array());
            }
        }
        return out.toByteArray();
    }

    /** Windows-1258 as Vietnamese keyboards wrote it: base letter (with ^, ˘, ˇ, horn) then a combining tone mark. */
    static byte[] windows1258WithCombiningMarks(String unicode) throws CharacterCodingException {
        CharsetEncoder encoder = WINDOWS_1258.newEncoder();
        Function<String, byte[]> enc = s -> {
            try {
                ByteBuffer b = encoder.encode(CharBuffer.wrap(s));
                byte[] out = new byte[b.remaining()];
                b.get(out);
                return out;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("not in windows-1258: " + s, e);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(unicode.length() + unicode.length() / 4);
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String nfd = Normalizer.normalize(nfc.substring(i, i + 1), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char c : nfd.toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0 ? tone : base).append(c);
            }
            out.writeBytes(enc.apply(Normalizer.normalize(base, Normalizer.Form.NFC)));
            out.writeBytes(enc.apply(tone.toString()));
        }
        return out.toByteArray();
    }

    /** True when the line holds a capital that TCVN3 writes with its lower-case code (Ủ, Ở, Ấ …). */
    private static boolean hasTonedCapital(String line) {
        for (char c : line.toCharArray()) {
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            if (c > 0x7F && Character.isUpperCase(c)
                    && LegacyVietnamese.encodeTcvn3(String.valueOf(c)).equals(LegacyVietnamese.encodeTcvn3(lower))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeading(String line) {
        return vn.provinceplans.extract.text.Fold.isUpperCase(line)
                && line.chars().filter(Character::isLetter).count() >= 6;
    }
}
