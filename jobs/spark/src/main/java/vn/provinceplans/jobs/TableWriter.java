package vn.provinceplans.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.TableSpec;

/** Writes a table exactly as the contract says: its columns in order, its types, its partitioning and clustering. */
public final class TableWriter {

    private TableWriter() {
    }

    /** The frame conformed to the contract: missing columns are reported together, extra ones dropped. */
    public static Dataset<Row> conform(Dataset<Row> frame, TableSpec table) {
        List<String> have = List.of(frame.columns());
        List<String> missing = table.columnNames().stream().filter(c -> !have.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the job for table " + table.name() + " does not produce " + missing);
        }
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec c : table.columns()) {
            columns.add(col(c.name()).cast(SparkSchemas.sparkType(c.type())).as(c.name()));
        }
        return frame.select(columns.toArray(Column[]::new));
    }

    public static void write(Dataset<Row> frame, TableSpec table, String uri, int files) {
        Dataset<Row> out = conform(frame, table);
        List<Column> order = new ArrayList<>();
        if (table.partitioned()) {
            order.add(col(table.partitionBy()));
        }
        if (table.clustered()) {
            order.add(col(table.clusterBy()));
        }
        order.add(col(table.columns().get(0).name()));
        Column[] sort = order.toArray(Column[]::new);
        DataFrameWriter<Row> writer;
        if (table.partitioned()) {
            writer = (files > 0 ? out.repartition(col(table.partitionBy())) : out).sortWithinPartitions(sort)
                    .write().partitionBy(table.partitionBy());
        } else {
            writer = (files > 0 ? out.coalesce(files) : out).sortWithinPartitions(sort).write();
        }
        if (table.clustered()) {
            // Row groups a filter on the cluster column can skip by their minimum and maximum.
            writer = writer.option(ParquetOutputFormat.BLOCK_ROW_COUNT_LIMIT, TableSpec.CLUSTER_ROW_GROUP_ROWS);
        }
        writer.mode(SaveMode.Overwrite).parquet(uri);
    }

    /** The top-level columns of the first Parquet file of the table at {@code uri}; empty when it has none. */
    public static List<String> columns(String uri, Configuration conf) throws IOException {
        for (LocatedFileStatus file : parquetFiles(uri, conf)) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
                return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
                        .map(org.apache.parquet.schema.Type::getName).toList();
            }
        }
        return List.of();
    }

    /**
     * Rows of the table written at {@code uri}, summed from its Parquet footers: no second Spark job over the files
     * just written.
     */
    public static long rowCount(String uri, Configuration conf) throws IOException {
        long rows = 0;
        for (LocatedFileStatus file : parquetFiles(uri, conf)) {
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
                rows += reader.getRecordCount();
            }
        }
        return rows;
    }

    /** The Parquet files of the table at {@code uri}, in its partition folders too. */
    private static List<LocatedFileStatus> parquetFiles(String uri, Configuration conf) throws IOException {
        Path root = new Path(uri);
        List<LocatedFileStatus> parquet = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = root.getFileSystem(conf).listFiles(root, true);
        while (files.hasNext()) {
            LocatedFileStatus file = files.next();
            if (file.getPath().getName().endsWith(".parquet")) {
                parquet.add(file);
            }
        }
        return parquet;
    }
}
