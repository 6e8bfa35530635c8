package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.indices.ObservedSpelling;
import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;
import vn.provinceplans.extract.reference.ProvinceAlias;
import vn.provinceplans.extract.text.Fold;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.IndexInputs;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * province_aliases: every spelling the gazetteer resolves, plus the spellings the run's index files used that no
 * registered spelling writes exactly so (they resolved through the same folded key).
 */
public final class ProvinceAliasesJob implements TableJob {

    @Override
    public String table() {
        return "province_aliases";
    }

    /** The spellings observed in the index files are aliases too. */
    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.INDICES);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        TableSpec spec = Contract.get().table(table());
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProvinceAlias a : Gazetteer.get().aliases()) {
            seen.add(a.alias() + "|" + a.unit().code() + "@" + a.unit().validFrom());
            rows.add(row(row, a.alias(), a.unit(), a.origin(), a.note()));
        }
        for (ObservedSpelling s : IndexInputs.load(data).spellings()) {
            if (seen.add(s.spelling() + "|" + s.unit().code() + "@" + s.unit().validFrom())) {
                rows.add(row(row, s.spelling(), s.unit(), "observed", "first used by " + s.file()));
            }
        }
        return LocalRows.frame(data.spark(), rows, SparkSchemas.of(spec));
    }

    private static Row row(ContractRow row, String alias, Province unit, String origin, String note) {
        return row.set("alias", alias)
                .set("alias_key", Fold.key(alias))
                .set("code", unit.code())
                .set("valid_from", unit.validFrom())
                .set("name", unit.name())
                .set("valid_to", unit.validTo())
                .set("origin", origin)
                .set("note", note)
                .build();
    }
}
