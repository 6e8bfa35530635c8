package vn.provinceplans.jobs;

import static org.apache.spark.sql.functions.col;
import static vn.provinceplans.jobs.DocumentStages.seq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import vn.provinceplans.extract.ExtractorVersion;
import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.InputListings;
import vn.provinceplans.jobs.io.ListingChanges;
import vn.provinceplans.jobs.io.SerializableHadoopConf;
import vn.provinceplans.jobs.tables.TableJobs;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * One run: scan the input, decode and extract on the cluster, let every table job write its table into a new
 * snapshot, then publish the snapshot atomically. A failure before the publish step leaves the previous snapshot
 * published and untouched. A small change to the documents alone is applied without Spark ({@link SmallChangeRun})
 * before a session is started.
 */
public final class Pipeline {

    private final Progress progress;

    public Pipeline(Progress progress) {
        this.progress = progress;
    }

    public RunResult run(RunOptions options) throws IOException {
        long started = System.currentTimeMillis();
        Configuration hadoop = SparkSessions.hadoopConfiguration();
        try (SnapshotStore store = SnapshotStore.open(options.warehouse(), hadoop)) {
            removeIncompleteSnapshots(store);
            progress.stage("scan", options.input().toString());
            InputListings listings = InputListings.of(options, hadoop);
            Optional<RunResult> small = new SmallChangeRun(progress).attempt(store, options, listings,
                    fingerprints(options, listings, org.apache.spark.package$.MODULE$.SPARK_VERSION()), hadoop,
                    started);
            if (small.isPresent()) {
                return small.get();
            }
            progress.stage("start", "Spark " + options.master());
            SparkSession spark = SparkSessions.create(options.master(), "province-plans-warehouse");
            try {
                return run(spark, store, options, started, listings);
            } finally {
                spark.stop();
            }
        }
    }

    /** Runs on a session the caller owns (tests share one session per class). */
    public RunResult run(SparkSession spark, RunOptions options) throws IOException {
        return run(spark, options, null);
    }

    /**
     * Runs on a session the caller owns, on {@code listings} when given: the input folders as the caller has just
     * listed them (a watch runs on the listings it compared with its last look instead of listing them a second
     * time); null lists them here.
     */
    public RunResult run(SparkSession spark, RunOptions options, InputListings listings) throws IOException {
        long started = System.currentTimeMillis();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        try (SnapshotStore store = SnapshotStore.open(options.warehouse(), hadoop)) {
            removeIncompleteSnapshots(store);
            if (listings == null) {
                progress.stage("scan", options.input().toString());
            }
            InputListings listed = listings != null ? listings : InputListings.of(options, hadoop);
            Optional<RunResult> small = new SmallChangeRun(progress).attempt(store, options, listed,
                    fingerprints(options, listed, spark.version()), hadoop, started);
            if (small.isPresent()) {
                return small.get();
            }
            return run(spark, store, options, started, listed);
        }
    }

    private RunResult run(SparkSession spark, SnapshotStore store, RunOptions options, long started,
                          InputListings listings) throws IOException {
        List<Dataset<Row>> cached = new java.util.ArrayList<>();
        try {
            return run(spark, store, options, started, listings, cached);
        } finally {
            // After a failed run too: a watch runs again in the same session.
            cached.forEach(Dataset::unpersist);
        }
    }

    private RunResult run(SparkSession spark, SnapshotStore store, RunOptions options, long started,
                          InputListings listed, List<Dataset<Row>> cached) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputListings listings = listed;
        if (listings.input() == null) {
            throw new IOException(listings.documents().problem());
        }
        List<InputFile> listing = listings.input();
        long total = listing.size();
        progress.advance("scan", total, total, "files");
        TableFingerprints fingerprints = fingerprints(options, listings, spark.version());

        String snapshot = store.newSnapshotId();
        Published published = published(store, options);
        // Linked first, so that the documents are read only if a table that needs them is computed.
        List<String> linked = new java.util.ArrayList<>();
        List<TableJob> jobs = TableJobs.all();
        for (TableJob job : jobs) {
            String table = job.table();
            String fingerprint = fingerprints.of(job.sources());
            if (published != null && fingerprint.equals(published.manifest().getProperty(FINGERPRINT + table))
                    && store.linkTable(published.snapshotId(), snapshot, table)) {
                progress.stage("link", table + " (unchanged since snapshot " + published.snapshotId() + ")");
                linked.add(table);
            }
        }

