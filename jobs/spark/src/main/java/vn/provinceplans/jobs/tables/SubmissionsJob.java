package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/** submissions: the submission-log rows of the register files. */
public final class SubmissionsJob implements TableJob {

    @Override
    public String table() {
        return "submissions";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.REGISTERS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return RegisterRows.of(data, "submission_log", table());
    }
}
