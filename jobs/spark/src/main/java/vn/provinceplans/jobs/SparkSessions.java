package vn.provinceplans.jobs;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;

/** The one place that configures Spark for these jobs, in local mode and on a cluster alike. */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** Two shuffle partitions per local core: enough to keep the cores busy, few enough for small tables. */
    static String localShufflePartitions(String master) {
        String n = master.replaceAll("^local\\[?([0-9*]*).*$", "$1");
        int cores = n.isEmpty() ? 1 : n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
        return String.valueOf(Math.max(2, 2 * cores));
    }

    /**
     * The Hadoop configuration a session would have, for file systems opened before one starts or without one: the
     * {@code spark.hadoop.*} settings given as system properties or to spark-submit (an S3 endpoint, say) and the
     * AWS variables of the environment, which a bare {@code new Configuration()} would not see.
     */
    public static Configuration hadoopConfiguration() {
        return SparkHadoopUtil.get().newConfiguration(new SparkConf());
    }

    public static SparkSession create(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                // Dates are DATE and years INT; timestamps, if any, are written as microseconds that read back
                // the same in DuckDB whatever the reader's time zone.
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
                .config("spark.sql.adaptive.enabled", "true")
                // One Parquet file per partition is written by our own repartitioning, not Spark's default 200.
                .config("spark.sql.shuffle.partitions", master.startsWith("local") ? localShufflePartitions(master)
                        : "64")
                .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
                .config("spark.hadoop.parquet.enable.summary-metadata", "false");
        if (master.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        } else {
            // Executors on a cluster need this application's classes: the jar dist/ builds (./warehouse passes
            // it), unless spark-submit or --conf already named the application jars.
            String appJar = System.getProperty("ppw.appJar");
            if (appJar != null && !appJar.isEmpty() && System.getProperty("spark.jars") == null
                    && new java.io.File(appJar).isFile()) {
                b.config("spark.jars", appJar);
            }
        }
        if (master != null && !master.isEmpty()) {
            b.master(master);
        }
        return b.getOrCreate();
    }
}
