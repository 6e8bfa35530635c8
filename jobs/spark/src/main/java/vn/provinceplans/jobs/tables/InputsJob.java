package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/** inputs: every file the run read, once, as loaded, duplicate or rejected. */
public final class InputsJob implements TableJob {

    @Override
    public String table() {
        return "inputs";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.DOCUMENTS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        Dataset<Row> loaded = data.texts().select(col("doc_id").as("loaded_doc_id"),
                col("source_path").as("loaded_path"));
        Dataset<Row> f = data.files();
        return f.join(loaded, f.col("doc_id").equalTo(loaded.col("loaded_doc_id")), "left")
                .withColumn("status", when(col("reject_reason").isNotNull(), lit("rejected"))
                        .when(col("source_path").equalTo(col("loaded_path")), lit("loaded"))
                        .otherwise(lit("duplicate")))
                .withColumn("reason", when(col("reject_reason").isNotNull(), col("reject_reason"))
                        .when(col("status").equalTo("duplicate"), concat(lit("same text as "), col("loaded_path"))))
                .withColumn("modified", org.apache.spark.sql.functions.timestamp_millis(col("modified")))
                .select("source_path", "bytes", "status", "doc_id", "reason", "source_format", "encoding_detected",
                        "modified", "content_sha256");
    }
}
