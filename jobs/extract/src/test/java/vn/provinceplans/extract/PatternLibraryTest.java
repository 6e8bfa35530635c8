package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.patterns.PatternSpec;
import vn.provinceplans.extract.text.Fold;

/** Every pattern against its own examples, in both directions (eyecite's discipline). */
class PatternLibraryTest {

    private final PatternLibrary library = PatternLibrary.get();

    @TestFactory
    Stream<DynamicTest> everyExampleIsFoundByItsPattern() {
        List<DynamicTest> tests = new ArrayList<>();
        for (PatternSpec spec : library.specs()) {
            Pattern p = Pattern.compile(library.expanded(spec.name()), Pattern.MULTILINE);
            for (PatternSpec.Example e : spec.examples()) {
                tests.add(DynamicTest.dynamicTest(spec.name() + " finds «" + e.input() + "»", () -> {
                    Matcher m = p.matcher(input(spec, e.input()));
                    assertTrue(m.find(), spec.name() + " should match «" + e.input() + "»");
                    if (e.expectedValue() != null) {
                        String source = input(spec, e.input());
                        assertEquals(input(spec, e.expectedValue()), source.substring(m.start("v"), m.end("v")));
                    }
                }));
            }
            for (String counter : spec.counterExamples()) {
                tests.add(DynamicTest.dynamicTest(spec.name() + " ignores «" + counter + "»", () -> {
                    Matcher m = p.matcher(input(spec, counter));
                    if (spec.on() == PatternSpec.Target.PIECE) {
                        assertFalse(m.matches(), spec.name() + " should not match «" + counter + "»");
                    } else {
                        assertFalse(m.find(), spec.name() + " should not find anything in «" + counter + "»"
                                + (m.find(0) ? " but found «" + m.group() + "»" : ""));
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyPatternHasExamplesAndADescription() {
        for (PatternSpec spec : library.specs()) {
            assertFalse(spec.examples().isEmpty(), spec.name() + " has no examples");
            assertFalse(spec.description().isBlank(), spec.name() + " has no description");
        }
    }

    @Test
    void piecesMatchTheirExamplesWhole() {
        for (PatternSpec spec : library.specs()) {
            if (spec.on() == PatternSpec.Target.PIECE) {
                Pattern p = Pattern.compile(library.expanded(spec.name()));
                for (PatternSpec.Example e : spec.examples()) {
                    assertTrue(p.matcher(e.input()).matches(), spec.name() + " should match all of «" + e.input()
                            + "»");
                }
            }
        }
    }

    private static String input(PatternSpec spec, String example) {
        return spec.on() == PatternSpec.Target.FOLDED ? Fold.chars(example) : example;
    }
}
