package vn.provinceplans.extract;

import java.util.List;
import java.util.function.Supplier;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.facts.CitationExtractor;
import vn.provinceplans.extract.facts.DeadlineExtractor;
import vn.provinceplans.extract.facts.IndexMentionExtractor;
import vn.provinceplans.extract.facts.ModelCountExtractor;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.header.HeaderExtractor;

/**
 * The extraction entry point: normalised text in, facts out, in one pass over one {@link DocumentText}. Plain Java
 * with no Spark, safe to share between threads (it holds only compiled patterns and reference data). It never
 * throws on any text: a part that fails on a hostile input yields no facts of its kind instead of failing the run.
 */
public final class DocumentExtractor {

    private final HeaderExtractor header = new HeaderExtractor();
    private final CitationExtractor citations = new CitationExtractor();
    private final IndexMentionExtractor indices = new IndexMentionExtractor();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final ModelCountExtractor models = new ModelCountExtractor();

    public DocumentFacts extract(String normalisedText) {
        String text = normalisedText == null ? "" : normalisedText;
        DocumentText doc = new DocumentText(text);
        DocumentHeader h = safely(() -> header.extract(doc), () -> emptyHeader(text));
        return new DocumentFacts(h,
                safely(() -> citations.extract(doc, h), List::of),
                safely(() -> indices.extract(doc), List::of),
                safely(() -> deadlines.extract(doc, h), List::of),
                safely(() -> models.extract(doc, h), List::of));
    }

    /** Only the header: the baseline the benchmark compares the full extraction with. */
    public DocumentHeader extractHeader(String normalisedText) {
        String text = normalisedText == null ? "" : normalisedText;
        DocumentText doc = new DocumentText(text);
        return safely(() -> header.extract(doc), () -> emptyHeader(text));
    }

    private static <T> T safely(Supplier<T> part, Supplier<T> fallback) {
        try {
            return part.get();
        } catch (RuntimeException | StackOverflowError e) {
            // A regex that recurses too deep or an unforeseen shape of text: no facts of this kind, not a failed run.
            return fallback.get();
        }
    }

    private static DocumentHeader emptyHeader(String text) {
        boolean synthetic = text.stripLeading().startsWith("[synthetic]");
        return new DocumentHeader(null, "other", null, null, null, null, null, null, null, null, null, null, null,
                false, synthetic);
    }
}
