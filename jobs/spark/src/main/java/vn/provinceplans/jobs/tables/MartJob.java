package vn.provinceplans.jobs.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;

/**
 * A mart: one named Spark SQL file ({@code ppw/marts/<table>.sql}) over the tables this run has already written,
 * which the pipeline registers as views under their contract names. The SQL files are the documentation of how each
 * mart is computed; {@code ${as_of}} is the run's reference date, {@code ${shuffle_partitions}} the session's number
 * of shuffle partitions.
 */
abstract class MartJob implements TableJob {

    /** A shared view some marts read: the headline score of each index, with its national statistics. */
    static final String HEADLINE_SCORES = "headline_scores";

    @Override
    public Dataset<Row> build(PipelineData data) {
        String sql = sql(table(), data);
        if (sql.contains(HEADLINE_SCORES) && !data.spark().catalog().tableExists(HEADLINE_SCORES)) {
            data.spark().sql(sql(HEADLINE_SCORES, data)).createOrReplaceTempView(HEADLINE_SCORES);
        }
        return data.spark().sql(sql);
    }

    static String sql(String name, PipelineData data) {
        String resource = "ppw/marts/" + name + ".sql";
        try (InputStream in = MartJob.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${as_of}", data.options().asOf().toString())
                    .replace("${shuffle_partitions}", data.spark().conf().get("spark.sql.shuffle.partitions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
