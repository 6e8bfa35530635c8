package vn.provinceplans.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.InputScanner;
import vn.provinceplans.jobs.io.SerializableHadoopConf;
import vn.provinceplans.jobs.tables.TableJobs;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * One run: scan the input, decode and extract on the cluster, let every table job write its table into a new
 * snapshot, then publish the snapshot atomically. A failure before the publish step leaves the previous snapshot
 * published and untouched.
 */
public final class Pipeline {

    private final Progress progress;

    public Pipeline(Progress progress) {
        this.progress = progress;
    }

    public RunResult run(RunOptions options) throws IOException {
        long started = System.currentTimeMillis();
        try (SnapshotStore store = SnapshotStore.open(options.warehouse(), new Configuration())) {
            progress.stage("start", "Spark " + options.master());
            SparkSession spark = SparkSessions.create(options.master(), "province-plans-warehouse");
            try {
                return run(spark, store, options, started);
            } finally {
                spark.stop();
            }
        }
    }

    /** Runs on a session the caller owns (tests share one session per class). */
    public RunResult run(SparkSession spark, RunOptions options) throws IOException {
        long started = System.currentTimeMillis();
        try (SnapshotStore store = SnapshotStore.open(options.warehouse(), spark.sparkContext().hadoopConfiguration())) {
            return run(spark, store, options, started);
        }
    }

    private RunResult run(SparkSession spark, SnapshotStore store, RunOptions options, long started)
            throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        for (String leftover : store.removeIncompleteSnapshots()) {
            progress.stage("clean", "removed snapshot " + leftover + " left incomplete by an interrupted run");
        }
        progress.stage("scan", options.input().toString());
        List<InputFile> listing = InputScanner.scan(options.input(), hadoop);
        long total = listing.size();
        progress.advance("scan", total, total, "files");

        LongAccumulator read = spark.sparkContext().longAccumulator("files read");
        CrashPoints.reached("read");
        Dataset<Row> files = DocumentStages.decode(DocumentStages.inputs(spark, listing),
                new SerializableHadoopConf(hadoop), options.maxFileBytes(), read)
                .persist(StorageLevel.MEMORY_AND_DISK());
        progress.stage("read", total + " files");
        watch("read", read::value, total, "files", files::count);

        Dataset<Row> texts = DocumentStages.texts(files).persist(StorageLevel.MEMORY_AND_DISK());
        long documents = texts.count();
        LongAccumulator extracted = spark.sparkContext().longAccumulator("documents extracted");
        Dataset<Row> facts = DocumentStages.extract(texts, extracted).persist(StorageLevel.MEMORY_AND_DISK());
        CrashPoints.reached("extract");
        progress.stage("extract", documents + " documents");
        watch("extract", extracted::value, documents, "documents", facts::count);

        progress.stage("registers", options.registers() == null ? "none (no --registers)"
                : options.registers().toString());
        List<vn.provinceplans.extract.registers.RegisterReader.Result> registers =
                vn.provinceplans.jobs.io.RegisterInputs.read(options.registers(), hadoop);
        spark.catalog().dropTempView("headline_scores");
        PipelineData data = new PipelineData(spark, options, files, texts, facts, registers);
        String snapshot = store.newSnapshotId();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<TableJob> jobs = TableJobs.all();
        int done = 0;
        for (TableJob job : jobs) {
            TableSpec table = Contract.get().table(job.table());
            CrashPoints.reached("write:" + table.name());
            progress.stage("write", table.name());
            String uri = store.tableUri(snapshot, table.name());
            TableWriter.write(job.build(data), table, uri, job.outputFiles());
            Dataset<Row> written = spark.read().parquet(uri);
            // Later jobs (the marts) read what earlier ones wrote, under the contract's table names.
            written.createOrReplaceTempView(table.name());
            rows.put(table.name(), written.count());
            progress.advance("write", ++done, jobs.size(), "tables");
        }

        Map<String, Long> byStatus = new HashMap<>();
        for (Row r : spark.read().parquet(store.tableUri(snapshot, "inputs")).groupBy(col("status")).count()
                .collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
        }
        long loaded = byStatus.getOrDefault("loaded", 0L);
        long duplicate = byStatus.getOrDefault("duplicate", 0L);
        long rejected = byStatus.getOrDefault("rejected", 0L);
        if (loaded + duplicate + rejected != total) {
            throw new IllegalStateException("reconciliation failed: " + total + " files listed but " + loaded
                    + " loaded + " + duplicate + " duplicate + " + rejected + " rejected");
        }

        CrashPoints.reached("publish");
        progress.stage("publish", snapshot);
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("snapshot", snapshot);
        manifest.put("input", options.input().toString());
        manifest.put("files.read", Long.toString(total));
        manifest.put("files.loaded", Long.toString(loaded));
        manifest.put("files.duplicate", Long.toString(duplicate));
        manifest.put("files.rejected", Long.toString(rejected));
        rows.forEach((t, n) -> manifest.put("rows." + t, Long.toString(n)));
        store.publish(snapshot, manifest);
        store.prune(options.keepSnapshots(), snapshot);

        files.unpersist();
        texts.unpersist();
        facts.unpersist();
        return new RunResult(snapshot, rows, total, loaded, duplicate, rejected,
                System.currentTimeMillis() - started);
    }

    /** Runs {@code action} while reporting the accumulator's progress about once a second. */
    private void watch(String stage, LongSupplier done, long total, String unit, LongSupplier action) {
        Thread poller = new Thread(() -> {
            long last = -1;
            while (!Thread.currentThread().isInterrupted()) {
                long now = done.getAsLong();
                if (now != last) {
                    progress.advance(stage, Math.min(now, total), total, unit);
                    last = now;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "progress-" + stage);
        poller.setDaemon(true);
        poller.start();
        try {
            action.getAsLong();
        } finally {
            poller.interrupt();
        }
        progress.advance(stage, total, total, unit);
    }
}
