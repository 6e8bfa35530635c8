package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.registers.RegisterReader;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** rejected_rows: every CSV row (or whole file) of the registers that was not loaded, with the reason. */
public final class RejectedRowsJob implements TableJob {

    @Override
    public String table() {
        return "rejected_rows";
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        TableSpec spec = Contract.get().table(table());
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        for (RegisterReader.Result r : data.registers()) {
            for (RegisterReader.RowProblem p : r.problems()) {
                rows.add(row.set("source_file", p.source()).set("line", p.line()).set("reason", p.reason())
                        .set("content", p.content().isEmpty() ? null : p.content()).build());
            }
        }
        return data.spark().createDataFrame(rows, SparkSchemas.of(spec));
    }
}
