package vn.provinceplans.schema;

import java.util.Map;
import java.util.stream.Collectors;

/** Renders the contract as the Markdown table reference that the README carries between two markers. */
public final class TableReference {

    public static final String BEGIN = "<!-- table-reference:begin (generated from schemas/contract; edit there) -->";
    public static final String END = "<!-- table-reference:end -->";

    private TableReference() {
    }

    public static String markdown(Contract contract) {
        StringBuilder out = new StringBuilder();
        for (TableSpec t : contract.tables()) {
            out.append("### `").append(t.name()).append("`\n\n");
            out.append(t.description()).append(" *Grain:* ").append(t.grain()).append(". *Built by* `")
                    .append(t.job()).append('`');
            if (t.partitioned()) {
                out.append(", partitioned by `").append(t.partitionBy()).append('`');
            }
            if (t.clustered()) {
                out.append(", each file sorted by `").append(t.clusterBy()).append("` in row groups of at most ")
                        .append(String.format(java.util.Locale.ROOT, "%,d", TableSpec.CLUSTER_ROW_GROUP_ROWS)
                                .replace(',', ' '))
                        .append(" rows");
            }
            out.append(".\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
            for (ColumnSpec c : t.columns()) {
                String meaning = escape(c.description());
                if (!c.vocabulary().isEmpty()) {
                    meaning += " — one of " + contract.vocabulary(c.vocabulary()).keySet().stream()
                            .map(v -> "`" + v + "`").collect(Collectors.joining(", "));
                }
                out.append("| `").append(c.name()).append("` | ").append(c.type().contractName()).append(" | ")
                        .append(c.nullable() ? "yes" : "no").append(" | ").append(meaning).append(" |\n");
            }
            out.append('\n');
        }
        out.append("#### Vocabularies\n\n| vocabulary | value | meaning |\n|---|---|---|\n");
        for (String name : contract.vocabularyNames()) {
            for (Map.Entry<String, String> e : contract.vocabulary(name).entrySet()) {
                out.append("| ").append(name).append(" | `").append(e.getKey()).append("` | ")
                        .append(escape(e.getValue())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
