package vn.provinceplans.extract;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.header.HeaderExtractor;

/**
 * The extraction entry point: normalised text in, facts out. Plain Java with no Spark, safe to share between
 * threads (it holds only compiled patterns and reference data).
 */
public final class DocumentExtractor {

    private final HeaderExtractor header = new HeaderExtractor();

    public DocumentFacts extract(String normalisedText) {
        DocumentText doc = new DocumentText(normalisedText);
        return new DocumentFacts(header.extract(doc));
    }
}
