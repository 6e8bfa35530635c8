package vn.provinceplans.jobs.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;

/** document_text: the normalised text of each document, for full-text SQL. */
public final class DocumentTextJob implements TableJob {

    @Override
    public String table() {
        return "document_text";
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
