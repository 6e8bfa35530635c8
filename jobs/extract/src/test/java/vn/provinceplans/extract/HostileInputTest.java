package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.provinceplans.extract.eval.HostileTexts;
import vn.provinceplans.extract.text.TextNormalizer;

/** The extractor never throws and stays linear on text no document would contain ({@link HostileTexts}). */
class HostileInputTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    @TestFactory
    Stream<DynamicTest> neverThrowsAndFinishes() {
        return HostileTexts.all().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                    assertNotNull(EXTRACTOR.extract(c.text()));
                    assertNotNull(EXTRACTOR.extract(TextNormalizer.normalize(c.text())));
                })));
    }
}
