package vn.provinceplans.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import vn.provinceplans.schema.ColumnSpec;

/**
 * Builds a Spark row for a list of contract columns by column name, so the order and the set of columns come from
 * the contract and a job cannot put a value under the wrong column.
 */
public final class ContractRow {

    private final List<ColumnSpec> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final Object[] values;

    public ContractRow(List<ColumnSpec> columns) {
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        this.values = new Object[columns.size()];
    }

    public ContractRow set(String column, Object value) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("column '" + column + "' is not in the contract");
        }
        values[i] = value;
        return this;
    }

    /** The row; a column the contract marks not-null and that was left null is a bug, reported by name. */
    public Row build() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && !columns.get(i).nullable()) {
                throw new IllegalStateException("column '" + columns.get(i).name() + "' must not be null");
            }
        }
        Row row = RowFactory.create(values.clone());
        java.util.Arrays.fill(values, null);
        return row;
    }
}
