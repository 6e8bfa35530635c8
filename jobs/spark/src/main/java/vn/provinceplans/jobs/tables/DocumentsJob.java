package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/** documents: the header facts of each distinct text. */
public final class DocumentsJob implements TableJob {

    @Override
    public String table() {
        return "documents";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.DOCUMENTS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return data.facts();
    }
}
