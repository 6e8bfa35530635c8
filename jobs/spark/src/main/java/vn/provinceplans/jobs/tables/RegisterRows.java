package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.registers.RegisterReader;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** The register rows of one format as a table, columns taken by name from the reader's typed rows. */
final class RegisterRows {

    private RegisterRows() {
    }

    static Dataset<Row> of(PipelineData data, String format, String table) {
        TableSpec spec = Contract.get().table(table);
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        for (RegisterReader.Result r : data.registers()) {
            if (!format.equals(r.format())) {
                continue;
            }
            for (Map<String, Object> values : r.rows()) {
                for (var c : spec.columns()) {
                    Object v = values.get(c.name());
                    row.set(c.name(), v == null && c.name().equals("received_unknown") ? Boolean.FALSE : v);
                }
                rows.add(row.build());
            }
        }
        return data.spark().createDataFrame(rows, SparkSchemas.of(spec));
    }
}
