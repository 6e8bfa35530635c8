package vn.provinceplans.jobs;

import static vn.provinceplans.jobs.DocumentStages.seq;

import java.io.IOException;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Each snapshot's extracted facts by text ({@link DocumentStages#coreSchema}), kept for the next run. Extraction
 * depends on the text alone, so a row stays valid for as long as the extractor version does, even after its text
 * left the input: readers join the cache to the texts they have.
 *
 * <p>On a local warehouse a run links the previous snapshot's cache files into its own snapshot and writes only the
 * texts it extracted beside them: rewriting 100 000 cached rows to add one took 6 to 7 s. The links keep every
 * snapshot whole on its own (deleting a snapshot deletes only its links). When the cache holds too many rows of texts
 * no longer in the input, or too many files, or the file system cannot link, the run writes it whole with the live
 * rows only.
 */
final class ExtractionCache {

    /** A snapshot's cache folder: not a published table, and without a leading underscore, which Spark skips. */
    static final String FOLDER = "extraction_cache";
    /** Rewrite when more than this share of the previous cache's rows belong to texts no longer in the input. */
    static final double MAX_STALE_SHARE = 0.25;
    /** Rewrite rather than link a cache of this many files: each run adds a file per task that extracted texts. */
    static final int MAX_FILES = 64;

    private ExtractionCache() {
    }

    /** How a run wrote its cache: the previous snapshot's files linked and the new texts beside them, or whole. */
    enum Written {
        LINKED, WHOLE
    }

    /**
     * Writes the cache of snapshot {@code snapshot}: {@code extractedNow} (the texts this run extracted) with the rows
     * of snapshot {@code previousId}'s cache (none on a full run: null), either linked or written whole with only the
     * rows of {@code texts}.
     *
     * @param extractedTexts how many texts {@code extractedNow} holds
     * @param keptTexts the texts this run took from the previous cache instead of extracting them
     */
    static Written write(SparkSession spark, SnapshotStore store, String previousId, String snapshot,
                         Dataset<Row> extractedNow, long extractedTexts, Dataset<Row> texts, long keptTexts,
                         Configuration conf) throws IOException {
        String uri = store.tableUri(snapshot, FOLDER);
        if (previousId == null) {
            extractedNow.write().mode(SaveMode.Overwrite).parquet(uri);
            return Written.WHOLE;
        }
        String previousUri = store.tableUri(previousId, FOLDER);
        org.apache.hadoop.fs.Path previousFolder = new org.apache.hadoop.fs.Path(previousUri);
        int previousFiles = previousFolder.getFileSystem(conf).listStatus(previousFolder,
                p -> p.getName().endsWith(".parquet")).length;
        long previousRows = TableWriter.rowCount(previousUri, conf);
        if (previousFiles < MAX_FILES && previousRows - keptTexts <= MAX_STALE_SHARE * previousRows
                && store.linkTable(previousId, snapshot, FOLDER)) {
            if (extractedTexts > 0) {
                // Appending adds files with names of their own and leaves the links in place.
                extractedNow.write().mode(SaveMode.Append).parquet(uri);
            }
            return Written.LINKED;
        }
        Dataset<Row> previous = read(spark, previousUri);
        extractedNow.unionByName(previous.join(texts.select("doc_id"), seq("doc_id"), "left_semi"))
                .write().mode(SaveMode.Overwrite).parquet(uri);
        return Written.WHOLE;
    }

    /** The cache at {@code uri}, read with its known schema (no inference job over its files). */
    static Dataset<Row> read(SparkSession spark, String uri) {
        return spark.read().schema(DocumentStages.coreSchema()).parquet(uri);
    }
}
