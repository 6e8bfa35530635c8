package vn.provinceplans.dashboards.site;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV download beside a chart: a header row, then exactly the rows the chart draws. A text cell that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, as OWASP advises; numbers are written as numbers, so {@code -3.5} stays a number. NULL is an empty
 * field. The file starts with a UTF-8 byte-order mark so that Excel shows the Vietnamese letters.
 */
public final class CsvDownload {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
            .setNullString("").get();

    private CsvDownload() {
    }

    /** The text of one cell: numbers plainly, text guarded against formula injection. */
    public static String cell(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : BigDecimal.valueOf(d).stripTrailingZeros()
                    .toPlainString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object x : list) {
                String t = x == null ? "" : x instanceof String s ? s : cell(x);
                parts.add(t == null ? "" : t);
            }
            return guard(String.join("; ", parts));
        }
        return guard(v.toString());
    }

    /** Prefixes text that a spreadsheet would read as a formula or a control sequence. */
    public static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    public static void write(Writer out, List<String> header, List<List<Object>> rows) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        List<String> head = new ArrayList<>();
        for (String h : header) {
            head.add(guard(h));
        }
        printer.printRecord(head);
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object v : row) {
                cells.add(cell(v));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
