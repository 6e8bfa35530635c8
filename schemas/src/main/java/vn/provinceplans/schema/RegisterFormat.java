package vn.provinceplans.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A register's CSV format as {@code schemas/registers/<name>.csv} specifies it. */
public record RegisterFormat(String name, List<Column> columns) {

    /** One column of the format: type is string, int or date. */
    public record Column(String name, String type, boolean required, String vocabulary, String description) {
    }

    public static final List<String> NAMES = List.of("submission_log", "model_registry");

    public static RegisterFormat load(String name) {
        String resource = "ppw/registers/" + name + ".csv";
        try (InputStream in = RegisterFormat.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<Column> columns = new ArrayList<>();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                for (CSVRecord c : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    columns.add(new Column(c.get("column"), c.get("type"), "yes".equals(c.get("required")),
                            c.get("vocabulary"), c.get("description")));
                }
            }
            return new RegisterFormat(name, List.copyOf(columns));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
