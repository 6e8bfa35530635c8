package vn.provinceplans.jobs;

import java.util.function.Supplier;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import vn.provinceplans.extract.registers.RegisterReader;

/**
 * What a run computes once and every table job reads: the register files, and the documents' datasets, which are
 * only read and extracted when a job asks for them (a run that links every document table reads no document).
 *
 * @param documents the documents' datasets, built on the first call
 * @param registers the register files under --registers, read and validated (empty without --registers)
 */
public record PipelineData(SparkSession spark, RunOptions options, Supplier<Documents> documents,
                           java.util.List<RegisterReader.Result> registers) {

    /**
     * The documents of a run.
     *
     * @param files one row per input file: source_path, bytes, source_format, encoding_detected, doc_id, text,
     *              reject_reason
     * @param texts one row per distinct text: doc_id, source_path, source_paths, source_format, encoding_detected, and
     *              text when this run read it (NULL for a text only unchanged files hold: see documentText)
     * @param documentText doc_id and text of every document: read this run, or kept from the previous snapshot
     * @param facts one row per document: the documents table's columns (and, nested, its fact rows)
     */
    public record Documents(Dataset<Row> files, Dataset<Row> texts, Dataset<Row> documentText, Dataset<Row> facts) {
    }

    /** Each input file decoded. */
    public Dataset<Row> files() {
        return documents.get().files();
    }

    /** Each distinct text. */
    public Dataset<Row> texts() {
        return documents.get().texts();
    }

    /** The text of every document. */
    public Dataset<Row> documentText() {
        return documents.get().documentText();
    }

    /** Each document's extracted facts. */
    public Dataset<Row> facts() {
        return documents.get().facts();
    }
}
