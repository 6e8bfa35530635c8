package vn.provinceplans.jobs;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
