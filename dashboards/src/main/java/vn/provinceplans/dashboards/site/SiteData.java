package vn.provinceplans.dashboards.site;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.dashboards.QueryRefused;
import vn.provinceplans.dashboards.ReadOnlyQueries;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** Everything the site shows, read in one pass of a few queries over the published snapshot. */
final class SiteData {

    /** A column naming a document: doc_id, or plan_doc_id / answer_doc_id of the timeliness mart. */
    static boolean documentColumn(String column) {
        return column.equals("doc_id") || column.endsWith("_doc_id");
    }

    final String snapshot;
    final List<Unit> former = new ArrayList<>();
    final List<Unit> current = new ArrayList<>();
    final Map<String, Table> queries = new LinkedHashMap<>();
    /** Every column of every document, keyed by doc_id. */
    final Table documentHeaders;
    /**
     * Every contract table with a column naming a document (inputs, citations, deadlines, timeliness …) but the
     * documents themselves: its rows, shown on the page of each document they name.
     */
    final Map<TableSpec, Table> documentFacts = new LinkedHashMap<>();

    private SiteData(Catalog catalog) throws SQLException {
        this.snapshot = catalog.snapshot().getFileName().toString();
        for (String name : NamedQueries.NAMES) {
            queries.put(name, NamedQueries.run(catalog, name));
        }
        for (Table.Row r : query("units").rows()) {
            List<String> predecessors = new ArrayList<>();
            for (Object p : r.list("predecessors")) {
                predecessors.add(String.valueOf(p));
            }
            Unit u = new Unit("current".equals(r.str("era")), r.str("code"), r.str("name"), r.str("successor_code"),
                    r.str("successor_name"), predecessors);
            (u.current() ? current : former).add(u);
        }
        documentHeaders = run(catalog, "documents", "SELECT * FROM documents ORDER BY doc_id");
        for (TableSpec t : Contract.get().tables()) {
            if (t.columnNames().stream().anyMatch(SiteData::documentColumn) && !t.name().equals("documents")
                    && !t.name().equals("document_text")) {
                documentFacts.put(t, run(catalog, t.name(), "SELECT * FROM " + t.name()));
            }
        }
    }

    static SiteData load(Catalog catalog) throws SQLException {
        return new SiteData(catalog);
    }

    Table query(String name) {
        Table t = queries.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no named query " + name);
        }
        return t;
    }

    List<Unit> units() {
        List<Unit> all = new ArrayList<>(former);
        all.addAll(current);
        return all;
    }

    private static Table run(Catalog catalog, String name, String sql) throws SQLException {
        try {
            return new Table(name, new ReadOnlyQueries(catalog, Integer.MAX_VALUE, Duration.ofMinutes(10)).run(sql));
        } catch (QueryRefused e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
