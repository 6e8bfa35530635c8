package vn.provinceplans.jobs.tables;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/**
 * A mart: one named Spark SQL file ({@code ppw/marts/<table>.sql}) over the tables this run has already written,
 * which the pipeline registers as views under their contract names. The SQL files are the documentation of how each
 * mart is computed; {@code ${as_of}} is the run's reference date, {@code ${shuffle_partitions}} the session's number
 * of shuffle partitions.
 */
abstract class MartJob implements TableJob {

    @Override
    public Dataset<Row> build(PipelineData data) {
        String sql = sql(table(), data);
        if (MartSql.readsHeadlineScores(sql) && !data.spark().catalog().tableExists(MartSql.HEADLINE_SCORES)) {
            data.spark().sql(sql(MartSql.HEADLINE_SCORES, data)).createOrReplaceTempView(MartSql.HEADLINE_SCORES);
        }
        return data.spark().sql(sql);
    }

    /**
     * What the tables the SQL names are computed from, and the --as-of date when it uses it: derived from the SQL
     * file rather than declared, so a mart that starts reading another table cannot keep a stale fingerprint. A
     * table name in a comment only adds a source, which is safe.
     */
    @Override
    public Set<TableSource> sources() {
        String text = MartSql.text(table());
        if (MartSql.readsHeadlineScores(text)) {
            text += MartSql.text(MartSql.HEADLINE_SCORES);
        }
        Set<TableSource> sources = EnumSet.noneOf(TableSource.class);
        if (text.contains("${as_of}")) {
            sources.add(TableSource.AS_OF);
        }
        for (TableJob job : TableJobs.all()) {
            if (!job.table().equals(table()) && Pattern.compile("\\b" + job.table() + "\\b").matcher(text).find()) {
                sources.addAll(job.sources());
            }
        }
        return sources;
    }

    static String sql(String name, PipelineData data) {
        return MartSql.sql(name, data.options().asOf(), data.spark().conf().get("spark.sql.shuffle.partitions"));
    }
}
