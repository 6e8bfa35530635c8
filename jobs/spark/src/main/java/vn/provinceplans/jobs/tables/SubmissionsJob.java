package vn.provinceplans.jobs.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;

/** submissions: the submission-log rows of the register files. */
public final class SubmissionsJob implements TableJob {

    @Override
    public String table() {
        return "submissions";
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return RegisterRows.of(data, "submission_log", table());
    }
}
