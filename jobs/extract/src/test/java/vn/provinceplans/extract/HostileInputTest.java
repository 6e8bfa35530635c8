package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.text.TextNormalizer;

/**
 * The extractor never throws and stays linear on text no document would contain: random characters, one huge
 * line, thousands of dates, numbers and counts, unbalanced brackets, lone surrogates and control characters.
 */
class HostileInputTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    @TestFactory
    Stream<DynamicTest> neverThrowsAndFinishes() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"empty", ""});
        cases.add(new String[] {"blank lines", "\n\n \t \n|\n"});
        cases.add(new String[] {"thousands of deadlines", "trước ngày 15/6 và 20/12, cuối tháng 2, ".repeat(6000)});
        cases.add(new String[] {"thousands of citations",
            "Kế hoạch số 12/KH-UBND ngày 31/02/2023 của UBND tỉnh và của của ".repeat(4000)});
        cases.add(new String[] {"thousands of counts",
            "“Dân vận khéo” đăng ký 2.071 mô hình (trong đó 5 mô hình, trên 99.999.999 mô hình ".repeat(3000)});
        cases.add(new String[] {"one long line", "Số: 1/KH-UBND ngày ".repeat(20000)});
        cases.add(new String[] {"index name prefixes", "chỉ số hài lòng của người dân đối với ".repeat(8000)});
        cases.add(new String[] {"brackets", "(".repeat(50000) + "[...]"});
        cases.add(new String[] {"list markers", "\n- 1\n1.\nI.\na)\nĐiều 1".repeat(20000)});
        cases.add(new String[] {"impossible dates", "trước ngày 99/99/9999, trước ngày 0/0, cuối tháng 13, ngày 31/2"});
        cases.add(new String[] {"surrogates and controls", "\uD800\uDC00\uD800 \u0000\u0007 trước ngày 1/1 \uDFFF"});
        cases.add(new String[] {"synthetic marker only", "[synthetic]"});
        Random random = new Random(20240601);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ0123456789 /-.,;:()|\n\t“”SốKHUBNDngàytrướcmô hìnhPAPI";
        for (int n = 0; n < 5; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cases.add(new String[] {"random " + n, sb.toString()});
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> assertTimeoutPreemptively(
                Duration.ofSeconds(120), () -> {
                    assertNotNull(EXTRACTOR.extract(c[1]));
                    assertNotNull(EXTRACTOR.extract(TextNormalizer.normalize(c[1])));
                })));
    }
}
