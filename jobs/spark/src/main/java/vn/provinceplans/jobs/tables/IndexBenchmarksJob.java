package vn.provinceplans.jobs.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.extract.indices.IndexBenchmark;
import vn.provinceplans.jobs.ContractRow;
import vn.provinceplans.jobs.IndexInputs;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.SparkSchemas;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** index_benchmarks: the published national values (NATIONAL and PROVINCIAL_MEAN rows of long-format files). */
public final class IndexBenchmarksJob implements TableJob {

    @Override
    public String table() {
        return "index_benchmarks";
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
        for (IndexBenchmark b : IndexInputs.load(data).benchmarks()) {
            rows.add(row.set("index_name", b.index().name())
                    .set("year", b.year())
                    .set("statistic", b.statistic())
                    .set("dimension", b.dimension().code())
                    .set("dimension_name", b.dimension().name())
                    .set("score", b.score())
                    .set("comparable_series", b.series())
                    .set("scale", b.index().scale(b.series(), b.dimension()).label())
                    .set("source", b.origin().source())
                    .set("source_url", b.origin().sourceUrl())
                    .set("source_file", b.origin().file())
                    .set("source_line", b.origin().line())
                    .set("note", b.note())
                    .set("synthetic", b.synthetic())
                    .build());
        }
        return LocalRows.frame(data.spark(), rows, SparkSchemas.of(spec));
    }
}
