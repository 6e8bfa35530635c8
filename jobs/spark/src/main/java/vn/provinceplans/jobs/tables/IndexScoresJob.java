package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.indices.IndexScore;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.IndexInputs;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** index_scores: one row per fact of the shipped and the users' index files (merged in plain Java). */
public final class IndexScoresJob implements TableJob {

    @Override
    public String table() {
        return "index_scores";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.INDICES);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        TableSpec spec = Contract.get().table(table());
        ContractRow row = new ContractRow(spec.columns());
        List<Row> rows = new ArrayList<>();
        for (IndexScore s : IndexInputs.load(data).scores()) {
            rows.add(row.set("index_name", s.index().name())
                    .set("year", s.year())
                    .set("province_code", s.unit().code())
                    .set("province", s.unit().name())
                    .set("province_valid_from", s.unit().validFrom())
                    .set("successor_code", s.successor().code())
                    .set("successor_name", s.successor().name())
                    .set("successor_valid_from", s.successor().validFrom())
                    .set("dimension", s.dimension().code())
                    .set("dimension_name", s.dimension().name())
                    .set("dimension_level", s.dimension().level())
                    .set("score", s.score())
                    .set("rank", s.rank())
                    .set("rank_source", s.rankSource())
                    .set("ranked_provinces", s.rankedProvinces())
                    .set("tier", s.tier())
                    .set("scale", s.scale().label())
                    .set("comparable_series", s.series())
                    .set("derived", s.derived())
                    .set("source", s.origin().source())
                    .set("source_url", s.origin().sourceUrl())
                    .set("source_file", s.origin().file())
                    .set("source_line", s.origin().line())
                    .set("source_kind", s.origin().kind())
                    .set("confirmed_by", s.confirmedBy().toArray(String[]::new))
                    .set("conflicts", s.conflicts().toArray(String[]::new))
                    .set("note", s.note())
                    .set("synthetic", s.synthetic())
                    .build());
        }
        return LocalRows.frame(data.spark(), rows, SparkSchemas.of(spec));
    }
}
