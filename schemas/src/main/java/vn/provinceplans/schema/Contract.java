package vn.provinceplans.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table contract, read from {@code schemas/contract/} on the classpath. It is the one place that names the
 * tables, their columns and types and the closed vocabularies; jobs, the DuckDB catalog, charts and docs read it.
 */
public final class Contract {

    private static final String ROOT = "ppw/contract/";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private static volatile Contract loaded;

    private final Map<String, TableSpec> tables;
    private final Map<String, Map<String, String>> vocabularies;

    private Contract(Map<String, TableSpec> tables, Map<String, Map<String, String>> vocabularies) {
        this.tables = Collections.unmodifiableMap(tables);
        this.vocabularies = Collections.unmodifiableMap(vocabularies);
    }

    /** The contract shipped with this build (cached). */
    public static Contract get() {
        Contract c = loaded;
        if (c == null) {
            synchronized (Contract.class) {
                c = loaded;
                if (c == null) {
                    c = load();
                    loaded = c;
                }
            }
        }
        return c;
    }

    public List<TableSpec> tables() {
        return List.copyOf(tables.values());
    }

    public TableSpec table(String name) {
        TableSpec t = tables.get(name);
        if (t == null) {
            throw new NoSuchElementException("table '" + name + "' is not in the contract");
        }
        return t;
    }

    public boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** Values of a closed vocabulary, in contract order, with their meaning. */
    public Map<String, String> vocabulary(String name) {
        Map<String, String> v = vocabularies.get(name);
        if (v == null) {
            throw new NoSuchElementException("vocabulary '" + name + "' is not in the contract");
        }
        return v;
    }

    public Set<String> vocabularyNames() {
        return vocabularies.keySet();
    }

    private static Contract load() {
        Map<String, Map<String, String>> vocabularies = new LinkedHashMap<>();
        for (CSVRecord r : records("vocabularies.csv")) {
            if (vocabularies.computeIfAbsent(r.get("vocabulary"), k -> new LinkedHashMap<>())
                    .put(r.get("value"), r.get("description")) != null) {
                throw new IllegalStateException("vocabularies.csv line " + r.getRecordNumber() + ": "
                        + r.get("vocabulary") + " value '" + r.get("value") + "' is defined twice");
            }
        }
        Map<String, TableSpec> tables = new LinkedHashMap<>();
        for (CSVRecord r : records("tables.csv")) {
            String name = r.get("table");
            List<ColumnSpec> columns = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (CSVRecord c : records("tables/" + name + ".csv")) {
                String vocabulary = c.get("vocabulary");
                if (!vocabulary.isEmpty() && !vocabularies.containsKey(vocabulary)) {
                    throw new IllegalStateException("tables/" + name + ".csv line " + c.getRecordNumber()
                            + ": unknown vocabulary '" + vocabulary + "'");
                }
                if (!seen.add(c.get("column"))) {
                    throw new IllegalStateException("tables/" + name + ".csv: column '" + c.get("column") + "' twice");
                }
                columns.add(new ColumnSpec(c.get("column"), ColumnType.parse(c.get("type")),
                        parseNullable(c.get("nullable"), name, c), vocabulary, c.get("description")));
            }
            TableSpec table = new TableSpec(name, r.get("layer"), r.get("job"), r.get("partition_by"),
                    r.get("cluster_by"), r.get("grain"), r.get("description"), List.copyOf(columns));
            if (table.partitioned() && table.column(table.partitionBy()).isEmpty()) {
                throw new IllegalStateException("table " + name + " is partitioned by '" + table.partitionBy()
                        + "', which is not one of its columns");
            }
            if (table.clustered() && table.column(table.clusterBy()).isEmpty()) {
                throw new IllegalStateException("table " + name + " is clustered by '" + table.clusterBy()
                        + "', which is not one of its columns");
            }
            tables.put(name, table);
        }
        return new Contract(tables, vocabularies);
    }

    private static boolean parseNullable(String text, String table, CSVRecord r) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("tables/" + table + ".csv line " + r.getRecordNumber()
                    + ": nullable must be yes or no, not '" + text + "'");
        };
    }

    private static List<CSVRecord> records(String file) {
        String resource = ROOT + file;
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("contract file " + resource + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return FORMAT.parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read contract file " + resource, e);
        }
    }
}
