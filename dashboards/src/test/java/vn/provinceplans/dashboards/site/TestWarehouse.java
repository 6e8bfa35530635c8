package vn.provinceplans.dashboards.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * A small published warehouse written by DuckDB, no Spark: five former provinces and three current units, PAPI over
 * its 2018 series break, PCI in one year (in province_year and in the long form of province_index_year), documents
 * (one titled {@code <script>alert(1)</script>}, one synthetic), deadlines and model counts. A table not written here
 * reads as empty (the catalog's views cover every contract table), and a column not written reads as NULL.
 */
final class TestWarehouse {

    static final String SCRIPT_TITLE = "<script>alert(1)</script> thực hiện quy chế dân chủ";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
    static final String SCRIPT_DOC = "a".repeat(64);
    static final String SYNTHETIC_DOC = "b".repeat(64);
    static final String FORMULA_DOC = "c".repeat(64);

    private TestWarehouse() {
    }

    static Path create(Path warehouse, String snapshot) throws IOException, SQLException {
        Path snap = warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(snapshot);
        Files.createDirectories(snap);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            write(s, snap, "provinces", """
                    SELECT * FROM (VALUES
                      ('01', 'Hà Nội', 'Ha Noi', DATE '2008-08-01', DATE '2025-06-30', '01', 'Hà Nội', NULL),
                      ('24', 'Bắc Giang', 'Bac Giang', DATE '2008-08-01', DATE '2025-06-30', '24', 'Bắc Ninh', NULL),
                      ('27', 'Bắc Ninh', 'Bac Ninh', DATE '2008-08-01', DATE '2025-06-30', '24', 'Bắc Ninh', NULL),
                      ('51', 'Quảng Ngãi', 'Quang Ngai', DATE '2008-08-01', DATE '2025-06-30', '51', 'Quảng Ngãi', NULL),
                      ('62', 'Kon Tum', 'Kon Tum', DATE '2008-08-01', DATE '2025-06-30', '51', 'Quảng Ngãi', NULL),
                      ('01', 'Hà Nội', 'Ha Noi', DATE '2025-07-01', NULL, NULL, NULL, ['Hà Nội']),
                      ('24', 'Bắc Ninh', 'Bac Ninh', DATE '2025-07-01', NULL, NULL, NULL, ['Bắc Giang', 'Bắc Ninh']),
                      ('51', 'Quảng Ngãi', 'Quang Ngai', DATE '2025-07-01', NULL, NULL, NULL, ['Quảng Ngãi', 'Kon Tum'])
                    ) t(code, name, name_ascii, valid_from, valid_to, successor_code, successor_name, predecessors)""");
            // PAPI 2016-2019 (6 dimensions to 2017, 8 from 2018); Kon Tum has no score in 2019 (N/A); PCI only 2019.
            write(s, snap, "province_year", """
                    WITH p(code, name, successor_code, successor_name, base) AS (VALUES
                      ('01', 'Hà Nội', '01', 'Hà Nội', 36.0), ('24', 'Bắc Giang', '24', 'Bắc Ninh', 35.0),
                      ('27', 'Bắc Ninh', '24', 'Bắc Ninh', 37.0), ('51', 'Quảng Ngãi', '51', 'Quảng Ngãi', 34.0),
                      ('62', 'Kon Tum', '51', 'Quảng Ngãi', 33.0)),
                    y(year) AS (VALUES (2016), (2017), (2018), (2019))
                    SELECT p.name AS province, p.code AS province_code, DATE '2008-08-01' AS province_valid_from,
                           y.year, p.successor_code, p.successor_name,
                           CASE WHEN p.code = '62' AND y.year = 2019 THEN NULL ELSE p.base + (y.year - 2016) * 0.5 END
                               AS papi_core6_score,
                           'PAPI-core6' AS papi_core6_series,
                           CASE WHEN p.code = '62' AND y.year = 2019 THEN NULL
                                WHEN y.year < 2018 THEN p.base + 1 ELSE p.base + 8 END AS papi_total_score,
                           CASE WHEN y.year < 2018 THEN 'PAPI-6D-2011' ELSE 'PAPI-8D-2018' END AS papi_total_series,
                           CASE WHEN y.year = 2019 AND p.code IN ('01', '51') THEN 60 + p.base / 10 END AS pci_score,
                           CASE WHEN y.year = 2019 AND p.code IN ('01', '51') THEN 'PCI-2013' END AS pci_series,
                           CASE WHEN p.code = '51' AND y.year = 2019 THEN 2 ELSE 0 END AS documents,
                           p.code = '24' AS synthetic
                    FROM p CROSS JOIN y""");
            // The same scores in the long form of the mart the index pages read: one row per province, measure and
            // year with any score; rank, change and the national values are not given.
            write(s, snap, "province_index_year", """
                    WITH py AS (SELECT * FROM read_parquet('%s')),
                    long AS (
                      SELECT 'papi_core6' AS measure, 'PAPI' AS index_name, 'total_core6' AS dimension, *,
                             papi_core6_score AS score, papi_core6_series AS series FROM py
                      UNION ALL BY NAME
                      SELECT 'papi_total' AS measure, 'PAPI' AS index_name, 'total' AS dimension, *,
                             papi_total_score AS score, papi_total_series AS series FROM py
                      UNION ALL BY NAME
                      SELECT 'pci' AS measure, 'PCI' AS index_name, 'total' AS dimension, *, pci_score AS score,
                             pci_series AS series FROM py)
                    SELECT measure, index_name, dimension, year, province_code, province_valid_from, province,
                           successor_code, successor_name,
                           coalesce(series, max(series) OVER (PARTITION BY measure, year)) AS comparable_series, score,
                           CASE WHEN score IS NOT NULL THEN ntile(4) OVER (PARTITION BY measure, year, score IS NULL
                                                                           ORDER BY score DESC, province_code) END
                               AS quartile,
                           count(score) OVER (PARTITION BY measure, year) AS provinces_with_score, false AS synthetic
                    FROM long
                    QUALIFY provinces_with_score > 0"""
                    .formatted(snap.resolve("province_year/part-0.parquet")));
            write(s, snap, "index_scores", """
                    SELECT * FROM (VALUES
                      ('PAPI', 2016, '01', DATE '2008-08-01', 'total_core6', 36.0, 'CECODES, RTA & UNDP, PAPI 2016',
                       'https://papi.org.vn/eng/', false),
                      ('PCI', 2019, '51', DATE '2008-08-01', 'total', 63.4, 'A user''s PCI file',
                       'javascript:alert(2)', false)
                    ) t(index_name, year, province_code, province_valid_from, dimension, score, source, source_url,
                        synthetic)""");
            write(s, snap, "index_scores_rollup", """
                    SELECT 'PAPI' AS index_name, y.year, 'total_core6' AS dimension, 'PAPI-core6' AS comparable_series,
                           '51' AS successor_code, 'Quảng Ngãi' AS successor_name, 34.0 + y.year - 2016 AS score_mean,
                           33.0 + y.year - 2016 AS score_min, 35.0 + y.year - 2016 AS score_max, 2 AS predecessors,
                           2 AS predecessors_with_data, true AS complete, false AS synthetic
                    FROM (VALUES (2016), (2017), (2018), (2019)) y(year)""");
            String docs = """
                    SELECT * FROM (VALUES
                      ('%s', 'qn/kh.txt', '38/KH-UBND', 'KH', 'UBND tỉnh Quảng Ngãi', 'province', 'Quảng Ngãi', '51',
                       DATE '2008-08-01', '51', 'Quảng Ngãi', DATE '2019-03-04', '%s', false, 2019),
                      ('%s', 'qn/bc.txt', '=1+1', 'BC', '@UBND', 'province', 'Quảng Ngãi', '51',
                       DATE '2008-08-01', '51', 'Quảng Ngãi', DATE '2019-12-01', '%s', false, 2019),
                      ('%s', 'bg/ct.txt', '03/CT-UBND', 'CT', 'UBND tỉnh Bắc Giang', 'province', 'Bắc Giang', '24',
                       DATE '2008-08-01', '24', 'Bắc Ninh', DATE '2018-05-14', 'Tăng cường dân vận', true, 2018)
                    ) t(doc_id, source_path, doc_number, doc_type, issuer, issuer_level, province, province_code,
                        province_valid_from, successor_code, successor_name, issue_date, title, synthetic, year)"""
                    .formatted(SCRIPT_DOC, SCRIPT_TITLE.replace("'", "''"), FORMULA_DOC,
                            FORMULA_TITLE.replace("'", "''"), SYNTHETIC_DOC);
            writePartitioned(s, snap, "documents", docs);
            write(s, snap, "citations", """
                    SELECT '%s' AS doc_id, '120-KL/TW' AS cited_number, 'KL' AS cited_kind,
                           '<img src=x onerror=alert(3)>' AS context""".formatted(SCRIPT_DOC));
            write(s, snap, "timeliness", """
                    SELECT * FROM (VALUES
                      ('document', '%s', '38/KH-UBND', '%s', 'report_annual', DATE '2019-11-15', 'on_time',
                       '51', 'Quảng Ngãi', '51', 'Quảng Ngãi', 2019, false),
                      ('document', '%s', '38/KH-UBND', NULL, 'report_6m', DATE '2019-06-15', 'missing',
                       '51', 'Quảng Ngãi', '51', 'Quảng Ngãi', 2019, false),
                      ('register', NULL, NULL, NULL, 'report_annual', DATE '2018-11-15', 'late',
                       '24', 'Bắc Giang', '24', 'Bắc Ninh', 2018, true)
                    ) t(source, plan_doc_id, plan_doc_number, answer_doc_id, kind, due_date, status, province_code,
                        province, successor_code, successor_name, year, synthetic)"""
                    .formatted(SCRIPT_DOC, FORMULA_DOC, SCRIPT_DOC));
            write(s, snap, "timeliness_summary", """
                    SELECT province_code, DATE '2008-08-01' AS province_valid_from, province, successor_code,
                           successor_name, year, status, count(*) AS deadlines,
                           count(*) FILTER (WHERE source = 'register') AS from_register,
                           count(*) FILTER (WHERE source = 'document') AS from_documents, bool_or(synthetic) AS synthetic
                    FROM read_parquet('%s') GROUP BY ALL"""
                    .formatted(snap.resolve("timeliness/part-0.parquet")));
            write(s, snap, "model_counts_trend", """
                    SELECT * FROM (VALUES
                      ('Bắc Giang', '24', DATE '2008-08-01', 2018, '24', 'Bắc Ninh', 1, 'documents', 12, 'registry',
                       5, 'registry', true)
                    ) t(province, province_code, province_valid_from, year, successor_code, successor_name, targeted,
                        targeted_source, registered, registered_source, recognized, recognized_source, synthetic)""");
        }
        Files.writeString(snap.resolve(WarehouseLayout.SUCCESS), "", StandardCharsets.UTF_8);
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), snapshot + "\n", StandardCharsets.UTF_8);
        return warehouse;
    }

    /**
     * Writes the single file of {@code table} in the warehouse's {@code snapshot} again as {@code select} gives it,
     * where the view {@code t} holds the file's rows.
     */
    static void rewrite(Path warehouse, String snapshot, String table, String select) throws IOException,
            SQLException {
        Path file = warehouse.resolve(WarehouseLayout.tableDir(snapshot, table)).resolve("part-0.parquet");
        Path copy = file.resolveSibling("rewritten.tmp");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW t AS SELECT * FROM read_parquet('" + file + "')");
            s.execute("COPY (" + select + ") TO '" + copy + "' (FORMAT parquet)");
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void write(Statement s, Path snap, String table, String select) throws IOException,
            SQLException {
        Path dir = Files.createDirectories(snap.resolve(table));
        s.execute("COPY (" + select + ") TO '" + dir.resolve("part-0.parquet") + "' (FORMAT parquet)");
    }

    private static void writePartitioned(Statement s, Path snap, String table, String select) throws IOException,
            SQLException {
        Path dir = Files.createDirectories(snap.resolve(table));
        s.execute("COPY (" + select + ") TO '" + dir + "' (FORMAT parquet, PARTITION_BY (year), OVERWRITE_OR_IGNORE)");
    }
}
