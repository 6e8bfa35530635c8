package vn.provinceplans.schema;

/** One column of a published table. {@code vocabulary} is empty when the values are free. */
public record ColumnSpec(String name, ColumnType type, boolean nullable, String vocabulary, String description) {
}
