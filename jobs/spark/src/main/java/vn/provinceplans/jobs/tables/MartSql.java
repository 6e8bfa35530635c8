package vn.provinceplans.jobs.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import vn.provinceplans.jobs.TableJob;

/**
 * The SQL files of the marts ({@code ppw/marts/<name>.sql}), loaded in this one place for Spark ({@link MartJob})
 * and for the path that applies a small change without Spark (DuckDB). The files are Spark SQL.
 */
public final class MartSql {

    /** A shared view some marts read: the headline score of each index, with its national statistics. */
    public static final String HEADLINE_SCORES = "headline_scores";

    private MartSql() {
    }

    /** The tables computed from a SQL file, in the order a run computes them: a mart reads only those before it. */
    public static List<String> marts() {
        return TableJobs.all().stream().filter(j -> j instanceof MartJob).map(TableJob::table).toList();
    }

    /** The SQL file of a mart or of {@link #HEADLINE_SCORES}, with its placeholders. */
    public static String text(String name) {
        String resource = "ppw/marts/" + name + ".sql";
        try (InputStream in = MartSql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SQL of a mart for one run: {@code ${as_of}} is the run's reference date, {@code ${shuffle_partitions}} the
     * number of partitions the query spreads its widest stage over.
     */
    public static String sql(String name, LocalDate asOf, String shufflePartitions) {
        return text(name).replace("${as_of}", asOf.toString()).replace("${shuffle_partitions}", shufflePartitions);
    }

    /** Whether a mart's SQL reads the {@link #HEADLINE_SCORES} view, which must then exist before it runs. */
    public static boolean readsHeadlineScores(String sql) {
        return sql.contains(HEADLINE_SCORES);
    }
}
