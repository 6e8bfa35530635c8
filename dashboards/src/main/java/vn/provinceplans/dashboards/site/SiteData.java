package vn.provinceplans.dashboards.site;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.provinceplans.dashboards.Catalog;

/**
 * What the site's overview, ranking, province and unit pages show: the chart queries read once over the published
 * snapshot, each page's document list when the page is drawn; the document pages read theirs a slice at a time
 * ({@link DocumentSlices}).
 */
final class SiteData {

    /** A column naming a document: doc_id, or plan_doc_id / answer_doc_id of the timeliness mart. */
    static boolean documentColumn(String column) {
        return column.equals("doc_id") || column.endsWith("_doc_id");
    }

    private final Catalog catalog;
    final String snapshot;
    final List<Unit> former = new ArrayList<>();
    final List<Unit> current = new ArrayList<>();
    final Map<String, Table> queries = new LinkedHashMap<>();

    private SiteData(Catalog catalog) throws SQLException {
        this.catalog = catalog;
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

    /** The documents of one province or unit page (the catalog stays open while the site is built). */
    Table unitDocuments(Unit u) {
        try {
            return NamedQueries.run(catalog, NamedQueries.UNIT_DOCUMENTS, u.code(), u.current() ? "current" : "former");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    List<Unit> units() {
        List<Unit> all = new ArrayList<>(former);
        all.addAll(current);
        return all;
    }
}
