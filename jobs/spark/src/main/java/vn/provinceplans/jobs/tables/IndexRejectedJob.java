package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.indices.IndexRejection;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.IndexInputs;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** index_rejected: every index record (or whole file) that did not load, with its file, line and reason. */
public final class IndexRejectedJob implements TableJob {

    @Override
    public String table() {
        return "index_rejected";
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        TableSpec spec = Contract.get().table(table());
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        for (IndexRejection r : IndexInputs.load(data).rejections()) {
            rows.add(row.set("source_file", r.file())
                    .set("line", r.line())
                    .set("source_kind", r.kind())
                    .set("reason", r.reason())
                    .set("record", r.record())
                    .build());
        }
        return LocalRows.frame(data.spark(), rows, SparkSchemas.of(spec));
    }
}
