package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/**
 * A fact table whose rows the extract stage nested in each document's row: one row per array element, with the
 * document's doc_id. No second pass over the documents.
 */
abstract class NestedFactsJob implements TableJob {

    private final String table;
    private final String column;

    NestedFactsJob(String table, String column) {
        this.table = table;
        this.column = column;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.DOCUMENTS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return data.facts().select(col("doc_id"), explode(col(column)).as("fact"))
                .select(col("doc_id"), col("fact.*"));
    }
}
