package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.provinceplans.jobs.tables.IndexLinkageJob;
import vn.provinceplans.jobs.tables.IndexLinkageSummaryJob;
import vn.provinceplans.jobs.tables.ModelCountsTrendJob;
import vn.provinceplans.jobs.tables.ProvinceIndexYearJob;
import vn.provinceplans.jobs.tables.ProvinceYearJob;
import vn.provinceplans.jobs.tables.ProvinceYearRollupJob;
import vn.provinceplans.jobs.tables.TimelinessJob;
import vn.provinceplans.jobs.tables.TimelinessSummaryJob;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * Each mart on small hand-built input tables (only the columns a mart reads are given; the rest take neutral
 * defaults), with the expected rows written out.
 */
class MartsTest extends SparkTestBase {

    static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
    static final LocalDate OLD = LocalDate.of(2008, 8, 1);
    static final LocalDate NEW = LocalDate.of(2025, 7, 1);

    @BeforeAll
    static void inputs() {
        view("provinces",
                m("code", "51", "name", "Quảng Ngãi", "valid_from", OLD, "valid_to", LocalDate.of(2025, 6, 30),
                        "successor_code", "51", "successor_name", "Quảng Ngãi"),
                m("code", "62", "name", "Kon Tum", "valid_from", OLD, "valid_to", LocalDate.of(2025, 6, 30),
                        "successor_code", "51", "successor_name", "Quảng Ngãi"),
                m("code", "51", "name", "Quảng Ngãi", "valid_from", NEW));
        view("documents",
                doc("P", "10/KH-UBND", "KH", "province", "51", null, LocalDate.of(2021, 3, 1), 2021, 2022, 2021)
                        .with("mentions_papi", true),
                doc("A1", "5/KH-UBND", "KH", "district", "51", "Trà Bồng", LocalDate.of(2021, 3, 18), 2021, 2021, 2021)
                        .with("parent_doc_number", "10/KH-UBND", "parent_doc_date", LocalDate.of(2021, 3, 1)),
                doc("A2", "7/KH-UBND", "KH", "district", "51", "Sơn Hà", LocalDate.of(2021, 3, 25), 2021, 2021, 2021)
                        .with("parent_doc_number", "10/KH-UBND"),
                doc("A3", "9/KH-UBND", "KH", "district", "51", "Ba Tơ", LocalDate.of(2020, 3, 10), 2020, 2020, 2020)
                        .with("parent_doc_number", "10/KH-UBND", "parent_doc_date", LocalDate.of(2020, 3, 1)),
                doc("R1", "3/BC-UBND", "BC", "district", "51", "Trà Bồng", null, 2021, 2021, 2021)
                        .with("title", "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2021"),
                doc("B", "20/BC-UBND", "BC", "province", "51", null, LocalDate.of(2023, 12, 1), 2023, 2023, 2023),
                doc("K", "4/KH-UBND", "KH", "province", "62", null, LocalDate.of(2020, 2, 1), 2020, 2020, 2020));
        view("deadlines",
                m("doc_id", "P", "kind", "sub_plan", "due_date", LocalDate.of(2021, 3, 20), "due_month", 3, "due_day", 20),
                m("doc_id", "P", "kind", "six_month_report", "due_date", LocalDate.of(2021, 6, 15), "due_month", 6,
                        "due_day", 15),
                m("doc_id", "P", "kind", "annual_report", "due_date", LocalDate.of(2021, 11, 15), "due_month", 11,
                        "due_day", 15, "recurring", true),
                m("doc_id", "P", "kind", "model_registration", "due_date", LocalDate.of(2021, 4, 1), "due_month", 4,
                        "due_day", 1));
        view("submissions",
                sub("UBND huyện A", "2021-03-15", "2021-03-10", false),
                sub("UBND huyện B", "2021-03-15", "2021-03-20", false),
                sub("UBND huyện C", "2021-03-15", null, false),
                sub("UBND huyện D", "2021-03-15", null, true),
                sub("UBND huyện E", "2022-11-15", null, false));
        view("index_mentions", m("doc_id", "P", "index_name", "PAPI"));
        view("index_scores",
                score("51", "Quảng Ngãi", 2020, 33.0, 2), score("51", "Quảng Ngãi", 2021, 34.5, 1),
                score("62", "Kon Tum", 2020, 35.0, 1), score("62", "Kon Tum", 2021, 34.0, 2),
                m("index_name", "PCI", "year", 2020, "province_code", "62", "province", "Kon Tum",
                        "province_valid_from", OLD, "dimension", "total", "score", 60.5, "rank", 40,
                        "comparable_series", "PCI-2013"));
        view("index_scores_rollup",
                m("index_name", "PAPI", "year", 2020, "dimension", "total_core6", "successor_code", "51",
                        "score_mean", 34.0, "score_min", 33.0, "score_max", 35.0, "predecessors_with_data", 2));
        view("model_counts",
                m("doc_id", "P", "kind", "target_per_unit", "count", 1),
                m("doc_id", "B", "kind", "registered", "count", 200, "year", 2023),
                m("doc_id", "B", "kind", "recognized", "count", 120, "year", 2023),
                m("doc_id", "R1", "kind", "recognized", "count", 40, "year", 2021));
        view("model_registry",
                m("province", "Quảng Ngãi", "year", 2023, "status", "recognized"),
                m("province", "Quảng Ngãi", "year", 2023, "status", "registered"),
                m("province", "Quảng Ngãi", "year", 2024, "status", "recognized", "synthetic", true));
        spark.catalog().dropTempView("headline_scores");
    }

