package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.patterns.AnchoredScan;
import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.patterns.PatternSpec;
import vn.provinceplans.extract.text.Fold;

/** The anchored scan is only a shortcut: on every labelled text it finds exactly what {@code find()} finds. */
class AnchoredScanTest {

    @Test
    void sameMatchesAsFindForEveryFoldedPatternOnEveryLabelledText() throws IOException {
        assertSameMatchesAsFindForEveryFoldedPattern(texts());
    }

    /** A start word inside a longer word, glued to the next, at the very end, before a digit or a line break. */
    @Test
    void sameMatchesAsFindWhereAStartWordEndsOrDoesNot() {
        List<String> texts = List.of(
                "hanh chinh; han chot ngay 20/5/2024 va thoi han 15/12",
                "thoi han\nnop: ngay 30/6; han", "han", "hanh", "truocngay 20/5/2024", "truoc20/5/2024",
                "han20/5 hanhchot 1/2 han chot1/2", "cham nhat ngay 5/6, chamnhat 5/6, cham\tnhat 5/6",
                "khong qua ngay 10/10/2023 khongqua 10/10", "den het ngay 31/12 denhet 31/12 den  het 31/12",
                "sipas papi pci; sipasx papix; chi so hai long ve su phuc vu hanh chinh", "cuoi thang 10 cuoithang 10",
                // Alternatives without a look-behind match inside a word too: 'xchi so' as find() gives it.
                "xchi so nang luc canh tranh; 2chi so xanh cap tinh; 20sipas; xsipas; chinh chi so xanh cap tinh");
        assertSameMatchesAsFindForEveryFoldedPattern(texts);
    }

    /** Look-behinds that do and do not rule out a letter before the word, and words the regex may glue to more. */
    @Test
    void sameMatchesAsFindForHandWrittenPatterns() {
        String text = "xchi so; a chi so; hanh chot; han chot; 2han chot; truocngay, hanngay, han ngay; sipas; "
                + "xsipas; sipasx; 1sipas; han";
        for (String regex : List.of("(?<![a-z]\\s)chi\\s+so", "(?<![a-z0-9])han\\s+chot", "(?:truoc|han)\\s*ngay",
                "(?<![a-z])sipas\\b", "(?<![a-z])(?:sipas|han)\\b", "han\\b|chi\\s+so")) {
            Pattern p = Pattern.compile(regex);
            assertTrue(new AnchoredScan(p).anchored(), regex);
            assertEquals(spans(p, text), anchored(p, text), regex);
        }
    }

    @Test
    void deadlineTriggersAreAnchoredOnTheirFirstWords() {
        PatternLibrary library = PatternLibrary.get();
        assertEquals(List.of("truoc", "cham", "han", "han", "thoi", "khong", "den", "han"),
                new AnchoredScan(library.pattern("deadline_date")).startWords());
        assertEquals(List.of("cuoi"), new AnchoredScan(library.pattern("deadline_month_end")).startWords());
        assertTrue(new AnchoredScan(library.pattern("index_sipas")).anchored());
        assertTrue(!new AnchoredScan(library.pattern("model_count")).anchored(), "starts with an optional group");
    }

    /** Windows as the deadline extractor reads them: each alone, as find() in that region sees it. */
    @Test
    void sameMatchesAsFindInEachWindowForEveryFoldedPattern() throws IOException {
        PatternLibrary library = PatternLibrary.get();
        List<String> texts = texts();
        for (PatternSpec spec : library.specs()) {
            if (spec.on() != PatternSpec.Target.FOLDED) {
                continue;
            }
            Pattern p = library.pattern(spec.name());
            for (String text : texts) {
                List<int[]> windows = new ArrayList<>();
                for (int from = 0; from < text.length(); from += 700) {
                    windows.add(new int[] {from, Math.min(text.length(), from + 350)});
                }
                List<String> expected = new ArrayList<>();
                for (int[] w : windows) {
                    Matcher m = p.matcher(text).region(w[0], w[1]).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                    while (m.find()) {
                        expected.add(m.start() + "-" + m.end());
                    }
                }
                List<String> actual = new ArrayList<>();
                new AnchoredScan(p).forEach(text, windows, m -> actual.add(m.start() + "-" + m.end()));
                assertEquals(expected, actual, spec.name());
            }
        }
    }

    /** A pattern that starts with (?=\d) is tried only at digits, on the text as written. */
    @Test
    void numbersAreScannedFromTheirDigits() throws IOException {
        Pattern number = PatternLibrary.get().pattern("cited_number");
        assertTrue(new AnchoredScan(number).anchored());
        List<String> texts = new ArrayList<>(originalTexts());
        texts.addAll(List.of("", "1", "12/KH-UBND", "x12/KH-UBND 3/QĐ-TTg; 2024/5/NQ-CP ngày 1/2/2024",
                "Kế hoạch số 12/KH-UBND\nngày 3/4 và 45/2023/NĐ-\nCP", "٣/KH-UBND 3/KH-UBND"));
        for (String text : texts) {
            assertEquals(spans(number, text), anchored(number, text), text.length() > 60 ? "a labelled text" : text);
        }
    }

    private static void assertSameMatchesAsFindForEveryFoldedPattern(List<String> texts) {
        PatternLibrary library = PatternLibrary.get();
        for (PatternSpec spec : library.specs()) {
            if (spec.on() != PatternSpec.Target.FOLDED) {
                continue;
            }
            Pattern p = library.pattern(spec.name());
            for (String text : texts) {
                assertEquals(spans(p, text), anchored(p, text), spec.name() + " on '" + text + "'");
            }
        }
    }

    private static List<String> spans(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> anchored(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        new AnchoredScan(p).forEach(text, m -> out.add(m.start() + "-" + m.end()));
        return out;
    }

    private static List<String> texts() throws IOException {
        return originalTexts().stream().map(Fold::chars).toList();
    }

    private static List<String> originalTexts() throws IOException {
        List<String> out = new ArrayList<>();
        Path data = Path.of("..", "..", "data");
        try (Stream<Path> files = Stream.concat(Files.walk(data.resolve("documents/seeds")),
                Files.walk(data.resolve("labelled")))) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".csv")
                    && !p.toString().endsWith(".md")).toList()) {
                DecodedFile d = DocumentDecoder.decode(p.getFileName().toString(), Files.readAllBytes(p));
                if (d.isLoaded()) {
                    out.add(d.text());
                }
            }
        }
        assertTrue(out.size() > 40);
        return out;
    }
}
