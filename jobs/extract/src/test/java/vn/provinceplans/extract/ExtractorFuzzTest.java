package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.text.TextNormalizer;

/**
 * Random and mutated real text through the decoder and the extractor: never an exception, and every fact obeys
 * the invariants (valid dates in range, years in range, values from the vocabularies). Deterministic; raise
 * {@code -Dfuzz.iterations} for a longer run.
 */
class ExtractorFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 1500);
    private static final String[] FRAGMENTS = {"Số: ", "38/KH-UBND", "120-KL/TW", "ngày ", " tháng ", " năm ",
        "2021", "31", "02", "|", "\t", "\n", "\n\n", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "KẾ HOẠCH", "CHỈ THỊ",
        "Quảng Ngãi, ", "KT. CHỦ TỊCH\n", "PHÓ CHỦ TỊCH\n", "Nguyễn Văn A\n", "- 1Kế hoạch ", "Người ký: ",
        "Số hiệu", "Thực hiện Kế hoạch số ", " của UBND tỉnh ", "huyện Trà Bồng", "đến năm ", "giai đoạn ",
        " - ", "[...]", "[synthetic]", "SIPAS", "PAPI", "PCI", "Dân vận khéo", "mô hình", "2.071", "trước ngày 25/5",
        "cuối tháng 10", "9999", "0/0/0", "ngày 99 tháng 99 năm 99999", "\u00A0", "\u200B", "\uFEFF", "é", "Đ",
        "(", ")", ":", ";", ",", ".", "/", "-", "*", "“", "”"};
    private static final Set<String> DOC_TYPES = Set.of("KH", "CT", "QD", "BC", "NQ", "CV", "TB", "HD", "other");
    private static final Set<String> LEVELS = Set.of("central", "province", "district", "commune", "department",
            "party", "other");

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void randomFragmentsNeverBreakTheExtractor() {
        Random random = new Random(20261124L);
        for (int i = 0; i < ITERATIONS; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int j = 0; j < n; j++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            check(text.toString());
        }
    }

    @Test
    void mutatedSeedsNeverBreakTheExtractor() throws IOException {
        Random random = new Random(7L);
        List<String> seeds = new ArrayList<>();
        for (var truth : SeedsGoldenTest.gold()) {
            seeds.add(SeedsGoldenTest.load(truth.get("file")));
        }
        for (int i = 0; i < ITERATIONS / 5; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            check(mutate(seed, random));
        }
    }

    @Test
    void randomBytesAreDecodedOrRejectedNeverThrown() {
        Random random = new Random(11L);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            String name = random.nextBoolean() ? "x.txt" : "x.html";
            var decoded = assertDoesNotThrow(() -> DocumentDecoder.decode(name, bytes));
            assertTrue(decoded.isLoaded() != (decoded.rejectReason() != null));
            if (decoded.isLoaded()) {
                check(decoded.text());
            }
        }
    }

    private void check(String raw) {
        String text = TextNormalizer.normalize(raw);
        DocumentHeader h = assertDoesNotThrow(() -> extractor.extract(text).header(), () -> "input:\n" + raw);
        assertTrue(DOC_TYPES.contains(h.docType()), h.docType());
        assertTrue(h.issuerLevel() == null || LEVELS.contains(h.issuerLevel()), h.issuerLevel());
        for (LocalDate d : new LocalDate[] {h.issueDate(), h.parentDocDate()}) {
            assertTrue(d == null || d.getYear() >= 1945 && d.getYear() <= 2100, String.valueOf(d));
        }
        for (Integer y : new Integer[] {h.periodStart(), h.periodEnd()}) {
            assertTrue(y == null || y >= 1900 && y <= 2099, String.valueOf(y));
        }
        if (h.periodStart() != null && h.periodEnd() != null) {
            assertTrue(h.periodStart() <= h.periodEnd(), h.periodStart() + ".." + h.periodEnd());
        }
        for (String s : new String[] {h.docNumber(), h.issuer(), h.province(), h.district(), h.signer(), h.title()}) {
            assertTrue(s == null || !s.isBlank() && s.equals(s.strip()), "«" + s + "»");
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(30);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + random.nextInt(200)));
                case 1 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> s.insert(at, '\n');
                case 3 -> s.setCharAt(at, Character.isUpperCase(s.charAt(at)) ? Character.toLowerCase(s.charAt(at))
                        : Character.toUpperCase(s.charAt(at)));
                case 4 -> {
                    int end = Math.min(s.length(), at + random.nextInt(300));
                    s.insert(at, s.substring(at, end));
                }
                default -> {
                    int end = Math.min(s.length(), at + 200);
                    s.replace(at, end, Normalizer.normalize(s.substring(at, end), Normalizer.Form.NFD));
                }
            }
        }
        return random.nextInt(10) == 0 ? new String(s.toString().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1) : s.toString();
    }
}
