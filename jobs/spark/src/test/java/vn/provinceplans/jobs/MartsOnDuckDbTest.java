package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.provinceplans.generate.CorpusGenerator;
import vn.provinceplans.generate.RegisterGenerator;
import vn.provinceplans.jobs.patch.DuckDbMarts;
import vn.provinceplans.jobs.tables.MartSql;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.ColumnType;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.DuckDbViews;
import vn.provinceplans.schema.TableSpec;
import vn.provinceplans.schema.WarehouseLayout;

/**
 * Every mart computed by DuckDB ({@link DuckDbMarts}) from the tables a Spark run published gives exactly the rows
 * Spark wrote for it: the same rows as many times each, every double to its last bit. The input (a synthetic corpus,
 * the seeds, synthetic registers and the shipped index files) gives every mart rows of every kind, which
 * {@link #everyMartHasRowsOfEveryKind} checks, so that a difference has somewhere to show.
 */
class MartsOnDuckDbTest extends SparkTestBase {

    /** After the 2025 reform, so that deadlines fall in both eras, and before some deadlines are due. */
    static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

    static final int DOCUMENTS = 300;
    static final long SEED = 20_251_207L;

    @TempDir
    static Path work;

    static Path snapshot;
    static Connection duck;

    @BeforeAll
    static void buildWithSparkThenWithDuckDb() throws IOException, SQLException {
        new CorpusGenerator().generate(DOCUMENTS, SEED, work.resolve("corpus"));
        Path input = work.resolve("corpus").resolve("documents");
        for (String seed : PipelineTest.SEEDS) {
            Files.write(input.resolve(seed), PipelineTest.seed(seed));
        }
        writeAnswers(input);
        Path registers = work.resolve("registers");
        new RegisterGenerator().generate(registers, SEED, 2019, 2025, 2);
        Path warehouse = work.resolve("warehouse");
        RunOptions options = new RunOptions(input.toUri(), warehouse.toUri(), "local[2]", 1,
                RunOptions.DEFAULT_MAX_FILE_BYTES, registers.toUri(), List.of(), AS_OF, true);
        new Pipeline(Progress.SILENT).run(spark, options);
        snapshot = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();

        duck = DriverManager.getConnection("jdbc:duckdb:");
        List<String> marts = MartSql.marts();
        for (TableSpec t : Contract.get().tables()) {
            if (!marts.contains(t.name())) {
                // As a small change reads the tables it did not compute.
                execute(DuckDbViews.createView(duck, t, snapshot.resolve(t.name())));
            }
        }
        for (String mart : marts) {
            DuckDbMarts.create(duck, mart, AS_OF);
        }
    }

    @AfterAll
    static void closeDuckDb() throws SQLException {
        if (duck != null) {
            duck.close();
        }
    }