    @Test
    void timelinessMatchesAnswersToDeadlinesAndJudgesThem() {
        build(new TimelinessJob());
        assertEquals(List.of(
                row("document", "10/KH-UBND", "7/KH-UBND", "sub_plan", LocalDate.of(2021, 3, 20),
                        LocalDate.of(2021, 3, 25), "late", 5, 2021),
                row("document", "10/KH-UBND", "5/KH-UBND", "sub_plan", LocalDate.of(2021, 3, 20),
                        LocalDate.of(2021, 3, 18), "on_time", 0, 2021),
                row("document", "10/KH-UBND", null, "model_registration", LocalDate.of(2021, 4, 1), null, "unknown",
                        null, 2021),
                row("document", "10/KH-UBND", "3/BC-UBND", "six_month_report", LocalDate.of(2021, 6, 15), null,
                        "unknown", null, 2021),
                row("document", "10/KH-UBND", null, "annual_report", LocalDate.of(2021, 11, 15), null, "missing", null,
                        2021),
                row("document", "10/KH-UBND", null, "annual_report", LocalDate.of(2022, 11, 15), null, "unknown", null,
                        2022),
                row("register", null, null, "sub_plan", LocalDate.of(2021, 3, 15), LocalDate.of(2021, 3, 20), "late",
                        5, 2021),
                row("register", null, null, "sub_plan", LocalDate.of(2021, 3, 15), null, "missing", null, 2021),
                row("register", null, null, "sub_plan", LocalDate.of(2021, 3, 15), LocalDate.of(2021, 3, 10),
                        "on_time", 0, 2021),
                row("register", null, null, "sub_plan", LocalDate.of(2021, 3, 15), null, "unknown", null, 2021),
                row("register", null, null, "sub_plan", LocalDate.of(2022, 11, 15), null, "unknown", null, 2022)),
                sql("select source, plan_doc_number, answer_doc_number, kind, due_date, answered_date, status, "
                        + "days_late, year from timeliness order by source, due_date, status, unit, answer_doc_number"));
        assertEquals(List.of(row("not yet due", 2L), row("received on a date the register does not record", 1L)),
                sql("select status_reason, count(*) from timeliness where status = 'unknown' and (source = 'register' "
                        + "or kind = 'annual_report') group by 1 order by 1"));
        assertEquals(List.of(row("51", "Quảng Ngãi")), sql("select distinct successor_code, successor_name from "
                + "timeliness"));
    }

    @Test
    void timelinessSummaryCountsEveryDeadlineOnceByProvinceYearAndStatus() {
        build(new TimelinessJob());
        build(new TimelinessSummaryJob());
        assertEquals(List.of(
                        row("51", OLD, 2021, "late", 2L, 1L, 1L),
                        row("51", OLD, 2021, "missing", 2L, 1L, 1L),
                        row("51", OLD, 2021, "on_time", 2L, 1L, 1L),
                        row("51", OLD, 2021, "unknown", 3L, 1L, 2L),
                        row("51", OLD, 2022, "unknown", 2L, 1L, 1L)),
                sql("select province_code, province_valid_from, year, status, deadlines, from_register, "
                        + "from_documents from timeliness_summary order by year, status"));
        assertEquals(sql("select count(*) from timeliness"), sql("select sum(deadlines) from timeliness_summary"));
    }

