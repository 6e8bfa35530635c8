package vn.provinceplans.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import vn.provinceplans.extract.registers.RegisterReader;

/**
 * The datasets a run computes once and every table job reads: each input file decoded ({@link #files}), each
 * distinct text ({@link #texts}) and each document's extracted facts ({@link #facts}).
 *
 * @param files one row per input file: source_path, bytes, source_format, encoding_detected, doc_id, text,
 *              reject_reason
 * @param texts one row per distinct text: doc_id, source_path, source_paths, source_format, encoding_detected, and
 *              text when this run read it (NULL for a text only unchanged files hold: see documentText)
 * @param documentText doc_id and text of every document: read this run, or kept from the previous snapshot
 * @param facts one row per document: the documents table's columns (and, nested, its fact rows)
 * @param registers the register files under --registers, read and validated (empty without --registers)
 */
public record PipelineData(SparkSession spark, RunOptions options, Dataset<Row> files, Dataset<Row> texts,
                           Dataset<Row> documentText, Dataset<Row> facts, java.util.List<RegisterReader.Result> registers) {
}
