package vn.provinceplans.schema;

import java.util.List;
import java.util.Optional;

/** One published table: who builds it, how it is partitioned, and its columns in order. */
public record TableSpec(String name, String layer, String job, String partitionBy, String grain, String description,
                        List<ColumnSpec> columns) {

    public Optional<ColumnSpec> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean partitioned() {
        return !partitionBy.isEmpty();
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }
}
