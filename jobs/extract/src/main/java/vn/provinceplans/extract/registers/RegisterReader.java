package vn.provinceplans.extract.registers;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.text.Fold;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.RegisterFormat;

/**
 * Reads a register CSV file (submission log or model registry, told apart by the header) with Apache Commons CSV
 * and validates every row against its format in {@code schemas/registers/}. Good rows come back typed; every bad
 * row comes back as a {@link RowProblem} with the file, the line and a reason — nothing is dropped silently.
 */
public final class RegisterReader {

    /** A row that was not loaded, or a file that was not read (line 1 for header problems). */
    public record RowProblem(String source, long line, String reason, String content) {
    }

    /** What one file gave: its format (null when unrecognised), typed rows and problems. */
    public record Result(String source, String format, List<Map<String, Object>> rows, List<RowProblem> problems) {
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})(?:-H([12]))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final int CONTENT_MAX = 300;

    private RegisterReader() {
    }

    public static Result read(String source, byte[] bytes) {
        List<RowProblem> problems = new ArrayList<>();
        String text;
        try {
            int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem(source, "not valid UTF-8: save the register as CSV UTF-8");
        }
        if (text.isBlank()) {
            return fileProblem(source, "empty file: no header row");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = records.next();
            List<String> header = new ArrayList<>();
            for (String h : headerRecord) {
                header.add(h.strip().toLowerCase(Locale.ROOT));
            }
            Optional<RegisterFormat> match = recognise(header);
            if (match.isEmpty()) {
                return fileProblem(source, headerProblem(header));
            }
            RegisterFormat spec = match.get();
            Map<String, Long> seen = new HashMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            long lastLine = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (IllegalStateException | java.io.UncheckedIOException e) {
                    problems.add(new RowProblem(source, lastLine + 1, "unreadable CSV from here on: "
                            + e.getMessage(), ""));
                    break;
                }
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                String content = String.join(",", cells);
                if (content.length() > CONTENT_MAX) {
                    content = content.substring(0, CONTENT_MAX) + "…";
                }
                try {
                    Map<String, Object> row = row(spec, header, cells);
                    String key = key(spec, row);
                    Long first = seen.putIfAbsent(key, line);
                    if (first != null) {
                        throw new IllegalArgumentException("duplicate of line " + first + " (same " + keyColumns(spec)
                                + ")");
                    }
                    row.put("source_file", source);
                    row.put("line", line);
                    rows.add(row);
                } catch (IllegalArgumentException e) {
                    problems.add(new RowProblem(source, line, e.getMessage(), content));
                }
            }
            return new Result(source, spec.name(), rows, problems);
        } catch (IOException | RuntimeException e) {
            return fileProblem(source, "unreadable CSV: " + e.getMessage());
        }
    }

    private static Optional<RegisterFormat> recognise(List<String> header) {
        for (String name : RegisterFormat.NAMES) {
            RegisterFormat f = RegisterFormat.load(name);
            List<String> expected = new ArrayList<>(f.columnNames());
            List<String> withSynthetic = new ArrayList<>(expected);
            withSynthetic.add("synthetic");
            if (header.equals(expected) || header.equals(withSynthetic)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String headerProblem(List<String> header) {
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
            return "wrong delimiter: the header row is separated by '" + (header.get(0).contains(";") ? ";" : "\\t")
                    + "'; registers are comma-separated";
        }
        StringBuilder reason = new StringBuilder("the header matches no register format");
        for (String name : RegisterFormat.NAMES) {
            List<String> expected = RegisterFormat.load(name).columnNames();
            List<String> missing = expected.stream().filter(c -> !header.contains(c)).toList();
            List<String> extra = header.stream().filter(c -> !expected.contains(c) && !c.equals("synthetic")).toList();
            reason.append("; as ").append(name).append(": ");
            if (missing.isEmpty() && extra.isEmpty()) {
                reason.append("columns out of order, expected ").append(String.join(",", expected));
            } else {
                reason.append(missing.isEmpty() ? "" : "missing " + missing).append(!missing.isEmpty()
                        && !extra.isEmpty() ? ", " : "").append(extra.isEmpty() ? "" : "unexpected " + extra);
            }
        }
        return reason.toString();
    }

    private static Map<String, Object> row(RegisterFormat spec, List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " fields, found " + cells.size());
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String cell = cells.get(i).strip();
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
                throw new IllegalArgumentException(name + " starts with '" + cell.charAt(0)
                        + "': refused as a spreadsheet formula");
            }
            if (name.equals("synthetic")) {
                row.put("synthetic", parseBoolean(cell));
                continue;
            }
            RegisterFormat.Column c = spec.columns().stream().filter(col -> col.name().equals(name)).findFirst()
                    .orElseThrow();
            if (cell.isEmpty()) {
                if (c.required()) {
                    throw new IllegalArgumentException(name + " is empty");
                }
                row.put(name, null);
                continue;
            }
            row.put(name, value(c, cell, row));
        }
        row.putIfAbsent("synthetic", false);
        return row;
    }

    private static Object value(RegisterFormat.Column c, String cell, Map<String, Object> row) {
        if (!c.vocabulary().isEmpty()) {
            String v = cell.toLowerCase(Locale.ROOT);
            if (!Contract.get().vocabulary(c.vocabulary()).containsKey(v)) {
                throw new IllegalArgumentException(c.name() + " '" + cell + "' is not one of "
                        + Contract.get().vocabulary(c.vocabulary()).keySet());
            }
            return v;
        }
        if (c.name().equals("province")) {
            return Gazetteer.get().canonicalName(cell).orElseThrow(() ->
                    new IllegalArgumentException("unknown province '" + cell + "'"));
        }
        if (c.name().equals("period")) {
            var m = PERIOD.matcher(cell);
            if (!m.matches()) {
                throw new IllegalArgumentException("period '" + cell + "' is not a year (2023) or a half year "
                        + "(2023-H1)");
            }
            row.put("period_year", Integer.parseInt(m.group(1)));
            return cell;
        }
        return switch (c.type()) {
            case "int" -> {
                if (!NUMBER.matcher(cell).matches()) {
                    throw new IllegalArgumentException(c.name() + " '" + cell + "' is not a number");
                }
                int n = Integer.parseInt(cell);
                if (n < 0) {
                    throw new IllegalArgumentException(c.name() + " " + n + " is negative");
                }
                if (c.name().equals("year") && (n < 2000 || n > 2100)) {
                    throw new IllegalArgumentException("year " + n + " is outside 2000–2100");
                }
                yield n;
            }
            case "date" -> {
                if (c.name().equals("received_date") && cell.equalsIgnoreCase("unknown")) {
                    row.put("received_unknown", true);
                    yield null;
                }
                yield date(c.name(), cell);
            }
            default -> cell;
        };
    }

    static LocalDate date(String column, String cell) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {ISO, DMY}) {
            try {
                LocalDate d = LocalDate.parse(cell, f);
                if (d.getYear() < 2000 || d.getYear() > 2100) {
                    throw new IllegalArgumentException(column + " " + cell + " is outside 2000–2100");
                }
                return d;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException(column + " '" + cell + "' is not a date that exists "
                + "(YYYY-MM-DD or DD/MM/YYYY)");
    }

    private static boolean parseBoolean(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("synthetic '" + cell + "' is not true or false");
        };
    }

    private static String key(RegisterFormat spec, Map<String, Object> row) {
        return spec.name().equals("submission_log")
                ? Fold.key(String.valueOf(row.get("unit"))) + "|" + row.get("province") + "|" + row.get("report_kind")
                        + "|" + row.get("period")
                : Fold.key(String.valueOf(row.get("unit"))) + "|" + row.get("province") + "|" + row.get("year") + "|"
                        + Fold.key(String.valueOf(row.get("title")));
    }

    private static String keyColumns(RegisterFormat spec) {
        return spec.name().equals("submission_log") ? "unit, province, report_kind and period"
                : "unit, province, year and title";
    }

    private static Result fileProblem(String source, String reason) {
        return new Result(source, null, List.of(), List.of(new RowProblem(source, 1, reason, "")));
    }
}
