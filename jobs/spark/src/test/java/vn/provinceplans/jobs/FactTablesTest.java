package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.extract.facts.IndexMentionExtractor;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * The fact tables a run publishes for the five real seeds: one extraction per text, rows exploded from the nested
 * facts, every labelled citation present with its in_body flag, vocabularies respected.
 */
class FactTablesTest extends SparkTestBase {

    private static final Path SEEDS = Path.of("..", "..", "data", "documents", "seeds");
    private static final Path LABELS = Path.of("..", "..", "data", "labelled", "seeds");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void runPipelineOnSeeds() throws IOException {
        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("copy"));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path p : seeds.toList()) {
                Files.copy(p, input.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // The same text under a second path is one document: its facts must not be doubled.
        Files.copy(SEEDS.resolve("004_38aabbfab1e98a3d.txt"), input.resolve("copy/004_again.txt"));
        RunResult r = new Pipeline(Progress.SILENT).run(spark,
                new RunOptions(input.toUri(), tmp.resolve("wh").toUri(), "local[2]", 1));
        Path snapshot = tmp.resolve("wh").resolve("snapshots").resolve(r.snapshotId());
        for (TableSpec t : Contract.get().tables()) {
            spark.read().parquet(snapshot.resolve(t.name()).toString()).createOrReplaceTempView(t.name());
        }
        spark.sql("select d.doc_id, regexp_extract(d.source_path, '([^/]+)$', 1) as file from documents d")
                .createOrReplaceTempView("files");
    }

    @Test
    void everyLabelledCitationIsThereWithItsBodyFlagAndNothingElse() throws IOException {
        Map<String, String> expected = labels("citations.csv").stream().collect(Collectors.toMap(
                r -> r.get("file") + " " + r.get("cited_number"), r -> r.get("in_body")));
        Map<String, String> got = sql("select f.file, c.cited_number, c.in_body from citations c "
                + "join files f using (doc_id)").stream().collect(Collectors.toMap(
                r -> r.get(0) + " " + r.get(1), r -> r.get(2).toString()));
        assertEquals(expected, got);
    }

    @Test
    void documentsCarryTheIndexFlags() throws IOException {
        for (CSVRecord gold : labels("truth.csv")) {
            List<List<Object>> rows = sql("select mentions_sipas, mentions_papi, mentions_pci from documents d "
                    + "join files f using (doc_id) where f.file = '%s'", gold.get("file"));
            assertEquals(List.of(row(Boolean.valueOf(gold.get("mentions_sipas")), Boolean.valueOf(gold.get("mentions_papi")),
                    Boolean.valueOf(gold.get("mentions_pci")))), rows, gold.get("file"));
        }
    }

    @Test
    void deadlinesAndModelCountsAsLabelled() {
        assertEquals(List.of(row("annual_report", LocalDate.of(2022, 10, 31), 10, 31, true),
                        row("six_month_report", LocalDate.of(2022, 6, 5), 6, 5, true)),
                sql("select kind, due_date, due_month, due_day, recurring from deadlines join files using (doc_id) "
                        + "where file = '002_28848263089081f8.txt' order by kind"));
        assertEquals(List.of(row("target_per_unit", 1, "at_least", 2022, true)),
                sql("select kind, count, qualifier, year, recurring from model_counts join files using (doc_id)"));
        assertEquals(List.of(row("sub_plan", LocalDate.of(2021, 3, 19), "UBND tỉnh (qua Sở Nội vụ)")),
                sql("select kind, due_date, recipient from deadlines join files using (doc_id) "
                        + "where file = '000_ea03109a8b6352e8.txt' and kind = 'sub_plan'"));
    }

    @Test
    void eachDocumentIsExtractedOnceAndFactsAreNotDoubledByACopy() {
        assertEquals(List.of(row(5L)), sql("select count(*) from documents"));
        assertEquals(List.of(row(0L)), sql("select count(*) from (select doc_id, cited_number from citations "
                + "group by doc_id, cited_number having count(*) > 1)"));
    }

    @Test
    void vocabularyColumnsHoldOnlyTheirValuesAndRequiredColumnsAreNeverNull() {
        for (String table : DocumentValues.NESTED_FACT_TABLES) {
            TableSpec t = Contract.get().table(table);
            for (ColumnSpec c : t.columns()) {
                if (!c.nullable()) {
                    assertEquals(List.of(row(0L)), sql("select count(*) from %s where %s is null", table, c.name()),
                            table + "." + c.name());
                }
                if (!c.vocabulary().isEmpty()) {
                    for (List<Object> v : sql("select distinct %s from %s where %s is not null", c.name(), table,
                            c.name())) {
                        assertTrue(Contract.get().vocabulary(c.vocabulary()).containsKey((String) v.get(0)),
                                table + "." + c.name() + " = " + v.get(0));
                    }
                }
            }
        }
    }

    @Test
    void theExtractorKnowsExactlyTheIndicesOfTheVocabulary() {
        assertEquals(List.copyOf(Contract.get().vocabulary("index_name").keySet()),
                new IndexMentionExtractor().indexNames());
    }

    private static List<CSVRecord> labels(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(LABELS.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
