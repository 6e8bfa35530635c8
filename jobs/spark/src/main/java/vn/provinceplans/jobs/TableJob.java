package vn.provinceplans.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A Spark job that owns exactly one published table: the contract's {@code job} column names its class. */
public interface TableJob {

    /** The contract table this job builds. */
    String table();

    /** The table's rows; columns beyond the contract's are dropped, missing ones are a bug. */
    Dataset<Row> build(PipelineData data);

    /**
     * What the table is computed from besides the code: every source the job or a table it reads depends on. A job
     * that names too few would keep a stale table; all of them, the default, is always safe. Marts derive theirs
     * from the tables their SQL names.
     */
    default java.util.Set<TableSource> sources() {
        return java.util.EnumSet.allOf(TableSource.class);
    }

    /** Parquet files per partition (or for the whole table when unpartitioned); 0 lets Spark decide. */
    default int outputFiles() {
        return 1;
    }
}
