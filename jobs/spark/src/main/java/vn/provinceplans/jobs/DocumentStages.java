package vn.provinceplans.jobs;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.unix_millis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

import vn.provinceplans.extract.DocumentExtractor;
import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.jobs.io.DecodedInput;
import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.ListingChanges;
import vn.provinceplans.jobs.io.SerializableHadoopConf;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.ColumnType;
import vn.provinceplans.schema.Contract;

/**
 * The two passes over the documents: decoding every input file (on executors) and extracting the facts of every
 * distinct text once. The extract stage emits the documents columns and, nested in the same row, the rows of every
 * fact table; table jobs select or explode from its result. Nothing is collected to the driver but the previous
 * snapshot's file stamps (see {@link #reusable}).
 *
 * <p>Extraction depends on the text alone, so its result ("core": everything but the path columns) is kept in each
 * snapshot and a later run reuses it for every text it has seen: only new or changed files are read, only new texts
 * extracted, and the path columns (which files hold a text) are recomputed every time.
 */
public final class DocumentStages {

    static final StructType INPUT_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source_path", DataTypes.StringType, false),
            DataTypes.createStructField("uri", DataTypes.StringType, false),
            DataTypes.createStructField("bytes", DataTypes.LongType, false),
            DataTypes.createStructField("modified", DataTypes.LongType, false),
            DataTypes.createStructField("problem", DataTypes.StringType, true)));

    static final StructType FILE_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source_path", DataTypes.StringType, false),
            DataTypes.createStructField("bytes", DataTypes.LongType, false),
            DataTypes.createStructField("modified", DataTypes.LongType, false),
            DataTypes.createStructField("content_sha256", DataTypes.StringType, true),
            DataTypes.createStructField("source_format", DataTypes.StringType, true),
            DataTypes.createStructField("encoding_detected", DataTypes.StringType, true),
            DataTypes.createStructField("doc_id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("reject_reason", DataTypes.StringType, true)));

    private DocumentStages() {
    }

    /** Rows of the input listing, spread over the cluster. */
    public static Dataset<Row> inputs(org.apache.spark.sql.SparkSession spark, List<InputFile> files) {
        List<Row> rows = new ArrayList<>(files.size());
        for (InputFile f : files) {
            rows.add(RowFactory.create(f.relativePath(), f.uri(), f.bytes(), f.modified(), f.problem()));
        }
        int slices = Math.max(1, Math.min(files.size() / 200 + 1, spark.sparkContext().defaultParallelism() * 4));
        return spark.createDataFrame(rows, INPUT_SCHEMA).repartition(slices);
    }

    /** Each input file read and decoded: text and doc_id, or a reject reason. */
    public static Dataset<Row> decode(Dataset<Row> inputs, SerializableHadoopConf conf, long maxFileBytes,
                                      LongAccumulator done) {
        return inputs.mapPartitions(new Decode(conf, maxFileBytes, done), Encoders.row(FILE_SCHEMA));
    }

    /** One row per distinct text, with every path that holds it. */
    public static Dataset<Row> texts(Dataset<Row> files) {
        return files.where(col("doc_id").isNotNull())
                .groupBy("doc_id")
                .agg(min("source_path").as("source_path"),
                        sort_array(collect_list("source_path")).as("source_paths"),
                        min_by(col("source_format"), col("source_path")).as("source_format"),
                        min_by(col("encoding_detected"), col("source_path")).as("encoding_detected"),
                        first("text", true).as("text"));
    }

    /**
     * The files the previous snapshot loaded (or found a duplicate) with their {@link ListingChanges#stamp}, by path:
     * brought to the driver, which holds this run's listing of the same files, to compare the two there.
     */
    public static Map<String, String> reusable(Dataset<Row> previousInputs) {
        Map<String, String> stamps = new HashMap<>();
        for (Row r : reusableRows(previousInputs).select(col("source_path"), col("bytes"), col("modified"))
                .collectAsList()) {
            stamps.put(r.getString(0), ListingChanges.stamp(r.getLong(1), r.getLong(2)));
        }
        return stamps;
    }

    /**
     * Files this run need not read: those the previous snapshot loaded (or found a duplicate) but {@code notReused},
     * with what that snapshot recorded about them.
     */
    public static Dataset<Row> unchanged(org.apache.spark.sql.SparkSession spark, Dataset<Row> previousInputs,
                                         List<String> notReused) {
        Dataset<Row> excluded = spark.createDataset(notReused, Encoders.STRING()).toDF("source_path");
        return reusableRows(previousInputs)
                .join(broadcast(excluded), seq("source_path"), "left_anti")
                .select(col("source_path"), col("bytes"), col("modified"), col("content_sha256"),
                        col("source_format"), col("encoding_detected"), col("doc_id"),
                        lit(null).cast("string").as("text"), lit(null).cast("string").as("reject_reason"));
    }

    private static Dataset<Row> reusableRows(Dataset<Row> previousInputs) {
        return previousInputs
                .where(col("status").isin("loaded", "duplicate").and(col("content_sha256").isNotNull()))
                .select(col("source_path"), col("bytes"), unix_millis(col("modified")).as("modified"),
                        col("content_sha256"), col("source_format"), col("encoding_detected"), col("doc_id"));
    }

    /** Each text's facts extracted from the text alone: the documents columns but the path ones, then the nests. */
    public static Dataset<Row> extractCore(Dataset<Row> texts, LongAccumulator done) {
        return texts.select("doc_id", "text").mapPartitions(new Extract(done), Encoders.row(coreSchema()));
    }

    /** The full facts rows: the path columns of each text joined to its core facts, in {@link #factsSchema} order. */
    public static Dataset<Row> facts(Dataset<Row> texts, Dataset<Row> core) {
        List<Column> columns = new ArrayList<>();
        for (var f : factsSchema().fields()) {
            columns.add(col(f.name()));
        }
        return texts.select(col("doc_id"), col("source_path"), col("source_paths"), col("source_format"),
                        col("encoding_detected"))
                .join(core, "doc_id")
                .select(columns.toArray(Column[]::new));
    }

    /** Join columns as the Scala sequence Spark's join takes. */
    static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }

    /** The documents columns followed by the nested fact arrays. */
    static StructType factsSchema() {
        return withNests(SparkSchemas.of(Contract.get().table("documents")));
    }

    /** What extraction alone gives: {@link #factsSchema} without the path columns. */
    static StructType coreSchema() {
        return withNests(SparkSchemas.of(DocumentValues.coreColumns()));
    }

    private static StructType withNests(StructType schema) {
        for (String column : DocumentValues.NESTED_FACT_TABLES) {
            schema = schema.add(column, DataTypes.createArrayType(SparkSchemas.of(DocumentValues.factColumns(column)),
                    false), false);
        }
        return schema;
    }


    private static final class Decode implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final SerializableHadoopConf conf;
        private final long maxFileBytes;
        private final LongAccumulator done;

        Decode(SerializableHadoopConf conf, long maxFileBytes, LongAccumulator done) {
            this.conf = conf;
            this.maxFileBytes = maxFileBytes;
            this.done = done;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return input.hasNext();
                }

                @Override
                public Row next() {
                    Row r = input.next();
                    done.add(1);
                    DecodedInput d = DecodedInput.of(new InputFile(r.getString(0), r.getString(1), r.getLong(2),
                            r.getLong(3), r.isNullAt(4) ? null : r.getString(4)), conf, maxFileBytes);
                    return RowFactory.create(d.sourcePath(), d.bytes(), d.modified(), d.contentSha256(),
                            d.sourceFormat(), d.encodingDetected(), d.docId(), d.text(), d.rejectReason());
                }
            };
        }
    }

    private static final class Extract implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final LongAccumulator done;

        Extract(LongAccumulator done) {
            this.done = done;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            DocumentExtractor extractor = new DocumentExtractor();
            List<ColumnSpec> columns = new ArrayList<>(DocumentValues.coreColumns());
            for (String column : DocumentValues.NESTED_FACT_TABLES) {
                columns.add(new ColumnSpec(column, ColumnType.STRING, false, "", "nested " + column));
            }
            ContractRow row = new ContractRow(columns);
            Map<String, ContractRow> factRows = new HashMap<>();
            for (String table : DocumentValues.NESTED_FACT_TABLES) {
                factRows.put(table, new ContractRow(DocumentValues.factColumns(table)));
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return input.hasNext();
                }

                @Override
                public Row next() {
                    Row r = input.next();
                    done.add(1);
                    String text = r.getAs("text");
                    DocumentFacts facts = extractor.extract(text);
                    DocumentValues.core(r.getAs("doc_id"), text, facts, row::set);
                    for (String table : DocumentValues.NESTED_FACT_TABLES) {
                        ContractRow fact = factRows.get(table);
                        row.set(table, DocumentValues.facts(table, facts).stream()
                                .map(values -> {
                                    values.forEach(fact::set);
                                    return fact.build();
                                }).toArray(Row[]::new));
                    }
                    return row.build();
                }
            };
        }
    }
}
