package vn.provinceplans.jobs;

import static vn.provinceplans.schema.DuckDbViews.ident;
import static vn.provinceplans.schema.DuckDbViews.literal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.ExtractorVersion;
import vn.provinceplans.jobs.io.DecodedInput;
import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.InputListings;
import vn.provinceplans.jobs.io.ListingChanges;
import vn.provinceplans.jobs.io.SerializableHadoopConf;
import vn.provinceplans.jobs.patch.DuckDbMarts;
import vn.provinceplans.jobs.tables.TableJobs;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.ColumnType;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.DuckDbViews;
import vn.provinceplans.schema.TableSpec;
import vn.provinceplans.schema.WarehouseLayout;

/**
 * A run after a small change to the documents, applied without Spark: the changed files are decoded and extracted in
 * this process, and DuckDB writes the new snapshot from the published one. It publishes what a Spark run of the same
 * input publishes, table by table ({@code IncrementalRunTest} compares both with a full rebuild).
 *
 * <p>Why: a Spark run pays a fixed cost for every table it writes (its planning, code generation and, in a fresh
 * process, the JIT compiling Spark itself), a minute for one changed document in 100 000 on two cores, where the work
 * the change needs is a second. Here the tables the documents reach are rewritten only where the change reaches them:
 * a fact table's Parquet files that hold none of the dropped documents, and the documents partitions (years) the
 * change does not touch, are hard links to the published snapshot's files; the marts are computed again from their
 * SQL files by DuckDB ({@link DuckDbMarts}); every other table is linked.
 *
 * <p>It applies only when the warehouse is local (hard links, and DuckDB writes there), the published snapshot was
 * made by the same code from the same registers, index files and --as-of date (every table's fingerprint, taken with
 * the published documents, is the published one), and at most --small-change-files files are new, changed or gone.
 * Anything else, and any failure here, is a Spark run.
 */
final class SmallChangeRun {

    /** A table of more Parquet files is written whole, in one file, instead of patched file by file. */
    static final int MAX_TABLE_FILES = 64;

    /** DuckDB's memory beside the driver's heap; beyond it DuckDB spills to disk. */
    private static final String MEMORY_LIMIT = "2GB";

    private final Progress progress;

    SmallChangeRun(Progress progress) {
        this.progress = progress;
    }

