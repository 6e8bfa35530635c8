package vn.provinceplans.dashboards.site;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * The documents and every fact row naming them, read one slice of documents at a time (by a hash of doc_id), so a
 * site of a national corpus never holds all documents and all their facts in memory: a slice of about
 * {@link #DOCUMENTS_PER_SLICE} documents is read, its pages written, and then the next slice is read.
 */
final class DocumentSlices {

    static final int DOCUMENTS_PER_SLICE = 5000;

    /**
     * The documents of one slice (every column) and, per document, a digest of every fact row naming it: for each
     * fact table, the sum and the count of DuckDB's 64-bit hashes of those rows (whole rows, every column), which do
     * not depend on the rows' order. A page whose digest is the same as in the previous build shows the same rows.
     */
    record Slice(Table documents, Map<String, String> factDigests) {
    }

    private final Catalog catalog;
    private final long documents;
    private final int slices;

    DocumentSlices(Catalog catalog, int documentsPerSlice) throws SQLException {
        this.catalog = catalog;
        this.documents = ((Number) NamedQueries.run(catalog, "count of documents", "documents",
                "SELECT count(*) AS n FROM documents", List.of()).rows().get(0).get("n")).longValue();
        this.slices = (int) Math.max(1, (documents + documentsPerSlice - 1) / documentsPerSlice);
    }

    long documents() {
        return documents;
    }

    int slices() {
        return slices;
    }

    /** Slice {@code i} of {@link #slices()}: its documents and the digests of their fact rows. */
    Slice slice(int i) throws SQLException {
        Table docs = NamedQueries.run(catalog, "documents of slice " + i, "documents",
                "SELECT * FROM documents WHERE " + inSlice("doc_id", i) + " ORDER BY doc_id", List.of());
        List<String> parts = new java.util.ArrayList<>();
        for (TableSpec t : factTables()) {
            List<String> idColumns = t.columnNames().stream().filter(SiteData::documentColumn).toList();
            parts.add("SELECT '" + t.name() + "' AS fact_table, id, sum(h)::VARCHAR || ':' || count(*) AS digest"
                    + " FROM (SELECT unnest(list_distinct([" + String.join(", ", idColumns) + "])) AS id,"
                    + " hash(t) AS h FROM " + t.name() + " t WHERE "
                    + idColumns.stream().map(c -> inSlice(c, i)).collect(Collectors.joining(" OR "))
                    + ") WHERE " + inSlice("id", i) + " GROUP BY id");
        }
        Map<String, Map<String, String>> byDocument = new java.util.HashMap<>();
        for (Table.Row r : NamedQueries.run(catalog, "fact digests of slice " + i, "documents",
                String.join(" UNION ALL ", parts), List.of()).rows()) {
            byDocument.computeIfAbsent(r.str("id"), k -> new java.util.TreeMap<>()).put(r.str("fact_table"),
                    r.str("digest"));
        }
        Map<String, String> digests = new java.util.HashMap<>();
        byDocument.forEach((id, tables) -> digests.put(id, tables.toString()));
        return new Slice(docs, digests);
    }

    /**
     * Per fact table, its rows naming any of {@code ids} (documents of slice {@code i}), or any document of the slice
     * when {@code ids} is null. A fact row naming two documents (a plan and the report answering it) comes with the
     * slice of each, so each document's page shows it.
     */
    Map<TableSpec, Table> facts(int i, java.util.Collection<String> ids) throws SQLException {
        Map<TableSpec, Table> facts = new LinkedHashMap<>();
        String only = ids == null ? null : ids.stream().map(id -> "'" + id.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        for (TableSpec t : factTables()) {
            String where = t.columnNames().stream().filter(SiteData::documentColumn)
                    .map(c -> only == null ? inSlice(c, i) : c + " IN (" + only + ")")
                    .collect(Collectors.joining(" OR "));
            // In an order of their own, not the files': the same rows give the same page whatever the layout.
            facts.put(t, NamedQueries.run(catalog, t.name() + " of slice " + i, t.name(),
                    "SELECT * FROM " + t.name() + " WHERE " + where + " ORDER BY ALL", List.of()));
        }
        return facts;
    }

    /**
     * Every contract table with a column naming a document (inputs, citations, deadlines, timeliness …) but the
     * documents themselves and their texts: its rows are shown on the page of each document they name.
     */
    static List<TableSpec> factTables() {
        return Contract.get().tables().stream()
                .filter(t -> t.columnNames().stream().anyMatch(SiteData::documentColumn))
                .filter(t -> !t.name().equals("documents") && !t.name().equals("document_text"))
                .toList();
    }

    private String inSlice(String column, int i) {
        return "(" + column + " IS NOT NULL AND hash(" + column + ") % " + slices + " = " + i + ")";
    }
}
