package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** provinces: the 63 former provinces and the 34 current units, from the shipped reference. */
public final class ProvincesJob implements TableJob {

    @Override
    public String table() {
        return "provinces";
    }

    /** The shipped reference only, which is part of the code. */
    @Override
    public Set<TableSource> sources() {
        return EnumSet.noneOf(TableSource.class);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        TableSpec spec = Contract.get().table(table());
        Gazetteer g = Gazetteer.get();
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        for (Province p : g.provinces()) {
            Province successor = p.current() ? null : g.successor(p);
            rows.add(row.set("code", p.code())
                    .set("name", p.name())
                    .set("name_ascii", p.nameAscii())
                    .set("kind", p.kind())
                    .set("valid_from", p.validFrom())
                    .set("valid_to", p.validTo())
                    .set("successor_code", successor == null ? null : successor.code())
                    .set("successor_name", successor == null ? null : successor.name())
                    .set("successor_valid_from", successor == null ? null : successor.validFrom())
                    .set("predecessors", p.current()
                            ? g.predecessors(p).stream().map(Province::name).toArray(String[]::new) : null)
                    .set("centrally_run_city", p.centrallyRunCity())
                    .set("source", "data/reference/provinces.csv, from " + p.source())
                    .build());
        }
        return LocalRows.frame(data.spark(), rows, SparkSchemas.of(spec));
    }
}
