package vn.provinceplans.extract;

import java.util.List;

import vn.provinceplans.extract.facts.Citation;
import vn.provinceplans.extract.facts.Deadline;
import vn.provinceplans.extract.facts.IndexMention;
import vn.provinceplans.extract.facts.ModelCount;
import vn.provinceplans.extract.header.DocumentHeader;

/** Everything extracted from one document's text: its header and its lists of facts (never null). */
public record DocumentFacts(DocumentHeader header, List<Citation> citations, List<IndexMention> indexMentions,
                            List<Deadline> deadlines, List<ModelCount> modelCounts) {

    public DocumentFacts {
        citations = List.copyOf(citations);
        indexMentions = List.copyOf(indexMentions);
        deadlines = List.copyOf(deadlines);
        modelCounts = List.copyOf(modelCounts);
    }

    /** True when the document's own text names the index ('SIPAS', 'PAPI', 'PCI', 'PAR_INDEX' …). */
    public boolean mentions(String indexName) {
        return indexMentions.stream().anyMatch(m -> m.indexName().equals(indexName));
    }
}
