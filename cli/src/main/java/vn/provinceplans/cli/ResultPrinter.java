package vn.provinceplans.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import vn.provinceplans.dashboards.QueryResult;

/** Prints a query result as an aligned table, CSV (header row, NULL as an empty field) or JSON (array of objects). */
final class ResultPrinter {

    private static final int MAX_CELL = 60;

    private ResultPrinter() {
    }

    static void print(QueryResult r, OutputFormat format, PrintStream out) {
        switch (format) {
            case CSV -> csv(r, out);
            case JSON -> json(r, out);
            default -> table(r, out);
        }
        out.flush();
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros()
                    .toPlainString();
        }
        if (v instanceof Float f) {
            return text(f.doubleValue());
        }
        if (v instanceof List<?> list) {
            return list.stream().map(x -> x == null ? "NULL" : text(x)).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.toString();
    }

    private static void csv(QueryResult r, PrintStream out) {
        // NULL prints as nothing at all, also in the first column (where a plain empty string would be quoted).
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setNullString("")
                .setHeader(r.columns().toArray(String[]::new)).get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (List<Object> row : r.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object v : row) {
                    cells.add(text(v));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(QueryResult r, PrintStream out) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.writeStartArray();
            for (List<Object> row : r.rows()) {
                g.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    g.writeFieldName(r.columns().get(i));
                    writeJson(g, row.get(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            g.writeNumber(new BigDecimal(text(v)));
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object x : list) {
                writeJson(g, x);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    private static void table(QueryResult r, PrintStream out) {
        int n = r.columns().size();
        int[] width = new int[n];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            width[i] = r.columns().get(i).length();
        }
        for (List<Object> row : r.rows()) {
            String[] line = new String[n];
            for (int i = 0; i < n; i++) {
                String t = text(row.get(i));
                t = t == null ? "NULL" : t.replace('\n', ' ').replace('\t', ' ');
                if (t.length() > MAX_CELL) {
                    t = t.substring(0, MAX_CELL - 1) + "…";
                }
                line[i] = t;
                width[i] = Math.max(width[i], t.length());
            }
            cells.add(line);
        }
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(row(r.columns().toArray(String[]::new), width));
        out.println(rule);
        for (String[] line : cells) {
            out.println(row(line, width));
        }
        out.printf("(%d row%s%s)%n", r.rows().size(), r.rows().size() == 1 ? "" : "s",
                r.truncated() ? ", cut at the row cap" : "");
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : " | ").append(cells[i]).append(" ".repeat(width[i] - cells[i].length()));
        }
        return b.toString().stripTrailing();
    }
}
