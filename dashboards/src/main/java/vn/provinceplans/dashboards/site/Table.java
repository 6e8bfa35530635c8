package vn.provinceplans.dashboards.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.provinceplans.dashboards.QueryResult;

/** The rows of a named query, read by column name. */
final class Table {

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Row> rows;

    Table(String name, QueryResult result) {
        this(name, result.columns(), result.rows());
    }

    private Table(String name, List<String> columns, List<List<Object>> values) {
        this.name = name;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        List<Row> out = new ArrayList<>(values.size());
        for (List<Object> v : values) {
            out.add(new Row(v));
        }
        this.rows = out;
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    List<Row> where(Predicate<Row> p) {
        return rows.stream().filter(p).toList();
    }

    <K> Map<K, List<Row>> groupBy(Function<Row, K> key) {
        Map<K, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private int column(String c) {
        Integer i = index.get(c);
        if (i == null) {
            throw new IllegalStateException("the query " + name + " has no column '" + c + "' (it has " + columns
                    + ")");
        }
        return i;
    }

    /** One row; getters return null for SQL NULL. */
    final class Row {

        private final List<Object> values;

        private Row(List<Object> values) {
            this.values = values;
        }

        Object get(String c) {
            return values.get(column(c));
        }

        String str(String c) {
            Object v = get(c);
            return v == null ? null : v.toString();
        }

        Double dbl(String c) {
            Object v = get(c);
            if (v == null) {
                return null;
            }
            double d = ((Number) v).doubleValue();
            return Double.isNaN(d) ? null : d;
        }

        Integer integer(String c) {
            Object v = get(c);
            return v == null ? null : ((Number) v).intValue();
        }

        long count(String c) {
            Object v = get(c);
            return v == null ? 0 : ((Number) v).longValue();
        }

        boolean flag(String c) {
            return Boolean.TRUE.equals(get(c));
        }

        LocalDate date(String c) {
            Object v = get(c);
            if (v == null) {
                return null;
            }
            if (v instanceof LocalDate d) {
                return d;
            }
            if (v instanceof java.sql.Date d) {
                return d.toLocalDate();
            }
            return LocalDate.parse(v.toString().substring(0, 10));
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String c) {
            Object v = get(c);
            return v == null ? List.of() : (List<Object>) v;
        }

        /** The values of the given columns, in that order (a CSV row). */
        List<Object> values(List<String> cols) {
            List<Object> out = new ArrayList<>(cols.size());
            for (String c : cols) {
                out.add(get(c));
            }
            return out;
        }
    }
}
