package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/** model_registry: the "Dân vận khéo" model-registry rows of the register files. */
public final class ModelRegistryJob implements TableJob {

    @Override
    public String table() {
        return "model_registry";
    }

    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.REGISTERS);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        return RegisterRows.of(data, "model_registry", table());
    }
}
