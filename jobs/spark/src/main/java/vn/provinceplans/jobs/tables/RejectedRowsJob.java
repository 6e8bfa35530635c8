package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.indices.IndexRejection;
import vn.provinceplans.extract.registers.RegisterReader;
import vn.provinceplans.jobs.IndexInputs;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** rejected_rows: every register and index record (or whole file) that did not load, with the reason. */
public final class RejectedRowsJob implements TableJob {

    @Override
    public String table() {
        return "rejected_rows";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.REGISTERS, TableSource.INDICES);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        TableSpec spec = Contract.get().table(table());
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        for (RegisterReader.Result r : data.registers()) {
            for (RegisterReader.RowProblem p : r.problems()) {
                rows.add(row.set("input", "registers").set("source_file", p.source()).set("line", (int) p.line())
                        .set("reason", p.reason()).set("content", p.content().isEmpty() ? null : p.content())
                        .build());
            }
        }
        for (IndexRejection r : IndexInputs.load(data).rejections()) {
            rows.add(row.set("input", "indices").set("source_file", r.file()).set("line", r.line())
                    .set("source_kind", r.kind()).set("reason", r.reason()).set("content", r.record()).build());
        }
        return LocalRows.frame(data.spark(), rows, SparkSchemas.of(spec));
    }
}
