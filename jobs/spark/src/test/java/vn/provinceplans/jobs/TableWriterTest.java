package vn.provinceplans.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/** Files are laid out as the contract says: a clustered table in small row groups sorted by its cluster column. */
class TableWriterTest extends SparkTestBase {

    @TempDir
    static Path dir;

    @Test
    void aClusteredTableIsWrittenInSortedRowGroupsAReaderCanSkip() throws IOException {
        TableSpec documents = Contract.get().table("documents");
        assertEquals("province_code", documents.clusterBy());
        // 10 000 documents over two years and 63 provinces, in no order.
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec c : documents.columns()) {
            Column value = switch (c.name()) {
                case "doc_id" -> expr("sha2(cast(id as string), 256)");
                case "province_code" -> expr("lpad(cast(pmod(id * 7919, 63) + 1 as string), 2, '0')");
                case "year" -> expr("2016 + pmod(id, 2)");
                default -> lit(null);
            };
            columns.add(value.as(c.name()));
        }
        Dataset<Row> frame = spark.range(10_000).select(columns.toArray(Column[]::new));
        String uri = dir.resolve("documents").toUri().toString();
        TableWriter.write(frame, documents, uri, 1);

        List<Path> files;
        try (var walk = Files.walk(dir.resolve("documents"))) {
            files = walk.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
        assertEquals(2, files.size(), files.toString());
        for (Path file : files) {
            String previousMax = "";
            long rows = 0;
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), spark.sparkContext().hadoopConfiguration()))) {
                List<BlockMetaData> groups = reader.getFooter().getBlocks();
                assertEquals(3, groups.size(), file + ": 5 000 rows in groups of at most 2 048");
                for (BlockMetaData group : groups) {
                    assertTrue(group.getRowCount() <= TableSpec.CLUSTER_ROW_GROUP_ROWS);
                    rows += group.getRowCount();
                    Statistics<?> stats = group.getColumns().stream()
                            .filter(c -> c.getPath().toDotString().equals("province_code"))
                            .map(ColumnChunkMetaData::getStatistics).findFirst().orElseThrow();
                    // Sorted: each row group starts at or after where the previous one ended.
                    String min = stats.minAsString();
                    assertTrue(min.compareTo(previousMax) >= 0, file + ": " + min + " < " + previousMax);
                    previousMax = stats.maxAsString();
                }
            }
            assertEquals(5_000, rows);
        }
        // A table without a cluster column keeps Spark's row groups: one for these few rows.
        TableSpec text = Contract.get().table("document_text");
        TableWriter.write(spark.range(10_000).select(expr("sha2(cast(id as string), 256)").as("doc_id"),
                col("id").cast("string").as("text")), text, dir.resolve("text").toUri().toString(), 1);
        try (var walk = Files.walk(dir.resolve("text"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                        new org.apache.hadoop.fs.Path(file.toUri()), spark.sparkContext().hadoopConfiguration()))) {
                    assertEquals(1, reader.getFooter().getBlocks().size());
                }
            }
        }
    }
}
