package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/** document_text: the normalised text of each document, for full-text SQL. */
public final class DocumentTextJob implements TableJob {

    @Override
    public String table() {
        return "document_text";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.DOCUMENTS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return data.documentText();
    }

    @Override
    public int outputFiles() {
        return 0;
    }
}
