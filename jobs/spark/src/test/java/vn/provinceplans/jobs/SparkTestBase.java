package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * One local Spark session per test class (as Apache Iceberg's Spark tests do), with {@link #sql} and {@link #row}
 * helpers so a test states its expected rows as plain values.
 */
public abstract class SparkTestBase {

    protected static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSessions.create("local[2]", "tests");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
            spark = null;
        }
    }

    /** Runs a query and returns its rows as lists of Java values, in the query's order. */
    protected static List<List<Object>> sql(String query, Object... args) {
        return spark.sql(String.format(query, args)).collectAsList().stream().map(SparkTestBase::values).toList();
    }

    /**
     * Registers every contract table as the view {@code <prefix>_<table>} over the Parquet at {@code location(table)},
     * and returns one query over all of them: (t, the table's name; r, the row as JSON with each of {@code roots}
     * removed, so that provenance naming a file under another root compares equal).
     */
    protected static String everyRow(String prefix, UnaryOperator<String> location,
                                     String... roots) {
        List<String> tables = new ArrayList<>();
        for (TableSpec t : Contract.get().tables()) {
            spark.read().parquet(location.apply(t.name())).createOrReplaceTempView(prefix + "_" + t.name());
            String json = "to_json(struct(*))";
            for (String root : roots) {
                json = "replace(" + json + ", '" + root.replace("'", "''") + "', '')";
            }
            tables.add("select '" + t.name() + "' as t, " + json + " as r from " + prefix + "_" + t.name());
        }
        return String.join(" union all ", tables);
    }

    /** Two queries give the same rows, each as many times: the rows only one of them has, each way, are none. */
    protected static void assertSameRows(String a, String aName, String b, String bName) {
        String onlyInFirst = "with a as (%s), b as (%s) select * from a except all select * from b";
        assertEquals(List.of(), sql(onlyInFirst, a, b), "rows only " + aName + " has");
        assertEquals(List.of(), sql(onlyInFirst, b, a), "rows only " + bName + " has");
    }

    /** An expected row: {@code row("38/KH-UBND", 2021, null)}. */
    protected static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<Object> values(Row r) {
        Object[] out = new Object[r.length()];
        for (int i = 0; i < out.length; i++) {
            Object v = r.get(i);
            if (v instanceof scala.collection.Seq<?> seq) {
                v = scala.jdk.javaapi.CollectionConverters.asJava(seq);
            }
            out[i] = v;
        }
        return Arrays.asList(out);
    }
}