    static Stream<String> marts() {
        return MartSql.marts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("marts")
    void duckDbGivesExactlySparksRows(String mart) throws SQLException {
        TableSpec t = Contract.get().table(mart);
        // Doubles compared as their shortest round-trip text: two doubles with the same text are the same double.
        String ofDuckDb = "SELECT " + contractColumns(t, true) + " FROM " + quote(mart);
        String ofSpark = "SELECT " + contractColumns(t, true) + " FROM " + parquet(t);
        long rows = number("SELECT count(*) FROM " + parquet(t));
        assertTrue(rows > 0, "Spark wrote no row of " + mart + ": nothing to compare");
        assertEquals(rows, number("SELECT count(*) FROM " + quote(mart)), "rows of " + mart);
        assertEquals(List.of(), rows("(" + ofDuckDb + ") EXCEPT ALL (" + ofSpark + ") LIMIT 10", true),
                "rows of " + mart + " only DuckDB gives");
        assertEquals(List.of(), rows("(" + ofSpark + ") EXCEPT ALL (" + ofDuckDb + ") LIMIT 10", true),
                "rows of " + mart + " only Spark gives");
    }

    /**
     * Snippets of what the marts use, in the cases where the engines' defaults differ: Spark's rows, and DuckDB's
     * after {@link DuckDbMarts#translate}.
     */
    static Stream<String> snippets() {
        return Stream.of(
                "SELECT /*+ REPARTITION(2) */ x FROM VALUES (2), (NULL), (1) AS t(x) ORDER BY x",
                "SELECT x FROM VALUES (2), (NULL), (1) AS t(x) ORDER BY x DESC",
                "SELECT s.a, y FROM VALUES (1, 2, 3), (2, NULL, NULL) AS s(a, b, c) "
                        + "LATERAL VIEW explode(CASE WHEN s.a = 1 THEN sequence(s.b, s.c) ELSE array(s.b) END) t AS y "
                        + "ORDER BY s.a, y",
                "SELECT explode(sequence(3, 1)) AS y",
                "SELECT CAST(sequence(1, 3) AS STRING), CAST(sequence(NULL, 3) AS STRING), CAST(array(true) AS STRING)",
                "SELECT max_by(p, s), min_by(p, s) FROM VALUES ('a', 1), (NULL, 2), ('c', NULL), (NULL, 0) AS t(p, s)",
                "SELECT g, min_by(p, struct(CASE WHEN d IS NULL THEN 1 ELSE 0 END, d, p)) FROM VALUES "
                        + "(1, 'x', NULL), (1, 'y', DATE '2021-01-02'), (1, 'b', DATE '2021-01-02'), (2, 'n', NULL), "
                        + "(2, 'm', NULL) AS t(g, p, d) GROUP BY g ORDER BY g",
                "SELECT datediff(DATE '2021-03-25', DATE '2021-03-20'), datediff(DATE '2021-01-01', DATE '2021-03-01')",
                "SELECT t, t RLIKE '(?iu)(6|06|sáu) tháng' FROM VALUES ('BÁO CÁO 6 THÁNG'), ('Sáu tháng đầu năm'), "
                        + "('SÁU THÁNG'), ('năm 2021'), (NULL) AS x(t) ORDER BY t",
                "SELECT CAST(median(x) AS STRING) FROM VALUES (CAST(11.6 AS DOUBLE)), (CAST(77.05 AS DOUBLE)), "
                        + "(CAST(NULL AS DOUBLE)) AS t(x)",
                "SELECT greatest(1, NULL, 3), least(NULL, 31), greatest(NULL, CAST(NULL AS INT)), "
                        + "make_date(2024, 2, least(31, day(last_day(make_date(2024, 2, 1)))))",
                "SELECT x, ntile(4) OVER (ORDER BY x DESC) FROM VALUES (1), (2), (3), (4), (5), (6) AS t(x) ORDER BY x",
                "SELECT count_if(x > 1), count(*) FILTER (WHERE x IS NULL), CAST(NULL AS STRING) "
                        + "FROM VALUES (1), (2), (3), (NULL) AS t(x)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippetGivesTheSameRowsInBothEngines(String spark) throws SQLException {
        List<String> ofSpark = sql(spark.replace("%", "%%")).stream()
                .map(r -> r.stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(", ")))
                .toList();
        DuckDbMarts.prepare(duck);
        List<String> ofDuckDb = rows(DuckDbMarts.translate(spark), false);
        assertEquals(ofSpark, ofDuckDb, DuckDbMarts.translate(spark));
    }

    /** Each kind of row of each mart, in Spark's output: what the comparison above covers. */
    @Test
    void everyMartHasRowsOfEveryKind() throws SQLException {
        List<String> missing = new ArrayList<>();
        String[][] kinds = {
            {"timeliness", "source = 'document' AND answer_doc_id IS NOT NULL AND kind = 'sub_plan'"},
            {"timeliness", "source = 'document' AND answer_doc_id IS NOT NULL AND kind = 'six_month_report'"},
            {"timeliness", "source = 'document' AND answer_doc_id IS NOT NULL AND kind = 'annual_report'"},
            {"timeliness", "source = 'document' AND recurring AND status = 'missing'"},
            {"timeliness", "source = 'document' AND status = 'unknown' AND due_date >= as_of"},
            {"timeliness", "source = 'register' AND status = 'late' AND days_late > 0"},
            {"timeliness", "source = 'register' AND status = 'on_time'"},
            {"timeliness", "source = 'register' AND status = 'missing'"},
            {"timeliness", "source = 'register' AND status = 'unknown'"},
            {"timeliness_summary", "province_valid_from = DATE '2008-08-01' AND from_documents > 0"},
            {"timeliness_summary", "province_valid_from = DATE '2025-07-01'"},
            {"timeliness_summary", "from_register > 0"},
            {"model_counts_trend", "targeted IS NOT NULL"},
            {"model_counts_trend", "registered_source = 'documents'"},
            {"model_counts_trend", "registered_source = 'registry'"},
            {"model_counts_trend", "recognized_source = 'documents'"},
            {"model_counts_trend", "recognized_source = 'registry'"},
            {"index_linkage", "linked"},
            {"index_linkage", "NOT linked"},
            {"index_linkage", "linked IS NULL AND score IS NOT NULL"},
            {"index_linkage", "linked AND next_year_change IS NOT NULL"},
            {"index_linkage_summary", "linked AND observations > 1"},
            {"index_linkage_summary", "NOT linked AND observations > 1"},
            {"index_linkage_summary", "observations = 0"},
            {"province_year", "plan_issued AND plan_doc_number IS NOT NULL"},
            {"province_year", "reports > 0 AND directives > 0"},
            {"province_year", "documents_naming_papi > 0 AND documents_naming_par_index > 0"},
            {"province_year", "deadlines_set > 0 AND models_registered IS NOT NULL AND models_targeted IS NOT NULL"},
            {"province_year", "papi_core6_national_median IS NOT NULL AND papi_core6_change IS NOT NULL"},
            {"province_year", "pci_score IS NOT NULL AND sipas_score IS NOT NULL"},
            {"province_year", "province_valid_from = DATE '2025-07-01'"},
            {"province_year_rollup", "units > 1 AND papi_core6_units_with_score > 1 AND documents > 0"},
            {"province_year_rollup", "pci_mean IS NOT NULL AND models_registered IS NOT NULL"},
            {"province_index_year", "quartile = 4 AND change IS NOT NULL AND national_median IS NOT NULL"},
            {"province_index_year", "score IS NULL"},
        };
        for (String[] kind : kinds) {
            TableSpec t = Contract.get().table(kind[0]);
            if (number("SELECT count(*) FROM " + parquet(t) + " WHERE " + kind[1]) == 0) {
                missing.add(kind[0] + ": " + kind[1]);
            }
        }
        assertEquals(List.of(), missing, "kinds of row the input gives no mart");
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Two documents the synthetic corpus lacks, made from generated ones: a district's plan that names a province
     * plan of the corpus as its parent (its number and date), and a district's six-month report of the year and
     * province of a province plan that asks for one. Without them no deadline of a document has an answering
     * document: the generator draws parents at random and writes only annual reports.
     */
    static void writeAnswers(Path input) throws IOException {
        CorpusGenerator generator = new CorpusGenerator();
        List<CorpusGenerator.GeneratedDocument> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(generator.document(SEED, i));
        }
        CorpusGenerator.GeneratedDocument subPlan = null;
        CorpusGenerator.GeneratedDocument sixMonth = null;
        for (CorpusGenerator.GeneratedDocument plan : docs) {
            // A province's plan, not a city's: the answers name the province as "tỉnh X".
            if (!isClean(plan, "KH", "province") || !plan.truth().get("issuer").startsWith("UBND tỉnh ")) {
                continue;
            }
            String province = plan.truth().get("province");
            LocalDate issued = LocalDate.parse(plan.truth().get("issue_date"));
            for (CorpusGenerator.GeneratedDocument d : docs) {
                if (subPlan == null && !plan.truth().get("sub_plan_deadline").isEmpty()
                        && isClean(d, "KH", "district")) {
                    String parent = d.truth().get("parent_doc_number");
                    String parentDate = d.citations().stream().filter(c -> c.get(0).equals(parent))
                            .map(c -> LocalDate.parse(c.get(4))).map(MartsOnDuckDbTest::dmy).findFirst().orElse("");
                    String reference = "Kế hoạch số " + parent + " ngày " + parentDate + " của UBND tỉnh "
                            + d.truth().get("province");
                    if (d.content().contains(reference)) {
                        subPlan = d;
                        Files.writeString(input.resolve("answer_sub_plan.txt"), d.content().replace(reference,
                                "Kế hoạch số " + plan.truth().get("doc_number") + " ngày " + dmy(issued)
                                        + " của UBND tỉnh " + province));
                    }
                }
                if (sixMonth == null && plan.truth().get("six_month_report_deadline").matches("\\d{4}-.*")
                        && isClean(d, "BC", "district")
                        && d.truth().get("period_start").equals(plan.truth().get("period_start"))) {
                    String title = "KẾT QUẢ THỰC HIỆN QUY CHẾ";
                    String place = ", tỉnh " + d.truth().get("province") + " báo cáo";
                    if (d.content().contains(title) && d.content().contains(place)) {
                        sixMonth = d;
                        Files.writeString(input.resolve("answer_six_month_report.txt"), d.content()
                                .replace(title, "KẾT QUẢ 6 THÁNG ĐẦU NĂM THỰC HIỆN QUY CHẾ")
                                .replace(place, ", tỉnh " + province + " báo cáo"));
                    }
                }
            }
        }
        assertTrue(subPlan != null && sixMonth != null, "the corpus has no document to make an answer of");
    }

    private static boolean isClean(CorpusGenerator.GeneratedDocument d, String type, String level) {
        Map<String, String> t = d.truth();
        return t.get("doc_type").equals(type) && t.get("issuer_level").equals(level)
                && t.get("notes").contains("layout clean") && !t.get("issue_date").isEmpty();
    }

    private static String dmy(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    /** The Parquet Spark wrote for a table in the published snapshot. */
    static String parquet(TableSpec t) {
        Path folder = snapshot.resolve(t.name());
        String glob = folder.resolve(WarehouseLayout.parquetGlob(t)).toString().replace("'", "''");
        return "read_parquet('" + glob + "', hive_partitioning = " + t.partitioned() + ")";
    }

    /** The contract's columns in its types, doubles (with {@code doublesAsText}) as text. */
    static String contractColumns(TableSpec t, boolean doublesAsText) {
        return t.columns().stream().map(c -> column(c, doublesAsText)).collect(Collectors.joining(", "));
    }

    private static String column(ColumnSpec c, boolean doublesAsText) {
        String typed = "CAST(" + quote(c.name()) + " AS " + c.type().duckdbType() + ")";
        if (doublesAsText && c.type() == ColumnType.DOUBLE) {
            typed = "CAST(" + typed + " AS VARCHAR)";
        }
        return typed + " AS " + quote(c.name());
    }

    static String quote(String name) {
        return DuckDbViews.ident(name);
    }

    static void execute(String sql) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute(sql);
        }
    }

    static long number(String query) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Rows as text, one line each, the values with their column's name ({@code named}) or alone. */
    static List<String> rows(String query, boolean named) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(query)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add((named ? r.getMetaData().getColumnName(i) + "=" : "") + r.getObject(i));
                }
                out.add(String.join(", ", values));
            }
        }
        return out;
    }
}
