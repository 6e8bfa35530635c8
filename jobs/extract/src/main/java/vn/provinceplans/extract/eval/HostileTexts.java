package vn.provinceplans.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text no document would contain: random characters, one huge line, thousands of dates, numbers and counts,
 * unbalanced brackets, lone surrogates and control characters. The extractor must never throw and must stay linear
 * on them (HostileInputTest), and a build meant only to be faster must extract from them exactly what the build
 * before it did (the bench module's FactsDump).
 */
public final class HostileTexts {

    /** A named hostile text. */
    public record Case(String name, String text) {
    }

    private HostileTexts() {
    }

    /** The same texts on every call (the random ones from a fixed seed). */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("empty", ""));
        cases.add(new Case("blank lines", "\n\n \t \n|\n"));
        cases.add(new Case("thousands of deadlines", "trước ngày 15/6 và 20/12, cuối tháng 2, ".repeat(6000)));
        cases.add(new Case("thousands of citations",
                "Kế hoạch số 12/KH-UBND ngày 31/02/2023 của UBND tỉnh và của của ".repeat(4000)));
        cases.add(new Case("thousands of counts",
                "“Dân vận khéo” đăng ký 2.071 mô hình (trong đó 5 mô hình, trên 99.999.999 mô hình ".repeat(3000)));
        cases.add(new Case("one long line", "Số: 1/KH-UBND ngày ".repeat(20000)));
        cases.add(new Case("index name prefixes", "chỉ số hài lòng của người dân đối với ".repeat(8000)));
        cases.add(new Case("brackets", "(".repeat(50000) + "[...]"));
        cases.add(new Case("list markers", "\n- 1\n1.\nI.\na)\nĐiều 1".repeat(20000)));
        cases.add(new Case("impossible dates", "trước ngày 99/99/9999, trước ngày 0/0, cuối tháng 13, ngày 31/2"));
        cases.add(new Case("surrogates and controls", "\uD800\uDC00\uD800 \u0000\u0007 trước ngày 1/1 \uDFFF"));
        cases.add(new Case("synthetic marker only", "[synthetic]"));
        Random random = new Random(20240601);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ0123456789 /-.,;:()|\n\t“”SốKHUBNDngàytrướcmô hìnhPAPI";
        for (int n = 0; n < 5; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            cases.add(new Case("random " + n, sb.toString()));
        }
        return cases;
    }
}
