package vn.provinceplans.jobs.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;

/** model_registry: the "Dân vận khéo" model-registry rows of the register files. */
public final class ModelRegistryJob implements TableJob {

    @Override
    public String table() {
        return "model_registry";
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return RegisterRows.of(data, "model_registry", table());
    }
}
