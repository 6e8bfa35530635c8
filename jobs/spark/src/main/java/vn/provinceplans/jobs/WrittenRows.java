package vn.provinceplans.jobs;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.metric.SQLMetric;
import org.apache.spark.sql.util.QueryExecutionListener;

/**
 * Row counts of table writes, read from the write's own "numOutputRows" metric, so that counting a table costs no
 * second Spark job over the files just written.
 */
final class WrittenRows implements QueryExecutionListener, AutoCloseable {

    private final SparkSession spark;
    private final AtomicLong last = new AtomicLong(-1);

    WrittenRows(SparkSession spark) {
        this.spark = spark;
        spark.listenerManager().register(this);
    }

    /** Forget the last count before a write. */
    void reset() {
        last.set(-1);
    }

    /** Rows the last write produced, or -1 when Spark reported none. */
    long lastWrite() {
        return last.get();
    }

    @Override
    public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
        long rows = outputRows(qe.executedPlan());
        if (rows >= 0) {
            last.set(rows);
        }
    }

    @Override
    public void onFailure(String funcName, QueryExecution qe, Exception exception) {
        // The write fails the run anyway.
    }

    private static long outputRows(SparkPlan plan) {
        String name = plan.getClass().getSimpleName();
        if (name.contains("DataWritingCommandExec") || name.contains("WriteFiles")
                || name.contains("InsertIntoHadoopFsRelation")) {
            scala.Option<SQLMetric> metric = plan.metrics().get("numOutputRows");
            if (metric.isDefined()) {
                return metric.get().value();
            }
        }
        scala.collection.Iterator<SparkPlan> children = plan.children().iterator();
        while (children.hasNext()) {
            long rows = outputRows(children.next());
            if (rows >= 0) {
                return rows;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        spark.listenerManager().unregister(this);
    }
}