    /**
     * Applies the change when it can and returns the run's result; empty, with the snapshot it began removed, when the
     * run needs Spark.
     */
    Optional<RunResult> attempt(SnapshotStore store, RunOptions options, InputListings listings,
                                TableFingerprints fingerprints, Configuration hadoop, long started)
            throws IOException {
        if (options.full() || options.smallChangeFiles() == 0 || !"file".equals(options.warehouse().getScheme())
                || listings.input() == null) {
            return Optional.empty();
        }
        Optional<String> current = store.currentId();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        String previous = current.get();
        Properties manifest = store.manifest(previous);
        String documentsBefore = manifest.getProperty(Pipeline.DOCUMENTS_FINGERPRINT);
        if (!ExtractorVersion.current().equals(manifest.getProperty(Pipeline.EXTRACTOR_VERSION))
                || documentsBefore == null || documentsBefore.equals(fingerprints.source(TableSource.DOCUMENTS))) {
            return Optional.empty();
        }
        TableFingerprints asPublished = fingerprints.withSource(TableSource.DOCUMENTS, documentsBefore);
        for (TableJob job : TableJobs.all()) {
            if (!asPublished.of(job.sources()).equals(manifest.getProperty(Pipeline.FINGERPRINT + job.table()))) {
                progress.stage("small change", "no: the code, the registers, the index files or --as-of changed "
                        + "since snapshot " + previous + " (" + job.table() + " reads what changed)");
                return Optional.empty();
            }
        }
        String unlike = tableUnlikeContract(store, previous, hadoop);
        if (unlike != null) {
            progress.stage("small change", "no: " + unlike + " of snapshot " + previous + " is missing or has "
                    + "another layout");
            return Optional.empty();
        }
        String snapshot = store.newSnapshotId();
        // The snapshot's own folder: the parent of one of its tables.
        Path snapshotDir = folder(store, snapshot, ExtractionCache.FOLDER).getParent();
        Optional<Written> written;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            written = new Applying(store, options, listings, hadoop, previous, manifest, snapshot, duck).apply();
        } catch (SQLException | IOException | RuntimeException e) {
            // Nothing is published yet: the snapshot begun here goes, and Spark does the run from the start.
            deleteQuietly(snapshotDir);
            progress.stage("small change", "failed (" + e.getMessage() + "); running Spark instead");
            return Optional.empty();
        }
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Written w = written.get();
        return Optional.of(Pipeline.publish(progress, store, options, snapshot, listings.input().size(), w.byStatus(),
                w.unchangedFiles(), w.extracted(), w.cache(), w.linked(), fingerprints, w.rows(), "duckdb", started));
    }

    /** What a small change wrote into its snapshot, for the manifest. */
    private record Written(Map<String, Long> byStatus, long unchangedFiles, long extracted,
                           ExtractionCache.Written cache, List<String> linked, Map<String, Long> rows) {
    }

    /** One attempt: the published snapshot, the new one, and the DuckDB connection writing it. */
    private final class Applying {
        private final SnapshotStore store;
        private final RunOptions options;
        private final InputListings listings;
        private final Configuration hadoop;
        private final String previous;
        private final Properties manifest;
        private final String snapshot;
        private final Connection duck;

        Applying(SnapshotStore store, RunOptions options, InputListings listings, Configuration hadoop,
                 String previous, Properties manifest, String snapshot, Connection duck) {
            this.store = store;
            this.options = options;
            this.listings = listings;
            this.hadoop = hadoop;
            this.previous = previous;
            this.manifest = manifest;
            this.snapshot = snapshot;
            this.duck = duck;
        }

        /** The snapshot written, or empty, with nothing written, when the change is too large. */
        Optional<Written> apply() throws IOException, SQLException {
            execute("SET TimeZone = 'UTC'");
            execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            DuckDbMarts.prepare(duck);
            List<InputFile> listing = listings.input();
            progress.advance("scan", listing.size(), listing.size(), "files");
            execute("CREATE TABLE previous_inputs AS SELECT * FROM " + parquet(previous, "inputs"));
            Map<String, String> stamps = new HashMap<>();
            try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT source_path, bytes, "
                    + "epoch_ms(modified) FROM previous_inputs WHERE status IN ('loaded', 'duplicate') "
                    + "AND content_sha256 IS NOT NULL")) {
                while (r.next()) {
                    stamps.put(r.getString(1), ListingChanges.stamp(r.getLong(2), r.getLong(3)));
                }
            }
            ListingChanges changes = ListingChanges.of(listing, stamps);
            Set<String> toRead = changes.toRead().stream().map(InputFile::relativePath).collect(Collectors.toSet());
            long gone = changes.notReused().stream().filter(p -> !toRead.contains(p)).count();
            long changed = toRead.size() + gone;
            if (changed > options.smallChangeFiles()) {
                progress.stage("small change", "no: " + changed + " files to read or drop, over "
                        + "--small-change-files " + options.smallChangeFiles());
                return Optional.empty();
            }
            progress.stage("small change", changed + " files new, changed or gone since snapshot " + previous
                    + ", applied without Spark");

            CrashPoints.reached("read");
            progress.stage("read", toRead.size() + " files (" + changes.unchanged() + " unchanged since snapshot "
                    + previous + ")");
            SerializableHadoopConf conf = new SerializableHadoopConf(hadoop);
            List<DecodedInput> decoded = changes.toRead().parallelStream()
                    .map(f -> DecodedInput.of(f, conf, options.maxFileBytes())).toList();
            execute("CREATE TABLE read_files (source_path VARCHAR, bytes BIGINT, modified BIGINT, "
                    + "content_sha256 VARCHAR, source_format VARCHAR, encoding_detected VARCHAR, doc_id VARCHAR, "
                    + "text VARCHAR, reject_reason VARCHAR)");
            try (DuckDBAppender a = appender("read_files")) {
                for (DecodedInput d : decoded) {
                    a.beginRow();
                    append(a, d.sourcePath(), d.bytes(), d.modified(), d.contentSha256(), d.sourceFormat(),
                            d.encodingDetected(), d.docId(), d.text(), d.rejectReason());
                    a.endRow();
                }
            }
            execute("CREATE TABLE not_reused (source_path VARCHAR)");
            try (DuckDBAppender a = appender("not_reused")) {
                for (String path : changes.notReused()) {
                    a.beginRow();
                    a.append(path);
                    a.endRow();
                }
            }
            // The files of this run: those unchanged as the published snapshot recorded them, and those read now.
            execute("CREATE TABLE files AS SELECT source_path, bytes, epoch_ms(modified) AS modified, content_sha256, "
                    + "source_format, encoding_detected, doc_id, CAST(NULL AS VARCHAR) AS text, "
                    + "CAST(NULL AS VARCHAR) AS reject_reason FROM previous_inputs "
                    + "WHERE status IN ('loaded', 'duplicate') AND content_sha256 IS NOT NULL "
                    + "AND source_path NOT IN (SELECT source_path FROM not_reused) "
                    + "UNION ALL SELECT * FROM read_files");
            // As DocumentStages.texts: one row per distinct text, its columns from the first path that holds it.
            execute("CREATE TABLE texts AS SELECT doc_id, min(source_path) AS source_path, "
                    + "list(source_path ORDER BY source_path) AS source_paths, "
                    + "list(source_format ORDER BY source_path)[1] AS source_format, "
                    + "list(encoding_detected ORDER BY source_path)[1] AS encoding_detected, "
                    + "any_value(text) AS text FROM files WHERE doc_id IS NOT NULL GROUP BY doc_id");
            execute("CREATE VIEW previous_documents AS SELECT * FROM " + parquet(previous, "documents"));
            // Each text whose documents row changes: added, removed, or held by other files than before (moved).
            String pathsDiffer = DocumentValues.PATH_COLUMNS.stream()
                    .map(c -> "t." + c + " IS DISTINCT FROM p." + c).collect(Collectors.joining(" OR "));
            execute("CREATE TABLE doc_changes AS SELECT * FROM (SELECT coalesce(t.doc_id, p.doc_id) AS doc_id, "
                    + "CASE WHEN p.doc_id IS NULL THEN 'added' WHEN t.doc_id IS NULL THEN 'removed' "
                    + "WHEN " + pathsDiffer + " THEN 'moved' END AS change "
                    + "FROM texts t FULL JOIN previous_documents p ON p.doc_id = t.doc_id) WHERE change IS NOT NULL");

            CrashPoints.reached("extract");
            String previousCache = glob(folder(store, previous, ExtractionCache.FOLDER), "*.parquet");
            List<String[]> toExtract = new ArrayList<>();
            try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT c.doc_id, t.text "
                    + "FROM doc_changes c JOIN texts t ON t.doc_id = c.doc_id WHERE c.change = 'added' "
                    + "AND c.doc_id NOT IN (SELECT doc_id FROM read_parquet(" + previousCache + "))")) {
                while (r.next()) {
                    if (r.getString(2) == null) {
                        throw new IllegalStateException("document " + r.getString(1) + " is new but no file of it "
                                + "was read");
                    }
                    toExtract.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            long documents = count("SELECT count(*) FROM texts");
            progress.stage("extract", toExtract.size() + " documents (" + (documents - toExtract.size())
                    + " reused)");
            extract(toExtract);
            ExtractionCache.Written cache = writeCache(previousCache, toExtract.size(), documents);

            Map<String, Long> rows = new LinkedHashMap<>();
            List<String> linked = new ArrayList<>();
            writeDocumentTables(rows);
            for (TableJob job : TableJobs.all()) {
                TableSpec table = Contract.get().table(job.table());
                if (rows.containsKey(table.name())) {
                    continue;
                }
                CrashPoints.reached("write:" + table.name());
                if (!job.sources().contains(TableSource.DOCUMENTS)) {
                    if (!store.linkTable(previous, snapshot, table.name())) {
                        throw new IllegalStateException("cannot link " + table.name() + " of snapshot " + previous);
                    }
                    progress.stage("link", table.name() + " (unchanged since snapshot " + previous + ")");
                    linked.add(table.name());
                    rows.put(table.name(), Long.parseLong(manifest.getProperty("rows." + table.name(), "0")));
                    view(table);
                    continue;
                }
                progress.stage("write", table.name());
                // The mart as DuckDB computed it, then written and read back in contract types as Spark's marts are.
                DuckDbMarts.create(duck, table.name(), options.asOf());
                execute("ALTER TABLE " + ident(table.name()) + " RENAME TO " + ident("computed_" + table.name()));
                rows.put(table.name(), write(table, "SELECT * FROM " + ident("computed_" + table.name())));
            }
            Map<String, Long> byStatus = new HashMap<>();
            try (Statement s = duck.createStatement();
                 ResultSet r = s.executeQuery("SELECT status, count(*) FROM new_inputs GROUP BY status")) {
                while (r.next()) {
                    byStatus.put(r.getString(1), r.getLong(2));
                }
            }
            Map<String, Long> ordered = new LinkedHashMap<>();
            for (TableJob job : TableJobs.all()) {
                ordered.put(job.table(), rows.get(job.table()));
            }
            return Optional.of(new Written(byStatus, changes.unchanged(), toExtract.size(), cache, linked, ordered));
        }

        /** Extracts each (doc_id, text) into extracted_core and extracted_<fact table>, in contract columns. */
        private void extract(List<String[]> texts) throws SQLException {
            List<ColumnSpec> core = DocumentValues.coreColumns();
            execute("CREATE TABLE extracted_core (" + columnsDdl(core) + ")");
            for (String table : DocumentValues.NESTED_FACT_TABLES) {
                execute("CREATE TABLE " + ident("extracted_" + table) + " (doc_id VARCHAR, ordinal INTEGER, "
                        + columnsDdl(DocumentValues.factColumns(table)) + ")");
            }
            record Extracted(Map<String, Object> core, Map<String, List<Map<String, Object>>> facts) {
            }
            ThreadLocal<DocumentExtractor> extractors = ThreadLocal.withInitial(DocumentExtractor::new);
            List<Extracted> extracted = texts.parallelStream().map(t -> {
                DocumentFacts facts = extractors.get().extract(t[1]);
                Map<String, Object> values = new HashMap<>();
                DocumentValues.core(t[0], t[1], facts, values::put);
                Map<String, List<Map<String, Object>>> nested = new HashMap<>();
                for (String table : DocumentValues.NESTED_FACT_TABLES) {
                    nested.put(table, DocumentValues.facts(table, facts));
                }
                return new Extracted(values, nested);
            }).toList();
            try (DuckDBAppender a = appender("extracted_core")) {
                for (Extracted e : extracted) {
                    a.beginRow();
                    for (ColumnSpec c : core) {
                        append(a, e.core().get(c.name()));
                    }
                    a.endRow();
                }
            }
            for (String table : DocumentValues.NESTED_FACT_TABLES) {
                try (DuckDBAppender a = appender("extracted_" + table)) {
                    for (Extracted e : extracted) {
                        int ordinal = 0;
                        for (Map<String, Object> fact : e.facts().get(table)) {
                            a.beginRow();
                            append(a, e.core().get("doc_id"), ordinal++);
                            for (ColumnSpec c : DocumentValues.factColumns(table)) {
                                append(a, fact.get(c.name()));
                            }
                            a.endRow();
                        }
                    }
                }
            }
        }

        /**
         * The snapshot's extraction cache, as {@link ExtractionCache#write} keeps it: the published cache's files
         * linked and the texts extracted now beside them, or everything live written again when the cache has
         * grown stale or scattered.
         */
        private ExtractionCache.Written writeCache(String previousCache, long extracted, long documents)
                throws IOException, SQLException {
            List<ColumnSpec> core = DocumentValues.coreColumns();
            StringBuilder nested = new StringBuilder("SELECT ");
            nested.append(core.stream().map(c -> "c." + ident(c.name())).collect(Collectors.joining(", ")));
            for (String table : DocumentValues.NESTED_FACT_TABLES) {
                List<ColumnSpec> fields = DocumentValues.factColumns(table);
                String type = "STRUCT(" + fields.stream().map(f -> ident(f.name()) + " " + f.type().duckdbType())
                        .collect(Collectors.joining(", ")) + ")[]";
                nested.append(", coalesce((SELECT list(struct_pack(")
                        .append(fields.stream().map(f -> ident(f.name()) + " := x." + ident(f.name()))
                                .collect(Collectors.joining(", ")))
                        .append(") ORDER BY x.ordinal) FROM ").append(ident("extracted_" + table))
                        .append(" x WHERE x.doc_id = c.doc_id), CAST([] AS ").append(type).append(")) AS ")
                        .append(ident(table));
            }
            nested.append(" FROM extracted_core c");
            Path previousFolder = folder(store, previous, ExtractionCache.FOLDER);
            Path target = folder(store, snapshot, ExtractionCache.FOLDER);
            long previousFiles;
            try (Stream<Path> files = Files.list(previousFolder)) {
                previousFiles = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
            }
            long previousRows = count("SELECT count(*) FROM read_parquet(" + previousCache + ")");
            long kept = documents - extracted;
            if (previousFiles < ExtractionCache.MAX_FILES
                    && previousRows - kept <= ExtractionCache.MAX_STALE_SHARE * previousRows
                    && store.linkTable(previous, snapshot, ExtractionCache.FOLDER)) {
                if (extracted > 0) {
                    copy(nested.toString(), target.resolve(fileName()), "");
                }
                return ExtractionCache.Written.LINKED;
            }
            String columns = Stream.concat(core.stream().map(ColumnSpec::name),
                    DocumentValues.NESTED_FACT_TABLES.stream()).map(DuckDbViews::ident)
                    .collect(Collectors.joining(", "));
            Files.createDirectories(target);
            copy("SELECT " + columns + " FROM read_parquet(" + previousCache + ") WHERE doc_id IN "
                    + "(SELECT doc_id FROM texts) UNION ALL " + nested, target.resolve(fileName()), "");
            return ExtractionCache.Written.WHOLE;
        }

        /**
         * The eight tables of the documents. The rows of a text depend on the text alone, but for the documents
         * row's path columns: only the rows of removed texts go, only those of added texts come, and a documents
         * row also changes when other files hold its text than before.
         */
        private void writeDocumentTables(Map<String, Long> rows) throws IOException, SQLException {
            String addedIds = "(SELECT doc_id FROM doc_changes WHERE change = 'added')";
            String removedIds = "(SELECT doc_id FROM doc_changes WHERE change = 'removed')";
            String cache = glob(folder(store, snapshot, ExtractionCache.FOLDER), "*.parquet");
            String core = DocumentValues.coreColumns().stream().map(c -> ident(c.name()))
                    .collect(Collectors.joining(", "));
            execute("CREATE TABLE added_cache AS SELECT * FROM read_parquet(" + cache + ") WHERE doc_id IN "
                    + addedIds);
            execute("CREATE TABLE new_documents AS SELECT t.source_path, t.source_paths, t.source_format, "
                    + "t.encoding_detected, c.* FROM texts t JOIN (SELECT " + core + " FROM added_cache UNION ALL "
                    + "SELECT " + core + " FROM previous_documents WHERE doc_id IN "
                    + "(SELECT doc_id FROM doc_changes WHERE change = 'moved')) c ON c.doc_id = t.doc_id");

            TableSpec documents = Contract.get().table("documents");
            CrashPoints.reached("write:document_text");
            progress.stage("write", "document_text");
            rows.put("document_text", patch(Contract.get().table("document_text"), removedIds,
                    "SELECT doc_id, text FROM texts WHERE doc_id IN " + addedIds));
            CrashPoints.reached("write:documents");
            progress.stage("write", "documents");
            rows.put("documents", patchPartitions(documents,
                    "(SELECT doc_id FROM doc_changes WHERE change IN ('removed', 'moved'))", "new_documents"));
            CrashPoints.reached("write:inputs");
            progress.stage("write", "inputs");
            // As InputsJob: a text's first file (by path) loads it, any other file holding it is a duplicate.
            rows.put("inputs", write(Contract.get().table("inputs"), "SELECT f.source_path, f.bytes, "
                    + "CASE WHEN f.reject_reason IS NOT NULL THEN 'rejected' WHEN f.source_path = t.source_path "
                    + "THEN 'loaded' ELSE 'duplicate' END AS status, f.doc_id, "
                    + "CASE WHEN f.reject_reason IS NOT NULL THEN f.reject_reason "
                    + "WHEN f.source_path <> t.source_path THEN 'same text as ' || t.source_path END AS reason, "
                    + "f.source_format, f.encoding_detected, epoch_ms(f.modified) AS modified, f.content_sha256 "
                    + "FROM files f LEFT JOIN texts t ON t.doc_id = f.doc_id"));
            execute("CREATE TABLE new_inputs AS SELECT * FROM inputs");
            CrashPoints.reached("write:rejected");
            progress.stage("write", "rejected");
            rows.put("rejected", write(Contract.get().table("rejected"), "SELECT source_path, reject_reason AS "
                    + "reason, bytes FROM files WHERE reject_reason IS NOT NULL"));
            for (String table : DocumentValues.NESTED_FACT_TABLES) {
                CrashPoints.reached("write:" + table);
                progress.stage("write", table);
                String fields = DocumentValues.factColumns(table).stream().map(c -> "f." + ident(c.name()))
                        .collect(Collectors.joining(", "));
                rows.put(table, patch(Contract.get().table(table), removedIds, "SELECT doc_id, " + fields
                        + " FROM (SELECT doc_id, unnest(" + ident(table) + ") AS f FROM added_cache)"));
            }
        }

        /**
         * Writes the unpartitioned table {@code table} of the new snapshot: the published files that hold no row of
         * {@code dropIds} linked, the others written again without those rows, and {@code added} in a new file.
         * Returns the table's rows.
         */
        private long patch(TableSpec table, String dropIds, String added) throws IOException, SQLException {
            Path from = folder(store, previous, table.name());
            Path to = folder(store, snapshot, table.name());
            Files.createDirectories(to);
            List<Path> files = parquetFiles(from);
            if (files.size() >= MAX_TABLE_FILES) {
                // Each small change adds a file of new rows: past this many, the table is written whole again.
                copy(conformed(table, "SELECT * FROM read_parquet(" + glob(from, "*.parquet") + ") WHERE doc_id NOT IN "
                        + dropIds + " UNION ALL BY NAME " + added), to.resolve(fileName()), options(table));
                view(table);
                return count("SELECT count(*) FROM " + ident(table.name()));
            }
            Set<String> touched = new HashSet<>();
            if (!files.isEmpty()) {
                try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT filename "
                        + "FROM read_parquet(" + glob(from, "*.parquet") + ", filename = true) WHERE doc_id IN "
                        + dropIds)) {
                    while (r.next()) {
                        touched.add(Path.of(r.getString(1)).getFileName().toString());
                    }
                }
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (touched.contains(name)) {
                    copy(conformed(table, "SELECT * FROM read_parquet(" + literal(file.toString())
                            + ") WHERE doc_id NOT IN " + dropIds), to.resolve(name), options(table));
                } else {
                    Files.createLink(to.resolve(name), file);
                }
            }
            if (count("SELECT count(*) FROM (" + added + ")") > 0) {
                copy(conformed(table, added), to.resolve(fileName()), options(table));
            }
            view(table);
            return count("SELECT count(*) FROM " + ident(table.name()));
        }

        /**
         * Writes the partitioned table {@code table}: each published partition without a row of {@code dropIds}
         * or {@code added} linked, the others written again from their kept rows and the added ones.
         */
        private long patchPartitions(TableSpec table, String dropIds, String added) throws IOException, SQLException {
            String column = table.partitionBy();
            execute("CREATE TABLE touched_partitions AS SELECT DISTINCT " + ident(column) + " AS value FROM "
                    + "previous_documents WHERE doc_id IN " + dropIds + " UNION SELECT DISTINCT "
                    + ident(column) + " FROM " + added);
            Set<String> touched = new HashSet<>();
            try (Statement s = duck.createStatement();
                 ResultSet r = s.executeQuery("SELECT CAST(value AS VARCHAR) FROM touched_partitions")) {
                while (r.next()) {
                    touched.add(partitionFolder(column, r.getString(1)));
                }
            }
            Path from = folder(store, previous, table.name());
            Path to = folder(store, snapshot, table.name());
            Files.createDirectories(to);
            try (Stream<Path> partitions = Files.list(from)) {
                for (Path partition : partitions.filter(Files::isDirectory).toList()) {
                    if (!touched.contains(partition.getFileName().toString())) {
                        Path target = Files.createDirectories(to.resolve(partition.getFileName().toString()));
                        for (Path file : parquetFiles(partition)) {
                            Files.createLink(target.resolve(file.getFileName().toString()), file);
                        }
                    }
                }
            }
            String inTouched = "(" + ident(column) + " IN (SELECT value FROM touched_partitions) OR ("
                    + ident(column) + " IS NULL AND EXISTS (SELECT 1 FROM touched_partitions WHERE value IS NULL)))";
            writePartitions(table, "SELECT * FROM previous_documents WHERE " + inTouched + " AND doc_id NOT IN "
                    + dropIds + " UNION ALL BY NAME SELECT * FROM " + added + " WHERE " + inTouched);
            view(table);
            return count("SELECT count(*) FROM " + ident(table.name()));
        }

        /** Writes the whole table {@code table} from {@code select}, as TableWriter lays it out; returns its rows. */
        private long write(TableSpec table, String select) throws IOException, SQLException {
            Files.createDirectories(folder(store, snapshot, table.name()));
            if (table.partitioned()) {
                writePartitions(table, select);
            } else {
                copy(conformed(table, select), folder(store, snapshot, table.name()).resolve(fileName()),
                        options(table));
            }
            view(table);
            return count("SELECT count(*) FROM " + ident(table.name()));
        }

        /** One file per value of the partition column, in Spark's folder for it (NULL has a folder of its own). */
        private void writePartitions(TableSpec table, String select) throws IOException, SQLException {
            String column = table.partitionBy();
            execute("CREATE OR REPLACE TEMP TABLE partition_rows AS " + select);
            List<String> values = new ArrayList<>();
            try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT CAST("
                    + ident(column) + " AS VARCHAR) FROM partition_rows")) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            for (String value : values) {
                Path dir = Files.createDirectories(folder(store, snapshot, table.name())
                        .resolve(partitionFolder(column, value)));
                String where = value == null ? ident(column) + " IS NULL"
                        : "CAST(" + ident(column) + " AS VARCHAR) = " + literal(value);
                copy(conformed(table, "SELECT * FROM partition_rows WHERE " + where), dir.resolve(fileName()),
                        options(table));
            }
            execute("DROP TABLE partition_rows");
        }

        /** The contract's columns of {@code select} in contract order and types (a partition column left out). */
        private String conformed(TableSpec table, String select) {
            List<String> columns = new ArrayList<>();
            for (ColumnSpec c : table.columns()) {
                if (c.name().equals(table.partitionBy())) {
                    continue;
                }
                columns.add("CAST(" + ident(c.name()) + " AS " + writeType(c.type()) + ") AS " + ident(c.name()));
            }
            // Sorted only where readers gain from it: row groups of one province that a filter on it skips. The
            // 1.5 million rows of timeliness at 100k documents take twice as long to write sorted.
            return "SELECT " + String.join(", ", columns) + " FROM (" + select + ")"
                    + (table.clustered() ? " ORDER BY " + ident(table.clusterBy()) + ", "
                    + ident(table.columns().get(0).name()) : "");
        }

        /** Registers the new snapshot's table under its contract name, for the tables and marts after it. */
        private void view(TableSpec table) throws SQLException {
            execute(DuckDbViews.createView(duck, table, folder(store, snapshot, table.name())));
        }

        private String parquet(String snapshotId, String table) {
            TableSpec spec = Contract.get().table(table);
            return "read_parquet(" + glob(folder(store, snapshotId, table), WarehouseLayout.parquetGlob(spec))
                    + (spec.partitioned() ? ", hive_partitioning = true" : "") + ")";
        }

        private String fileName() {
            return "part-00000-" + snapshot + ".parquet";
        }

        private void copy(String select, Path file, String options) throws SQLException {
            if (Files.exists(file)) {
                // A hard link to a published snapshot's file: writing through it would change that snapshot.
                throw new IllegalStateException(file + " exists");
            }
            execute("COPY (" + select + ") TO " + literal(file.toString()) + " (FORMAT parquet, COMPRESSION snappy"
                    + options + ")");
        }

        private void execute(String sql) throws SQLException {
            try (Statement s = duck.createStatement()) {
                s.execute(sql);
            }
        }

        private long count(String sql) throws SQLException {
            try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        private DuckDBAppender appender(String table) throws SQLException {
            return duck.unwrap(DuckDBConnection.class).createAppender(table);
        }
    }

    /**
     * The first table a small change takes rows from whose files do not have the columns this code writes (missing,
     * or from an older layout); null when all of them have.
     */
    private static String tableUnlikeContract(SnapshotStore store, String snapshotId, Configuration hadoop) {
        List<String> tables = new ArrayList<>(List.of("inputs", "documents", "document_text"));
        tables.addAll(DocumentValues.NESTED_FACT_TABLES);
        for (String name : tables) {
            TableSpec table = Contract.get().table(name);
            List<String> columns = table.columnNames().stream().filter(c -> !c.equals(table.partitionBy())).toList();
            if (!columns(store.tableUri(snapshotId, name), hadoop).equals(columns)) {
                return name;
            }
        }
        List<String> cache = Stream.concat(DocumentValues.coreColumns().stream().map(ColumnSpec::name),
                DocumentValues.NESTED_FACT_TABLES.stream()).toList();
        if (!columns(store.tableUri(snapshotId, ExtractionCache.FOLDER), hadoop).equals(cache)) {
            return ExtractionCache.FOLDER;
        }
        return null;
    }

    /** The table's columns, or none when it is missing or its first file cannot be read (Spark then runs). */
    private static List<String> columns(String uri, Configuration hadoop) {
        try {
            return TableWriter.columns(uri, hadoop);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Row groups as TableWriter writes a clustered table, so a filter on the cluster column skips them. */
    private static String options(TableSpec table) {
        return table.clustered() ? ", ROW_GROUP_SIZE " + TableSpec.CLUSTER_ROW_GROUP_ROWS : "";
    }

    /** A timestamp is written as Spark writes one: an instant (UTC-adjusted), which both engines read back alike. */
    private static String writeType(ColumnType type) {
        return type == ColumnType.TIMESTAMP ? "TIMESTAMPTZ" : type.duckdbType();
    }

    private static String columnsDdl(List<ColumnSpec> columns) {
        return columns.stream().map(c -> ident(c.name()) + " " + c.type().duckdbType())
                .collect(Collectors.joining(", "));
    }

    private static void append(DuckDBAppender a, Object... values) throws SQLException {
        for (Object v : values) {
            if (v == null) {
                a.appendNull();
            } else if (v instanceof String s) {
                a.append(s);
            } else if (v instanceof Integer i) {
                a.append(i.intValue());
            } else if (v instanceof Long l) {
                a.append(l.longValue());
            } else if (v instanceof Boolean b) {
                a.append(b.booleanValue());
            } else if (v instanceof Double d) {
                a.append(d.doubleValue());
            } else if (v instanceof LocalDate d) {
                a.append(d);
            } else {
                throw new IllegalArgumentException("no DuckDB value for " + v.getClass().getName());
            }
        }
    }

    /** Spark's folder of a partition value; {@code value} null is Hive's default partition. */
    private static String partitionFolder(String column, String value) {
        return column + "=" + (value == null ? "__HIVE_DEFAULT_PARTITION__" : value);
    }

    private static List<Path> parquetFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private static Path folder(SnapshotStore store, String snapshotId, String table) {
        return Path.of(URI.create(store.tableUri(snapshotId, table)));
    }

    private static String glob(Path dir, String pattern) {
        return literal(dir + "/" + pattern);
    }


    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // The next run removes a snapshot without _SUCCESS anyway.
        }
    }
}
