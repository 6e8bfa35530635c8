package vn.provinceplans.jobs;

import org.apache.spark.sql.Row;

import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.facts.Citation;
import vn.provinceplans.extract.facts.Deadline;
import vn.provinceplans.extract.facts.IndexMention;
import vn.provinceplans.extract.facts.ModelCount;

/**
 * A document's fact lists as nested Spark rows, built by contract column name ({@link ContractRow}), so the struct
 * fields are exactly the fact table's columns without doc_id.
 */
final class FactRows {

    private FactRows() {
    }

    static Row[] citations(DocumentFacts facts, ContractRow row) {
        Row[] out = new Row[facts.citations().size()];
        int i = 0;
        for (Citation c : facts.citations()) {
            out[i++] = row.set("cited_number", c.citedNumber())
                    .set("cited_kind", c.citedKind())
                    .set("cited_issuer", c.citedIssuer())
                    .set("cited_year", c.citedYear())
                    .set("cited_date", c.citedDate())
                    .set("in_body", c.inBody())
                    .set("mentions", c.mentions())
                    .set("context", c.context())
                    .build();
        }
        return out;
    }

    static Row[] indexMentions(DocumentFacts facts, ContractRow row) {
        Row[] out = new Row[facts.indexMentions().size()];
        int i = 0;
        for (IndexMention m : facts.indexMentions()) {
            out[i++] = row.set("index_name", m.indexName())
                    .set("mentions", m.mentions())
                    .set("context", m.context())
                    .build();
        }
        return out;
    }

    static Row[] deadlines(DocumentFacts facts, ContractRow row) {
        Row[] out = new Row[facts.deadlines().size()];
        int i = 0;
        for (Deadline d : facts.deadlines()) {
            out[i++] = row.set("kind", d.kind())
                    .set("due_date", d.dueDate())
                    .set("due_month", d.dueMonth())
                    .set("due_day", d.dueDay())
                    .set("recurring", d.recurring())
                    .set("recipient", d.recipient())
                    .set("context", d.context())
                    .build();
        }
        return out;
    }

    static Row[] modelCounts(DocumentFacts facts, ContractRow row) {
        Row[] out = new Row[facts.modelCounts().size()];
        int i = 0;
        for (ModelCount m : facts.modelCounts()) {
            out[i++] = row.set("kind", m.kind())
                    .set("count", m.count())
                    .set("qualifier", m.qualifier())
                    .set("year", m.year())
                    .set("recurring", m.recurring())
                    .set("context", m.context())
                    .build();
        }
        return out;
    }
}