    @Test
    void modelCountsTrendTakesProvinceReportsBeforeTheRegistry() {
        build(new ModelCountsTrendJob());
        assertEquals(List.of(
                        row("Quảng Ngãi", 2021, 1, "documents", null, null, null, null, false),
                        row("Quảng Ngãi", 2023, null, null, 200L, "documents", 120L, "documents", false),
                        row("Quảng Ngãi", 2024, null, null, 1L, "registry", 1L, "registry", true)),
                sql("select province, year, targeted, targeted_source, registered, registered_source, recognized, "
                        + "recognized_source, synthetic from model_counts_trend order by year"));
        assertEquals(List.of(row(2L, 1L)), sql("select registry_registered, registry_recognized from "
                + "model_counts_trend where year = 2023"));
    }

    @Test
    void indexLinkageAndItsSummary() {
        build(new IndexLinkageJob());
        build(new IndexLinkageSummaryJob());
        assertEquals(List.of(
                        row("Kon Tum", 2020, 1L, 0L, false, 35.0, -1.0),
                        row("Kon Tum", 2021, null, null, null, 34.0, null),
                        row("Quảng Ngãi", 2020, 1L, 0L, false, 33.0, 1.5),
                        row("Quảng Ngãi", 2021, 4L, 1L, true, 34.5, null),
                        row("Quảng Ngãi", 2023, 1L, 0L, false, null, null)),
                sql("select province, year, documents, documents_naming, linked, score, next_year_change "
                        + "from index_linkage where index_name = 'PAPI' order by province, year"));
        assertEquals(List.of(row(false, 2L, 2L, 0.25, 0.25, 0.5), row(true, 0L, 0L, null, null, null)),
                sql("select linked, observations, provinces, mean_next_year_change, median_next_year_change, "
                        + "share_improved from index_linkage_summary where index_name = 'PAPI' order by linked"));
    }

    @Test
    void provinceYearAndItsRollup() {
        build(new ModelCountsTrendJob());
        build(new ProvinceYearJob());
        assertEquals(List.of(row("Quảng Ngãi", 2021, 4L, 3L, 1L, true, "10/KH-UBND", 1L, 4L, 34.5, 1, 34.5,
                        1.5, "PAPI-core6", 1)),
                sql("select province, year, documents, plans, reports, plan_issued, plan_doc_number, "
                        + "documents_naming_papi, deadlines_set, papi_core6_score, papi_core6_rank, "
                        + "papi_core6_best_score, papi_core6_change, papi_core6_series, models_targeted "
                        + "from province_year where province_code = '51' and province_valid_from = DATE '2008-08-01' "
                        + "and year = 2021"));
        // Two provinces with a score are too few for a national median: N/A, not a number.
        assertEquals(List.of(row("Kon Tum", 60.5, 40, null, "Kon Tum")), sql("select province, pci_score, pci_rank, "
                + "pci_national_median, pci_best_province from province_year where year = 2020 and pci_score is "
                + "not null"));
        assertEquals(List.of(row(2L, 0L, false)), sql("select count(*), count(pci_score), bool_or(plan_issued) "
                + "from province_year where year = 2019"));
        // Code 51 is two units: the former Quảng Ngãi (rows to 2025) and the current one (rows from 2025).
        assertEquals(List.of(row("Quảng Ngãi", 2011, 2025), row("Quảng Ngãi", 2025, 2025)), sql("select successor_name, "
                + "min(year), max(year) from province_year where province_code = '51' group by province_valid_from, "
                + "successor_name order by 2"));

        build(new ProvinceYearRollupJob());
        assertEquals(List.of(row("Quảng Ngãi", 2020, 2L, 2L, 2L, 34.0, 33.0, 35.0, 2)),
                sql("select successor_name, year, units, documents, plans, papi_core6_mean, papi_core6_min, "
                        + "papi_core6_max, papi_core6_units_with_score from province_year_rollup where year = 2020"));
    }

