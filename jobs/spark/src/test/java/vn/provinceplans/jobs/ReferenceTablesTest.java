package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.jobs.tables.IndexBenchmarksJob;
import vn.provinceplans.jobs.tables.RejectedRowsJob;
import vn.provinceplans.jobs.tables.IndexScoresJob;
import vn.provinceplans.jobs.tables.IndexScoresRollupJob;
import vn.provinceplans.jobs.tables.ProvinceAliasesJob;
import vn.provinceplans.jobs.tables.ProvincesJob;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * The reference and index tables on local[2], built by their jobs and conformed to the contract as the pipeline
 * writes them, with a user's index folder holding a good file, a bad record and a file that is not CSV.
 */
class ReferenceTablesTest extends SparkTestBase {

    static final LocalDate FORMER = LocalDate.of(2008, 8, 1);
    static final LocalDate CURRENT = LocalDate.of(2025, 7, 1);

    @TempDir
    static Path indices;

    @BeforeAll
    static void buildTables() throws IOException {
        Files.writeString(indices.resolve("sipas_2024.csv"), "index,year,province_as_published,metric,value,rank,"
                + "source_url,note\n"
                + "SIPAS,2024,Tp.HCM,sipas_pct,84.2,,https://example.org/sipas-2024,\n"
                + "SIPAS,2024,Hà Tây,sipas_pct,80.0,,https://example.org/sipas-2024,\n"
                + "PAR_INDEX,2025,Huế,par_index_pct,88.0,,https://example.org/par-2025,\n", StandardCharsets.UTF_8);
        Files.createDirectories(indices.resolve("sub"));
        Files.writeString(indices.resolve("sub/notes.txt"), "not an index file", StandardCharsets.UTF_8);
        Files.writeString(indices.resolve(".hidden.csv"), "ignored", StandardCharsets.UTF_8);
        RunOptions options = new RunOptions(indices.toUri(), indices.toUri(), "local[2]", 1,
                RunOptions.DEFAULT_MAX_FILE_BYTES, null, List.of(indices.toUri()), null, false);
        PipelineData data = new PipelineData(spark, options, null, List.of());
        for (TableJob job : List.of(new ProvincesJob(), new ProvinceAliasesJob(), new IndexScoresJob(),
                new IndexScoresRollupJob(), new IndexBenchmarksJob(), new RejectedRowsJob())) {
            TableSpec table = Contract.get().table(job.table());
            TableWriter.conform(job.build(data), table).cache().createOrReplaceTempView(table.name());
        }
    }

