package vn.provinceplans.jobs;

import static vn.provinceplans.jobs.DocumentStages.seq;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * Writes the cache of a run at {@code uri}: {@code extractedNow} (the texts this run extracted) with the rows of
     * {@code previousUri} (null on a full run), either linked or written whole with only the rows of {@code texts}.
     *
     * @param extractedTexts how many texts {@code extractedNow} holds
     * @param keptTexts the texts this run took from the previous cache instead of extracting them
     */
    static Written write(SparkSession spark, Dataset<Row> extractedNow, long extractedTexts, String previousUri,
                         Dataset<Row> texts, long keptTexts, String uri, Configuration conf) throws IOException {
        if (previousUri == null) {
            extractedNow.write().mode(SaveMode.Overwrite).parquet(uri);
            return Written.WHOLE;
        }
        List<Path> previousFiles = localParquetFiles(previousUri);
        long previousRows = TableWriter.rowCount(previousUri, conf);
        if (previousFiles != null && previousFiles.size() < MAX_FILES
                && previousRows - keptTexts <= MAX_STALE_SHARE * previousRows && link(previousFiles, uri)) {
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

    /** Links {@code files} into the new folder {@code uri}; false, with the folder removed, if it cannot. */
    private static boolean link(List<Path> files, String uri) throws IOException {
        Path target = Path.of(URI.create(uri));
        Files.createDirectories(target);
        try {
            for (Path file : files) {
                Files.createLink(target.resolve(file.getFileName()), file);
            }
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links on this file system: the caller writes the cache whole, into a folder it replaces.
            return false;
        }
    }

    /** The cache at {@code uri}, read with its known schema (no inference job over its files). */
    static Dataset<Row> read(SparkSession spark, String uri) {
        return spark.read().schema(DocumentStages.coreSchema()).parquet(uri);
    }

    /** The Parquet files of a cache folder on the local file system; null for any other file system. */
    private static List<Path> localParquetFiles(String uri) throws IOException {
        URI location = URI.create(uri);
        if (!"file".equals(location.getScheme())) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(Path.of(location))) {
            listing.filter(p -> p.getFileName().toString().endsWith(".parquet")).forEach(files::add);
        }
        return files;
    }
}
