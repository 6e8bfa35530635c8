package vn.provinceplans.jobs.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.provinceplans.jobs.tables.MartSql;
import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

/**
 * Each rewrite of {@link DuckDbMarts} on Spark snippets (what it makes of them, and what it must leave alone), the
 * settings of {@link DuckDbMarts#prepare} on the cases where DuckDB's defaults differ from Spark's, and every mart
 * file translated and run by DuckDB on empty tables of the contract. No Spark here: {@code MartsOnDuckDbTest}
 * compares the rows with Spark's.
 */
class DuckDbMartsTest {

    static Stream<Arguments> rewrites() {
        return Stream.of(
                // dropHints
                rewrite("dropHints", DuckDbMarts::dropHints,
                        "SELECT /*+ REPARTITION(8) */ p.* FROM p", "SELECT p.* FROM p"),
                rewrite("dropHints", DuckDbMarts::dropHints,
                        "SELECT /*+ REPARTITION(${shuffle_partitions}) */\n  a FROM t", "SELECT a FROM t"),
                unchanged("dropHints", DuckDbMarts::dropHints, "SELECT /* not a hint */ a FROM t -- /*+ nor this */"),
                unchanged("dropHints", DuckDbMarts::dropHints, "SELECT '/*+ REPARTITION(8) */' AS text"),

                // lateralViewExplode
                rewrite("lateralViewExplode", DuckDbMarts::lateralViewExplode,
                        "FROM s LATERAL VIEW explode(s.years) t AS y",
                        "FROM s CROSS JOIN unnest(s.years) AS t(y)"),
                rewrite("lateralViewExplode", DuckDbMarts::lateralViewExplode,
                        "FROM s\n  LATERAL VIEW explode(\n      CASE WHEN s.r THEN sequence(s.a, greatest(s.a, 2)) "
                                + "ELSE array(s.a) END) years AS y\n  WHERE s.a IS NOT NULL",
                        "FROM s\n  CROSS JOIN unnest(CASE WHEN s.r THEN sequence(s.a, greatest(s.a, 2)) "
                                + "ELSE array(s.a) END) AS years(y)\n  WHERE s.a IS NOT NULL"),
                rewrite("lateralViewExplode", DuckDbMarts::lateralViewExplode,
                        "FROM (SELECT DISTINCT i FROM l)\n  lateral view EXPLODE(array(true, false)) t g",
                        "FROM (SELECT DISTINCT i FROM l)\n  CROSS JOIN unnest(array(true, false)) AS t(g)"),
                unchanged("lateralViewExplode", DuckDbMarts::lateralViewExplode,
                        "FROM s CROSS JOIN unnest(s.years) AS t(y) -- was LATERAL VIEW explode(s.years) t AS y"),

                // explode
                rewrite("explode", DuckDbMarts::explode, "SELECT explode(sequence(1, 3)) AS y",
                        "SELECT unnest(sequence(1, 3)) AS y"),
                unchanged("explode", DuckDbMarts::explode, "SELECT explode_outer(a), t.explode FROM t"),
                unchanged("explode", DuckDbMarts::explode, "SELECT 'explode(a)' AS text"),

                // sequence
                rewrite("sequence", DuckDbMarts::sequence, "sequence(s.first_year, 2025)",
                        "spark_sequence(s.first_year, 2025)"),
                rewrite("sequence", DuckDbMarts::sequence,
                        "sequence(2011, greatest(2025, coalesce((SELECT max(year) FROM d), 2025)))",
                        "spark_sequence(2011, greatest(2025, coalesce((SELECT max(year) FROM d), 2025)))"),
                rewrite("sequence", DuckDbMarts::sequence, "sequence(2011, 2025, 2)",
                        "generate_series(2011, 2025, 2)"),
                unchanged("sequence", DuckDbMarts::sequence, "SELECT spark_sequence(1, 2), t.sequence, sequence_no"),

                // array
                rewrite("array", DuckDbMarts::array, "array(true, false)", "list_value(true, false)"),
                rewrite("array", DuckDbMarts::array, "ARRAY (s.first_year)", "list_value(s.first_year)"),
                rewrite("array", DuckDbMarts::array, "array(array(1), array(2, 3))",
                        "list_value(list_value(1), list_value(2, 3))"),
                unchanged("array", DuckDbMarts::array, "array_contains(a, 1), list_value(1), x AS array"),

                // struct
                rewrite("struct", DuckDbMarts::struct, "min_by(doc_number, struct(issue_date, doc_id))",
                        "min_by(doc_number, row(issue_date, doc_id))"),
                rewrite("struct", DuckDbMarts::struct,
                        "min_by(n, struct(CASE WHEN d IS NULL THEN 1 ELSE 0 END, d, id)) FILTER (WHERE t = 'KH')",
                        "min_by(n, row(CASE WHEN d IS NULL THEN 1 ELSE 0 END, d, id)) FILTER (WHERE t = 'KH')"),
                unchanged("struct", DuckDbMarts::struct, "named_struct('a', 1), struct_pack(a := 1), s.struct"),

                // minMaxBy
                rewrite("minMaxBy", DuckDbMarts::minMaxBy, "max_by(province, score)",
                        "arg_max_null(province, score)"),
                rewrite("minMaxBy", DuckDbMarts::minMaxBy,
                        "min_by(doc_number, row(a, b)) FILTER (WHERE doc_type = 'KH')",
                        "arg_min_null(doc_number, row(a, b)) FILTER (WHERE doc_type = 'KH')"),
                unchanged("minMaxBy", DuckDbMarts::minMaxBy, "arg_max_null(p, s), arg_min(p, s), max(s), t.max_by"),

                // datediff
                rewrite("datediff", DuckDbMarts::datediff, "datediff(answered_date, due_date)",
                        "datediff('day', due_date, answered_date)"),
                rewrite("datediff", DuckDbMarts::datediff, "DATEDIFF(coalesce(a, DATE '2021-01-01'), f(b, c))",
                        "datediff('day', f(b, c), coalesce(a, DATE '2021-01-01'))"),
                unchanged("datediff", DuckDbMarts::datediff, "datediff('day', due_date, answered_date)"),
                unchanged("datediff", DuckDbMarts::datediff, "date_diff(a, b) -- datediff(a, b)"),

                // rlike
                rewrite("rlike", DuckDbMarts::rlike, "coalesce(a.title, '') RLIKE '(?iu)(6|sáu) tháng'",
                        "regexp_matches(coalesce(a.title, ''), '(?i)(6|sáu) tháng')"),
                rewrite("rlike", DuckDbMarts::rlike, "coalesce(a.title, '') RLIKE '(?iu)(6|06|sáu) tháng'",
                        "regexp_matches(coalesce(a.title, ''), '(?i)(6|06|sáu) tháng')"),
                rewrite("rlike", DuckDbMarts::rlike, "WHEN a.title rlike '^(?:KH|CT)' THEN 1",
                        "WHEN regexp_matches(a.title, '^(?:KH|CT)') THEN 1"),
                rewrite("rlike", DuckDbMarts::rlike, "WHEN (a.title) RLIKE '(?ms)^x' THEN 1",
                        "WHEN regexp_matches((a.title), '(?ms)^x') THEN 1"),
                rewrite("rlike", DuckDbMarts::rlike, "title RLIKE '(?u)x'", "regexp_matches(title, 'x')"),
                unchanged("rlike", DuckDbMarts::rlike, "regexp_matches(title, 'x') -- title RLIKE 'x'"),
                unchanged("rlike", DuckDbMarts::rlike, "SELECT 'a RLIKE b' AS text, rlike_count FROM t"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rewrites")
    void rewriteMakesTheDuckDbForm(String name, UnaryOperator<String> rewrite, String spark, String duckdb) {
        assertEquals(duckdb, rewrite.apply(spark));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("an OUTER lateral view", "FROM s LATERAL VIEW OUTER explode(s.a) t AS y"),
                Arguments.of("a lateral view of posexplode", "FROM s LATERAL VIEW posexplode(s.a) t AS i, y"),
                Arguments.of("a pattern that is not a literal", "title RLIKE p.pattern"),
                Arguments.of("an operand after an operator", "a || b RLIKE 'x'"),
                Arguments.of("NOT RLIKE", "a NOT RLIKE 'x'"),
                Arguments.of("a flag RE2 lacks", "a RLIKE '(?x) a b'"),
                Arguments.of("ASCII-only case folding", "a RLIKE '(?i)sáu'"),
                Arguments.of("a double-quoted string", "a RLIKE \"x\""),
                Arguments.of("a backslash escape", "a RLIKE '\\\\d+'"),
                Arguments.of("adjacent literals", "SELECT 'it''s'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void translateRefusesWhatItCannotTranslateFaithfully(String what, String spark) {
        assertThrows(IllegalArgumentException.class, () -> DuckDbMarts.translate(spark));
    }

    @Test
    void translateAppliesEveryRewriteAndAgainChangesNothing() {
        String spark = "SELECT /*+ REPARTITION(4) */ s.*, y, datediff(b, a) AS d,\n"
                + "       CASE WHEN s.t RLIKE '(?iu)sáu' THEN max_by(s.p, struct(s.q, s.r)) END AS m\n"
                + "FROM s LATERAL VIEW explode(CASE WHEN s.r THEN sequence(1, s.n) ELSE array(1) END) t AS y";
        String duckdb = "SELECT s.*, y, datediff('day', a, b) AS d,\n"
                + "       CASE WHEN regexp_matches(s.t, '(?i)sáu') THEN arg_max_null(s.p, row(s.q, s.r)) END AS m\n"
                + "FROM s CROSS JOIN unnest(CASE WHEN s.r THEN spark_sequence(1, s.n) ELSE list_value(1) END) AS t(y)";
        assertEquals(duckdb, DuckDbMarts.translate(spark));
        assertEquals(duckdb, DuckDbMarts.translate(duckdb));
    }

    // ------------------------------------------------------------------ DuckDB's behaviour against Spark's

    @Test
    void prepareOrdersNullsAsSparkDoes() throws SQLException {
        try (Connection c = duckdb()) {
            DuckDbMarts.prepare(c);
            assertEquals(List.of("NULL", "1", "2"),
                    column(c, "SELECT x FROM (VALUES (2), (NULL), (1)) t(x) ORDER BY x"));
            assertEquals(List.of("2", "1", "NULL"),
                    column(c, "SELECT x FROM (VALUES (2), (NULL), (1)) t(x) ORDER BY x DESC"));
        }
    }

    @Test
    void translatedFunctionsGiveSparksValues() throws SQLException {
        try (Connection c = duckdb()) {
            DuckDbMarts.prepare(c);
            // Spark's sequence(3, 1) counts down; DuckDB's generate_series(3, 1) is empty.
            assertEquals(List.of("[3, 2, 1]", "[1, 2, 3]", "NULL"), column(c, DuckDbMarts.translate(
                    "SELECT CAST(sequence(a, b) AS STRING) FROM (VALUES (1, 3, 1), (2, 1, 3), (3, NULL, 2)) t(i, a, b) "
                            + "ORDER BY i")));
            // Spark's max_by takes the value of the greatest key even when the value is NULL.
            assertEquals(List.of("NULL"), column(c, DuckDbMarts.translate(
                    "SELECT max_by(p, s) FROM (VALUES ('a', 1), (NULL, 2), ('c', NULL)) t(p, s)")));
            assertEquals(List.of("5"), column(c, DuckDbMarts.translate(
                    "SELECT datediff(DATE '2021-03-25', DATE '2021-03-20')")));
            assertEquals(List.of("true", "false"), column(c, DuckDbMarts.translate(
                    "SELECT t RLIKE '(?iu)(6|06|sáu) tháng' FROM (VALUES (1, 'BÁO CÁO SÁU THÁNG'), (2, 'Báo cáo năm')) "
                            + "x(i, t) ORDER BY i")));
            assertEquals(List.of("2", "3"), column(c, DuckDbMarts.translate(
                    "SELECT y FROM (VALUES (2, 3)) s(a, b) LATERAL VIEW explode(array(s.a, s.b)) t AS y ORDER BY y")));
        }
    }

    /**
     * What the marts use untranslated, on the cases where a difference would show: Spark's median of an even count
     * is {@code 0.5 * lower + 0.5 * higher}, which for these pairs is not {@code lower + (higher - lower) * 0.5};
     * Spark's greatest and least skip NULLs; ntile makes the first buckets the larger ones.
     */
    @Test
    void untranslatedFunctionsGiveSparksValues() throws SQLException {
        try (Connection c = duckdb()) {
            DuckDbMarts.prepare(c);
            for (double[] pair : new double[][] {{0.1, 0.7}, {11.6, 77.05}, {20.49, 57.71}, {24.54, 97.38}}) {
                double spark = 0.5 * pair[0] + 0.5 * pair[1];
                assertTrue(spark != pair[0] + (pair[1] - pair[0]) * 0.5, "a pair that tells the two apart");
                assertEquals(List.of(Double.toString(spark)), column(c, "SELECT median(x) FROM (VALUES (" + pair[1]
                        + "::DOUBLE), (" + pair[0] + "::DOUBLE), (NULL)) t(x)"));
            }
            assertEquals(List.of("3.0"), column(c, "SELECT median(x) FROM (VALUES (5), (1), (3)) t(x)"));
            assertEquals(List.of("3", "31", "NULL"),
                    column(c, "SELECT greatest(1, NULL, 3) UNION ALL SELECT least(NULL, 31) "
                            + "UNION ALL SELECT greatest(NULL, NULL::INT)"));
            assertEquals(List.of("1", "1", "1", "2", "2", "2", "3", "3", "4", "4"),
                    column(c, "SELECT ntile(4) OVER (ORDER BY x) FROM range(10) t(x)"));
            assertEquals(List.of("varchar"), column(c, "SELECT lower(typeof(CAST(NULL AS STRING)))"));
            assertEquals(List.of("2"), column(c, "SELECT count_if(x > 1) FROM (VALUES (1), (2), (3), (NULL)) t(x)"));
        }
    }

    // ------------------------------------------------------------------ the mart files

    @Test
    void everyMartFileTranslatesAndRunsOnEmptyTables() throws SQLException {
        List<String> marts = MartSql.marts();
        assertTrue(marts.size() >= 8, "the marts: " + marts);
        try (Connection c = duckdb(); Statement s = c.createStatement()) {
            for (TableSpec t : Contract.get().tables()) {
                if (!marts.contains(t.name())) {
                    s.execute("CREATE TABLE \"" + t.name() + "\" (" + t.columns().stream()
                            .map(col -> "\"" + col.name() + "\" " + col.type().duckdbType())
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
            for (String mart : marts) {
                String sql = MartSql.sql(mart, LocalDate.of(2024, 6, 30), "1");
                assertEquals(DuckDbMarts.translate(sql), DuckDbMarts.translate(DuckDbMarts.translate(sql)), mart);
                DuckDbMarts.create(c, mart, LocalDate.of(2024, 6, 30));
                List<String> columns = column(c, "SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = '" + mart + "'");
                for (ColumnSpec col : Contract.get().table(mart).columns()) {
                    assertTrue(columns.contains(col.name()), mart + " has no column " + col.name());
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static Arguments rewrite(String name, UnaryOperator<String> rewrite, String spark, String duckdb) {
        return Arguments.of(name, rewrite, spark, duckdb);
    }

    static Arguments unchanged(String name, UnaryOperator<String> rewrite, String sql) {
        return Arguments.of(name, rewrite, sql, sql);
    }

    static Connection duckdb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /** The first column of a query's rows as text, NULL as "NULL". */
    static List<String> column(Connection c, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                Object v = r.getObject(1);
                out.add(v == null ? "NULL" : v.toString());
            }
        }
        return out;
    }
}
