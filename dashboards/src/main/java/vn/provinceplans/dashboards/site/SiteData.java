package vn.provinceplans.dashboards.site;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.provinceplans.dashboards.Catalog;

/**
 * What the site's overview, ranking, province and unit pages show, read in one pass of the named queries over the
 * published snapshot; the document pages read theirs a slice at a time ({@link DocumentSlices}).
 */
final class SiteData {

    /** A column naming a document: doc_id, or plan_doc_id / answer_doc_id of the timeliness mart. */
    static boolean documentColumn(String column) {
        return column.equals("doc_id") || column.endsWith("_doc_id");
    }

    final String snapshot;
    final List<Unit> former = new ArrayList<>();
    final List<Unit> current = new ArrayList<>();
    final Map<String, Table> queries = new LinkedHashMap<>();

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
}