    @Test
    void provinceIndexYearHasEveryFormerProvinceInEveryYearOfAMeasure() {
        build(new ProvinceIndexYearJob());
        // Kon Tum alone has a PCI score in 2020: Quảng Ngãi gets an N/A row in the year's series, with no quartile.
        // The current Quảng Ngãi (valid from 2025) is not a former province and has no row.
        assertEquals(List.of(
                        row("papi_core6", 2020, "Quảng Ngãi", 33.0, 2, 2, null, "PAPI-core6", 2L, "Kon Tum", 35.0),
                        row("papi_core6", 2020, "Kon Tum", 35.0, 1, 1, null, "PAPI-core6", 2L, "Kon Tum", 35.0),
                        row("papi_core6", 2021, "Quảng Ngãi", 34.5, 1, 1, 1.5, "PAPI-core6", 2L, "Quảng Ngãi", 34.5),
                        row("papi_core6", 2021, "Kon Tum", 34.0, 2, 2, -1.0, "PAPI-core6", 2L, "Quảng Ngãi", 34.5),
                        row("pci", 2020, "Quảng Ngãi", null, null, null, null, "PCI-2013", 1L, "Kon Tum", 60.5),
                        row("pci", 2020, "Kon Tum", 60.5, 40, 1, null, "PCI-2013", 1L, "Kon Tum", 60.5)),
                sql("select measure, year, province, score, rank, quartile, change, comparable_series, "
                        + "provinces_with_score, best_province, best_score from province_index_year "
                        + "order by measure, year, province_code"));
        // Two provinces are too few for a national median; nothing here is synthetic.
        assertEquals(List.of(row(0L, 0L, "51", 1L)), sql("select count(national_median), count_if(synthetic), "
                + "min(province_code), count(distinct province_valid_from) from province_index_year"));
    }

    // ------------------------------------------------------------------ building inputs

    private static void build(vn.provinceplans.jobs.TableJob job) {
        RunOptions options = new RunOptions(null, null, "local[2]", 1, RunOptions.DEFAULT_MAX_FILE_BYTES, null,
                List.of(), AS_OF, false);
        PipelineData data = new PipelineData(spark, options, null, List.of());
        TableSpec table = Contract.get().table(job.table());
        TableWriter.conform(job.build(data), table).createOrReplaceTempView(table.name());
    }

    /** A row given by column name; columns not given take a neutral default, or NULL when nullable. */
    static final class Values extends HashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        Values with(Object... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                put((String) pairs[i], pairs[i + 1]);
            }
            return this;
        }
    }

    static Values m(Object... pairs) {
        return new Values().with(pairs);
    }

    static Values doc(String id, String number, String type, String level, String code, String district,
                      LocalDate issued, int start, int end, int year) {
        LocalDate validFrom = OLD;
        return m("doc_id", id, "doc_number", number, "doc_type", type, "issuer_level", level, "province_code", code,
                "province", "51".equals(code) ? "Quảng Ngãi" : "Kon Tum", "province_valid_from", validFrom,
                "successor_code", "51", "successor_name", "Quảng Ngãi", "district", district, "issue_date", issued,
                "period_start", start, "period_end", end, "year", year);
    }

    static Values sub(String unit, String due, String received, boolean unrecorded) {
        LocalDate dueDate = LocalDate.parse(due);
        return m("unit", unit, "unit_level", "district", "province", "Quảng Ngãi", "report_kind", "sub_plan",
                "period", String.valueOf(dueDate.getYear()), "period_year", dueDate.getYear(), "due_date", dueDate,
                "received_date", received == null ? null : LocalDate.parse(received), "received_unknown", unrecorded);
    }

    static Values score(String code, String province, int year, double value, int rank) {
        return m("index_name", "PAPI", "year", year, "province_code", code, "province", province,
                "province_valid_from", OLD, "dimension", "total_core6", "score", value, "rank", rank,
                "comparable_series", "PAPI-core6");
    }

    @SafeVarargs
    static void view(String tableName, Map<String, Object>... rows) {
        TableSpec table = Contract.get().table(tableName);
        ContractRow builder = new ContractRow(table.columns());
        List<Row> built = new ArrayList<>();
        for (Map<String, Object> values : rows) {
            for (ColumnSpec c : table.columns()) {
                Object v = values.containsKey(c.name()) ? values.get(c.name()) : c.nullable() ? null : neutral(c);
                builder.set(c.name(), v);
            }
            built.add(builder.build());
        }
        spark.createDataFrame(built, SparkSchemas.of(table)).createOrReplaceTempView(tableName);
    }

    private static Object neutral(ColumnSpec c) {
        return switch (c.type()) {
            case STRING -> "-";
            case INT -> 0;
            case BIGINT -> 0L;
            case DOUBLE -> 0.0;
            case BOOLEAN -> false;
            case DATE -> LocalDate.of(2000, 1, 1);
            case TIMESTAMP -> java.time.Instant.EPOCH;
            case ARRAY_STRING -> new String[0];
        };
    }
}