        DocumentsRead[] read = new DocumentsRead[1];
        Supplier<PipelineData.Documents> documents = () -> {
            if (read[0] == null) {
                try {
                    read[0] = readDocuments(spark, store, options, listing, fingerprints, published, snapshot,
                            cached);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return read[0].documents();
        };
        progress.stage("registers", options.registers() == null ? "none (no --registers)"
                : options.registers().toString());
        List<vn.provinceplans.extract.registers.RegisterReader.Result> registers =
                vn.provinceplans.jobs.io.RegisterInputs.read(options.registers(), hadoop);
        spark.catalog().dropTempView("headline_scores");
        PipelineData data = new PipelineData(spark, options, documents, registers);
        Map<String, Long> rows = new LinkedHashMap<>();
        boolean computesAny = linked.size() < jobs.size();
        int done = 0;
        for (TableJob job : jobs) {
            TableSpec table = Contract.get().table(job.table());
            CrashPoints.reached("write:" + table.name());
            String uri = store.tableUri(snapshot, table.name());
            if (!linked.contains(table.name())) {
                Dataset<Row> frame;
                try {
                    frame = job.build(data);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                progress.stage("write", table.name());
                TableWriter.write(frame, table, uri, job.outputFiles());
            }
            if (computesAny) {
                // Later jobs (the marts) read what earlier ones wrote, under the contract's table names.
                spark.read().schema(SparkSchemas.of(table)).parquet(uri).createOrReplaceTempView(table.name());
            }
            String linkedRows = linked.contains(table.name()) ? published.manifest().getProperty("rows." + table.name())
                    : null;
            rows.put(table.name(), linkedRows != null ? Long.parseLong(linkedRows) : TableWriter.rowCount(uri, hadoop));
            progress.advance("write", ++done, jobs.size(), "tables");
        }
        if (read[0] == null) {
            // Every document table was linked: the documents are the published snapshot's, and so is its cache.
            if (published != null && store.linkTable(published.snapshotId(), snapshot, ExtractionCache.FOLDER)) {
                progress.stage("read", "none: the same " + total + " files as snapshot " + published.snapshotId());
                read[0] = new DocumentsRead(null, published.count("files.loaded") + published.count("files.duplicate"),
                        0, ExtractionCache.Written.LINKED);
            } else {
                documents.get();
            }
        }
        long unchangedFiles = read[0].unchangedFiles();
        long toExtractCount = read[0].extracted();
        ExtractionCache.Written cacheWritten = read[0].cache();
        Map<String, Long> byStatus = linked.contains("inputs") ? published.filesByStatus()
                : filesByStatus(spark.read().parquet(store.tableUri(snapshot, "inputs")));
        return publish(progress, store, options, snapshot, total, byStatus, unchangedFiles, toExtractCount,
                cacheWritten, linked, fingerprints, rows, "spark", started);
    }

    private void removeIncompleteSnapshots(SnapshotStore store) throws IOException {
        for (String leftover : store.removeIncompleteSnapshots()) {
            progress.stage("clean", "removed snapshot " + leftover + " left incomplete by an interrupted run");
        }
    }

    private static TableFingerprints fingerprints(RunOptions options, InputListings listings, String sparkVersion) {
        return TableFingerprints.of(TableFingerprints.codeVersion(sparkVersion), options, listings);
    }

    /**
     * Reconciles the files of the run's inputs table with its listing, then records the snapshot's manifest and
     * publishes it: the last step of a run, whichever engine wrote the tables.
     *
     * @param engine what wrote the tables: spark, or duckdb for a {@link SmallChangeRun}
     */
    static RunResult publish(Progress progress, SnapshotStore store, RunOptions options, String snapshot, long total,
                             Map<String, Long> byStatus, long unchangedFiles, long extracted,
                             ExtractionCache.Written cache, List<String> linked, TableFingerprints fingerprints,
                             Map<String, Long> rows, String engine, long started) throws IOException {
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
        manifest.put("engine", engine);
        manifest.put("files.read", Long.toString(total));
        manifest.put("files.loaded", Long.toString(loaded));
        manifest.put("files.duplicate", Long.toString(duplicate));
        manifest.put("files.rejected", Long.toString(rejected));
        manifest.put("files.unchanged", Long.toString(unchangedFiles));
        manifest.put("documents.extracted", Long.toString(extracted));
        manifest.put(EXTRACTOR_VERSION, ExtractorVersion.current());
        manifest.put("extraction_cache", cache.name().toLowerCase(java.util.Locale.ROOT));
        manifest.put("tables.linked", String.join(",", linked));
        manifest.put(DOCUMENTS_FINGERPRINT, fingerprints.source(TableSource.DOCUMENTS));
        for (TableJob job : TableJobs.all()) {
            manifest.put(FINGERPRINT + job.table(), fingerprints.of(job.sources()));
        }
        rows.forEach((t, n) -> manifest.put("rows." + t, Long.toString(n)));
        store.publish(snapshot, manifest);
        store.prune(options.keepSnapshots(), snapshot);
        return new RunResult(snapshot, rows, total, loaded, duplicate, rejected, unchangedFiles, extracted, linked,
                System.currentTimeMillis() - started);
    }

    /** What reading the documents gave: their datasets, and what the manifest says of them. */
    private record DocumentsRead(PipelineData.Documents documents, long unchangedFiles, long extracted,
                                 ExtractionCache.Written cache) {
    }

    /**
     * Reads the files that changed since the published snapshot (all of them without one), extracts the texts its
     * cache does not hold, and writes this snapshot's cache.
     */
    private DocumentsRead readDocuments(SparkSession spark, SnapshotStore store, RunOptions options,
                                        List<InputFile> listing, TableFingerprints fingerprints,
                                        Published published, String snapshot, List<Dataset<Row>> cached)
            throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Previous previous = published == null ? null : previous(spark, store, published);
        long total = listing.size();
        // The same files as the published snapshot's: its texts and facts are this run's, nothing is read.
        boolean documentsUnchanged = previous != null && fingerprints.source(TableSource.DOCUMENTS)
                .equals(previous.manifest().getProperty(DOCUMENTS_FINGERPRINT));
        ListingChanges changes = previous == null ? ListingChanges.readAll(listing)
                : ListingChanges.of(listing, DocumentStages.reusable(previous.inputs()));
        Dataset<Row> toRead = DocumentStages.inputs(spark, changes.toRead());
        Dataset<Row> unchanged = previous == null ? spark.createDataFrame(List.of(), DocumentStages.FILE_SCHEMA)
                : DocumentStages.unchanged(spark, previous.inputs(), changes.notReused());
        long unchangedFiles = changes.unchanged();

        LongAccumulator read = spark.sparkContext().longAccumulator("files read");
        CrashPoints.reached("read");
        Dataset<Row> files = DocumentStages.decode(toRead, new SerializableHadoopConf(hadoop), options.maxFileBytes(),
                        read)
                .unionByName(unchanged.select(DocumentStages.FILE_SCHEMA.fieldNames()[0],
                        java.util.Arrays.copyOfRange(DocumentStages.FILE_SCHEMA.fieldNames(), 1,
                                DocumentStages.FILE_SCHEMA.fieldNames().length)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(files);
        if (documentsUnchanged) {
            progress.stage("read", "none: the same " + total + " files as snapshot " + previous.snapshotId());
        } else {
            progress.stage("read", (total - unchangedFiles) + " files" + (previous == null ? ""
                    : " (" + unchangedFiles + " unchanged since snapshot " + previous.snapshotId() + ")"));
            watch("read", read::value, total - unchangedFiles, "files", files::count);
        }

        Dataset<Row> texts = DocumentStages.texts(files).persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(texts);
        Dataset<Row> toExtract = texts;
        Dataset<Row> documentText = texts.select("doc_id", "text");
        if (previous != null) {
            // A text seen before keeps its facts and its text from the previous snapshot: only the texts this run
            // read are extracted, and the kept texts are picked by doc_id (a semi-join Spark broadcasts while the
            // doc_ids are small, under spark.sql.autoBroadcastJoinThreshold) rather than joined to every text.
            Dataset<Row> readNow = texts.where(col("text").isNotNull());
            toExtract = readNow.join(ExtractionCache.read(spark, previous.cacheUri()).select("doc_id"), seq("doc_id"),
                            "left_anti")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(toExtract);
            documentText = readNow.select("doc_id", "text").unionByName(previous.text().join(
                    texts.where(col("text").isNull()).select("doc_id"), seq("doc_id"), "left_semi"));
        }
        long documents = documentsUnchanged ? Long.parseLong(previous.manifest().getProperty("rows.documents"))
                : texts.count();
        long toExtractCount = documentsUnchanged ? 0 : toExtract.count();
        LongAccumulator extracted = spark.sparkContext().longAccumulator("documents extracted");
        Dataset<Row> extractedNow = DocumentStages.extractCore(toExtract, extracted);
        CrashPoints.reached("extract");
        progress.stage("extract", toExtractCount + " documents" + (previous == null ? ""
                : " (" + (documents - toExtractCount) + " reused)"));
        String cacheUri = store.tableUri(snapshot, ExtractionCache.FOLDER);
        ExtractionCache.Written cacheWritten = watch("extract", extracted::value, toExtractCount, "documents",
                () -> ExtractionCache.write(spark, store, previous == null ? null : previous.snapshotId(), snapshot,
                        extractedNow, toExtractCount, texts, documents - toExtractCount, hadoop));
        Dataset<Row> facts = DocumentStages.facts(texts, ExtractionCache.read(spark, cacheUri))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(facts);

        return new DocumentsRead(new PipelineData.Documents(files, texts, documentText, facts), unchangedFiles,
                toExtractCount, cacheWritten);
    }

    static final String EXTRACTOR_VERSION = "extractor.version";
    /** The manifest's key of a table's {@link TableFingerprints fingerprint}, followed by the table's name. */
    static final String FINGERPRINT = "fingerprint.";
    static final String DOCUMENTS_FINGERPRINT = "fingerprint.source.documents";

    /** The published snapshot this run may take unchanged tables and known facts from, and its manifest. */
    private record Published(String snapshotId, java.util.Properties manifest) {

        long count(String key) {
            return Long.parseLong(manifest.getProperty(key, "0"));
        }

        /** What its inputs table holds, which a run that links that table need not count again. */
        Map<String, Long> filesByStatus() {
            Map<String, Long> byStatus = new HashMap<>();
            for (String status : List.of("loaded", "duplicate", "rejected")) {
                byStatus.put(status, count("files." + status));
            }
            return byStatus;
        }
    }

    /** Input files per status of an inputs table. */
    private static Map<String, Long> filesByStatus(Dataset<Row> inputs) {
        Map<String, Long> byStatus = new HashMap<>();
        for (Row r : inputs.groupBy(col("status")).count().collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
        }
        return byStatus;
    }

    /** What the published snapshot gives the reading of the documents: its inputs, texts and extracted facts. */
    private record Previous(String snapshotId, java.util.Properties manifest, Dataset<Row> inputs, Dataset<Row> text,
                            String cacheUri) {
    }

    /**
     * The published snapshot, when this run may reuse it: not --full, and made by the same extractor (same
     * version). Anything else means a full run.
     */
    private Published published(SnapshotStore store, RunOptions options) throws IOException {
        if (options.full()) {
            return null;
        }
        java.util.Optional<String> current = store.currentId();
        if (current.isEmpty()) {
            return null;
        }
        String id = current.get();
        java.util.Properties manifest = store.manifest(id);
        if (!ExtractorVersion.current().equals(manifest.getProperty(EXTRACTOR_VERSION))) {
            progress.stage("reuse", "none: snapshot " + id + " was made by another version of the extractor");
            return null;
        }
        return new Published(id, manifest);
    }

    /**
     * The published snapshot's documents, when they hold the cache and the inputs columns reuse needs; otherwise
     * every file is read and every text extracted.
     */
    private Previous previous(SparkSession spark, SnapshotStore store, Published published) {
        String id = published.snapshotId();
        java.util.Properties manifest = published.manifest();
        try {
            String inputsUri = store.tableUri(id, "inputs");
            String cacheUri = store.tableUri(id, ExtractionCache.FOLDER);
            // The layout is read from one footer of each table: letting Spark infer the schemas would cost a job each.
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            if (!TableWriter.columns(inputsUri, conf).containsAll(List.of("modified", "content_sha256"))
                    || !TableWriter.columns(cacheUri, conf).equals(
                            java.util.Arrays.asList(DocumentStages.coreSchema().fieldNames()))) {
                progress.stage("reuse", "none: snapshot " + id + " has an older layout");
                return null;
            }
            return new Previous(id, manifest, read(spark, "inputs", inputsUri),
                    read(spark, "document_text", store.tableUri(id, "document_text")), cacheUri);
        } catch (Exception e) {
            // Spark reports a missing or unreadable folder as an AnalysisException, which Java cannot name here.
            progress.stage("reuse", "none: snapshot " + id + " cannot be read back (" + e.getMessage() + ")");
            return null;
        }
    }

    private static Dataset<Row> read(SparkSession spark, String table, String uri) {
        return spark.read().schema(SparkSchemas.of(Contract.get().table(table))).parquet(uri);
    }

    /** A step of the run that may fail reading or writing files. */
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs {@code action} while reporting the accumulator's progress about once a second; returns its result. */
    private <T> T watch(String stage, LongSupplier done, long total, String unit, Step<T> action)
            throws IOException {
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
        T result;
        try {
            result = action.run();
        } finally {
            poller.interrupt();
        }
        progress.advance(stage, total, total, unit);
        return result;
    }
}
