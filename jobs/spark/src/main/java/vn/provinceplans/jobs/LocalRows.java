package vn.provinceplans.jobs;

import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A frame from rows the driver built (reference data, index scores): spread over slices of about a thousand rows,
 * so no single task carries megabytes and the plan stays small.
 */
public final class LocalRows {

    static final int ROWS_PER_SLICE = 1000;

    private LocalRows() {
    }

    public static Dataset<Row> frame(SparkSession spark, List<Row> rows, StructType schema) {
        int slices = Math.max(1, (rows.size() + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(jsc.parallelize(rows, slices), schema);
    }
}
