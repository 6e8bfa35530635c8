package vn.provinceplans.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.facts.Citation;
import vn.provinceplans.extract.facts.Deadline;
import vn.provinceplans.extract.facts.IndexMention;
import vn.provinceplans.extract.facts.ModelCount;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.reference.DocumentProvince;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;

/**
 * What extraction gives one text, by contract column name: the documents columns that depend on the text alone
 * ("core": all but the path columns), and the rows of each fact table nested in the document. Plain Java, so that
 * Spark's extract stage and a small change applied without Spark ({@link SmallChangeRun}) fill the same columns.
 */
public final class DocumentValues {

    /** The columns of documents that depend on which files hold a text, not on the text. */
    public static final List<String> PATH_COLUMNS = List.of("source_path", "source_paths", "source_format",
            "encoding_detected");

    /**
     * The fact tables nested in each document's extracted row, each as a column of the same name holding the table's
     * rows without {@code doc_id}.
     */
    public static final List<String> NESTED_FACT_TABLES = List.of("citations", "index_mentions", "deadlines",
            "model_counts");

    private DocumentValues() {
    }

    /** The documents columns but the path ones, in contract order. */
    public static List<ColumnSpec> coreColumns() {
        return Contract.get().table("documents").columns().stream().filter(c -> !PATH_COLUMNS.contains(c.name()))
                .toList();
    }

    /** The columns of a fact table except doc_id: the fields of its nested rows. */
    public static List<ColumnSpec> factColumns(String table) {
        return Contract.get().table(table).columns().stream().filter(c -> !c.name().equals("doc_id")).toList();
    }

    /** Gives {@code column} each core column's value of the text {@code docId}. */
    public static void core(String docId, String text, DocumentFacts facts, BiConsumer<String, Object> column) {
        DocumentHeader h = facts.header();
        Integer year = h.issueDate() != null ? Integer.valueOf(h.issueDate().getYear()) : h.periodStart();
        DocumentProvince unit = DocumentProvince.of(h.province(), h.issueDate(), h.periodStart());
        column.accept("doc_id", docId);
        column.accept("doc_number", h.docNumber());
        column.accept("doc_type", h.docType());
        column.accept("issuer", h.issuer());
        column.accept("issuer_level", h.issuerLevel());
        column.accept("province", h.province());
        column.accept("province_code", unit.code());
        column.accept("province_valid_from", unit.validFrom());
        column.accept("successor_code", unit.successorCode());
        column.accept("successor_name", unit.successorName());
        column.accept("district", h.district());
        column.accept("issue_date", h.issueDate());
        column.accept("signer", h.signer());
        column.accept("title", h.title());
        column.accept("period_start", h.periodStart());
        column.accept("period_end", h.periodEnd());
        column.accept("parent_doc_number", h.parentDocNumber());
        column.accept("parent_doc_date", h.parentDocDate());
        column.accept("truncated", h.truncated());
        column.accept("mentions_sipas", facts.mentions("SIPAS"));
        column.accept("mentions_papi", facts.mentions("PAPI"));
        column.accept("mentions_pci", facts.mentions("PCI"));
        column.accept("text_chars", text.length());
        column.accept("synthetic", h.synthetic());
        column.accept("year", year);
    }

    /** The rows of the nested fact table {@code table}, each by column name, in the order extraction found them. */
    public static List<Map<String, Object>> facts(String table, DocumentFacts facts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (table) {
            case "citations" -> {
                for (Citation c : facts.citations()) {
                    rows.add(row("cited_number", c.citedNumber(), "cited_kind", c.citedKind(),
                            "cited_issuer", c.citedIssuer(), "cited_year", c.citedYear(), "cited_date", c.citedDate(),
                            "in_body", c.inBody(), "mentions", c.mentions(), "context", c.context()));
                }
            }
            case "index_mentions" -> {
                for (IndexMention m : facts.indexMentions()) {
                    rows.add(row("index_name", m.indexName(), "mentions", m.mentions(), "context", m.context()));
                }
            }
            case "deadlines" -> {
                for (Deadline d : facts.deadlines()) {
                    rows.add(row("kind", d.kind(), "due_date", d.dueDate(), "due_month", d.dueMonth(),
                            "due_day", d.dueDay(), "recurring", d.recurring(), "recipient", d.recipient(),
                            "context", d.context()));
                }
            }
            case "model_counts" -> {
                for (ModelCount m : facts.modelCounts()) {
                    rows.add(row("kind", m.kind(), "count", m.count(), "qualifier", m.qualifier(), "year", m.year(),
                            "recurring", m.recurring(), "context", m.context()));
                }
            }
            default -> throw new IllegalArgumentException(table + " is not a nested fact table");
        }
        return rows;
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
