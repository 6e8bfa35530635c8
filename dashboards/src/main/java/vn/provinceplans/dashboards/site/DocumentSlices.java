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
    private final int slicesPerDigestQuery;
    private final long documents;
    private final int slices;

    DocumentSlices(Catalog catalog, int documentsPerSlice) throws SQLException {
        this(catalog, documentsPerSlice, SLICES_PER_DIGEST_QUERY);
    }

    DocumentSlices(Catalog catalog, int documentsPerSlice, int slicesPerDigestQuery) throws SQLException {
        this.catalog = catalog;
        this.slicesPerDigestQuery = slicesPerDigestQuery;
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
        int group = i / slicesPerDigestQuery;
        if (digestGroup != group) {
            digests = digests(group * slicesPerDigestQuery, Math.min(slices, (group + 1) * slicesPerDigestQuery));
            digestGroup = group;
        }
        return new Slice(docs, digests.getOrDefault(i, Map.of()));
    }

    /**
     * Slices read by one query for the digests of their fact rows: each query reads every fact table once, so one per
     * slice read them 20 times for 100 000 documents (8.2–8.9 s against 1.5–1.8 s in one query); a group of slices
     * keeps what the driver holds bounded whatever the corpus.
     */
    private static final int SLICES_PER_DIGEST_QUERY = 20;

    private int digestGroup = -1;
    private Map<Integer, Map<String, String>> digests = Map.of();

    /** The fact digests of the documents of slices {@code from} (inclusive) to {@code to}, by slice and doc_id. */
    private Map<Integer, Map<String, String>> digests(int from, int to) throws SQLException {
        List<String> parts = new java.util.ArrayList<>();
        for (TableSpec t : factTables()) {
            List<String> idColumns = t.columnNames().stream().filter(SiteData::documentColumn).toList();
            parts.add("SELECT '" + t.name() + "' AS fact_table, id, sum(h)::VARCHAR || ':' || count(*) AS digest"
                    + " FROM (SELECT unnest(list_distinct([" + String.join(", ", idColumns) + "])) AS id,"
                    + " hash(t) AS h FROM " + t.name() + " t WHERE "
                    + idColumns.stream().map(c -> inSlices(c, from, to)).collect(Collectors.joining(" OR "))
                    + ") WHERE " + inSlices("id", from, to) + " GROUP BY id");
        }
        Map<Integer, Map<String, String>> bySlice = new java.util.HashMap<>();
        for (Table.Row r : NamedQueries.run(catalog, "fact digests of slices " + from + "–" + (to - 1), "documents",
                "SELECT CAST(hash(id) % " + slices + " AS INTEGER) AS slice, id,"
                        + " string_agg(fact_table || '=' || digest, ',' ORDER BY fact_table) AS digest"
                        + " FROM (" + String.join(" UNION ALL ", parts) + ") GROUP BY ALL", List.of()).rows()) {
            bySlice.computeIfAbsent(r.integer("slice"), k -> new java.util.HashMap<>()).put(r.str("id"),
                    r.str("digest"));
        }
        return bySlice;
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

    private String inSlices(String column, int from, int to) {
        return "(" + column + " IS NOT NULL AND hash(" + column + ") % " + slices + " >= " + from + " AND hash("
                + column + ") % " + slices + " < " + to + ")";
    }

    private String inSlice(String column, int i) {
        return "(" + column + " IS NOT NULL AND hash(" + column + ") % " + slices + " = " + i + ")";
    }
}