    @Test
    void provincesAcrossTheReform() {
        assertEquals(List.of(row(34L)), sql("select count(*) from provinces where valid_to is null"));
        assertEquals(List.of(row(63L)), sql("select count(*) from provinces where valid_to = date'2025-06-30'"));
        assertEquals(List.of(row(97L, 97L)),
                sql("select count(*), count(distinct code || '@' || valid_from) from provinces"));
        assertEquals(List.of(row("Bắc Giang", "24", "Bắc Ninh", CURRENT), row("Kon Tum", "51", "Quảng Ngãi", CURRENT)),
                sql("select name, successor_code, successor_name, successor_valid_from from provinces "
                        + "where name in ('Kon Tum', 'Bắc Giang') order by name"));
        assertEquals(List.of(row(List.of("Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), true)),
                sql("select predecessors, centrally_run_city from provinces where code = '79' and valid_to is null"));
        // Every former province's successor is a row of the table.
        assertEquals(List.of(row(0L)), sql("select count(*) from provinces p left join provinces s "
                + "on s.code = p.successor_code and s.valid_from = p.successor_valid_from "
                + "where p.valid_to is not null and s.code is null"));
    }

    @Test
    void aSpellingNamesOneUnitAtATime() {
        assertEquals(List.of(row("79", FORMER), row("79", CURRENT)),
                sql("select code, valid_from from province_aliases where alias = 'HCMC' order by valid_from"));
        assertEquals(List.of(row("Thừa Thiên Huế", FORMER), row("Huế", CURRENT)),
                sql("select distinct name, valid_from from province_aliases where alias_key = 'hue' order by valid_from"));
        assertEquals(List.of(), sql("select alias_key, valid_from from province_aliases "
                + "group by alias_key, valid_from having count(distinct code) > 1"));
        // A spelling a user's file used that no row writes exactly so is recorded with the file.
        List<List<Object>> observed = sql("select alias, alias_key, code, valid_from, origin from province_aliases "
                + "where note like 'first used by %%sipas_2024.csv'");
        assertEquals(List.of(row("Tp.HCM", "tp hcm", "79", FORMER, "observed")), observed);
    }

    @Test
    void indexScoresHoldOneRowPerFact() {
        assertEquals(List.of(row(0L)), sql("select count(*) from (select index_name, year, province_code, "
                + "province_valid_from, dimension from index_scores group by all having count(*) > 1)"));
        assertEquals(List.of(row(63L, "Quảng Ninh", 75.09)), sql("select count(*), max_by(province, score), "
                + "max(score) from index_scores where index_name = 'PCI' and year = 2020 and dimension = 'total'"));
        assertEquals(List.of(row("Hồ Chí Minh", 84.2, "user", "https://example.org/sipas-2024", "Hồ Chí Minh")),
                sql("select province, score, source_kind, source_url, successor_name from index_scores "
                        + "where index_name = 'SIPAS' and year = 2024"));
        assertEquals(List.of(row(0L)), sql("select count(*) from index_scores where score = 0"));
    }

    @Test
    void trendsNeverMixSeries() {
        assertEquals(List.of(row("PAPI-6D-2011", 2011, 2017), row("PAPI-8D-2018", 2018, 2024)),
                sql("select comparable_series, min(year), max(year) from index_scores "
                        + "where index_name = 'PAPI' and dimension = 'total' group by 1 order by 1"));
        assertEquals(List.of(row("PAPI-core6", 2011, 2024, 14L)),
                sql("select comparable_series, min(year), max(year), count(distinct year) from index_scores "
                        + "where index_name = 'PAPI' and dimension = 'total_core6' group by 1"));
    }

    @Test
    void theRollUpIsTheMeanOfThePredecessorsWithMinMaxAndCoverage() {
        List<List<Object>> expected = sql("select avg(score), min(score), max(score) from index_scores "
                + "where index_name = 'PAPI' and year = 2020 and dimension = 'total' "
                + "and province in ('Quảng Ngãi', 'Kon Tum')");
        List<List<Object>> rollup = sql("select score_mean, score_min, score_max, predecessors, "
                + "predecessors_with_data, complete, provinces_with_data from index_scores_rollup "
                + "where index_name = 'PAPI' and year = 2020 and dimension = 'total' and successor_name = 'Quảng Ngãi'");
        assertEquals(1, rollup.size());
        assertEquals((Double) expected.get(0).get(0), (Double) rollup.get(0).get(0), 1e-12);
        assertEquals(expected.get(0).subList(1, 3), rollup.get(0).subList(1, 3));
        assertEquals(row(2, 2, true, List.of("Kon Tum", "Quảng Ngãi")), rollup.get(0).subList(3, 7));

        // PAPI 2023 has no value for Bình Dương: the unit's mean is over 2 of its 3 predecessors, and says so.
        assertEquals(List.of(row(3, 2, false, List.of("Bình Dương"))),
                sql("select predecessors, predecessors_with_data, complete, provinces_without_data "
                        + "from index_scores_rollup where index_name = 'PAPI' and year = 2023 "
                        + "and dimension = 'total' and successor_code = '79'"));
        // 34 units every PAPI year; a 2024 value of one province is 1 of 3; a score of a current unit (2025) rolls
        // up to itself.
        assertEquals(List.of(row(34L)), sql("select count(distinct successor_code) from index_scores_rollup "
                + "where index_name = 'PAPI' and year = 2020 and dimension = 'total'"));
        assertEquals(List.of(row(3, 1, false, FORMER)), sql("select predecessors, predecessors_with_data, complete, "
                + "province_valid_from from index_scores_rollup where index_name = 'SIPAS' and year = 2024"));
        assertEquals(List.of(row("Huế", 1, 1, true, CURRENT, 88.0)), sql("select successor_name, predecessors, "
                + "predecessors_with_data, complete, province_valid_from, score_mean from index_scores_rollup "
                + "where index_name = 'PAR_INDEX' and year = 2025"));
    }

    @Test
    void rejectedIndexRecordsSayWhereAndWhy() {
        List<List<Object>> rejected = sql("select source_file, line, source_kind, reason from rejected_rows where input = 'indices' "
                + "order by source_file, line");
        assertEquals(2, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).get(0).toString().endsWith("sipas_2024.csv"));
        assertEquals(row(3, "user"), rejected.get(0).subList(1, 3));
        assertTrue(rejected.get(0).get(3).toString().startsWith("unknown province 'Hà Tây'"));
        assertTrue(rejected.get(1).get(0).toString().endsWith("sub/notes.txt"));
        assertTrue(rejected.get(1).get(3).toString().startsWith("not a .csv file"));
    }

    @Test
    void benchmarksAreNotProvinces() {
        assertEquals(List.of(row("PAPI", 2018, "national_mean", 43.78), row("PAPI", 2019, "national_mean", 43.61),
                        row("PAR_INDEX", 2023, "provincial_mean", 86.98), row("SIPAS", 2023, "national", 82.66)),
                sql("select index_name, year, statistic, score from index_benchmarks order by 1, 2"));
    }

    @Test
    void everyVocabularyColumnHoldsVocabularyValues() {
        for (String table : List.of("provinces", "province_aliases", "index_scores", "index_scores_rollup",
                "index_benchmarks", "rejected_rows")) {
            List<ColumnSpec> columns = Contract.get().table(table).columns().stream()
                    .filter(c -> !c.vocabulary().isEmpty()).toList();
            // One aggregate per table (no shuffle): the distinct values of every vocabulary column.
            String sets = String.join(", ", columns.stream().map(c -> "collect_set(" + c.name() + ")").toList());
            List<Object> values = sql("select %s from %s", sets, table).get(0);
            for (int i = 0; i < columns.size(); i++) {
                ColumnSpec c = columns.get(i);
                @SuppressWarnings("unchecked")
                List<String> distinct = (List<String>) values.get(i);
                assertTrue(!distinct.isEmpty(), table + "." + c.name() + " has no value at all");
                for (String v : distinct) {
                    assertTrue(Contract.get().vocabulary(c.vocabulary()).containsKey(v), table + "." + c.name()
                            + " = " + v);
                }
            }
        }
    }
}
