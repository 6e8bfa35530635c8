package vn.provinceplans.schema;

import java.util.Locale;

/** The column types a contract may use, with their DuckDB spelling. Spark's mapping lives in the jobs module. */
public enum ColumnType {
    STRING("string", "VARCHAR"),
    INT("int", "INTEGER"),
    BIGINT("bigint", "BIGINT"),
    DOUBLE("double", "DOUBLE"),
    BOOLEAN("boolean", "BOOLEAN"),
    DATE("date", "DATE"),
    TIMESTAMP("timestamp", "TIMESTAMP"),
    ARRAY_STRING("array<string>", "VARCHAR[]");

    private final String contractName;
    private final String duckdbType;

    ColumnType(String contractName, String duckdbType) {
        this.contractName = contractName;
        this.duckdbType = duckdbType;
    }

    public String contractName() {
        return contractName;
    }

    public String duckdbType() {
        return duckdbType;
    }

    public static ColumnType parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ColumnType t : values()) {
            if (t.contractName.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown column type '" + text + "'");
    }
}
