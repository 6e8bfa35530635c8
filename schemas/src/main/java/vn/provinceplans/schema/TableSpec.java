package vn.provinceplans.schema;

import java.util.List;
import java.util.Optional;

/**
 * One published table: who builds it, how it is partitioned and clustered, and its columns in order.
 *
 * @param clusterBy the column each file is sorted by, in small row groups a reader's filter on it can skip; empty
 *                  for none
 */
public record TableSpec(String name, String layer, String job, String partitionBy, String clusterBy, String grain,
                        String description, List<ColumnSpec> columns) {

    /**
     * Rows per Parquet row group of a clustered table: DuckDB's vector size, small enough that one province's
     * documents of a year fall in one or two row groups of their file, large enough to keep compression.
     */
    public static final int CLUSTER_ROW_GROUP_ROWS = 2048;

    public Optional<ColumnSpec> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean partitioned() {
        return !partitionBy.isEmpty();
    }

    public boolean clustered() {
        return !clusterBy.isEmpty();
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }
}
