package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/** rejected: the input files that did not become a document, and why. */
public final class RejectedJob implements TableJob {

    @Override
    public String table() {
        return "rejected";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.DOCUMENTS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return data.files().where(col("reject_reason").isNotNull())
                .select(col("source_path"), col("reject_reason").as("reason"), col("bytes"));
    }
}
