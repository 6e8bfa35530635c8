package vn.provinceplans.dashboards;

import java.util.List;

/**
 * Rows of one query. Values are Java objects as DuckDB's JDBC driver returns them (null for SQL NULL).
 *
 * @param truncated true when the row cap cut the result short
 */
public record QueryResult(List<String> columns, List<String> types, List<List<Object>> rows, boolean truncated) {
}
