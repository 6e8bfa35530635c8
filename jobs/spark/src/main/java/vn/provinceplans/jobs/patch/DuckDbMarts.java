package vn.provinceplans.jobs.patch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.jobs.tables.MartSql;

/**
 * The marts computed by DuckDB from the same SQL files Spark runs ({@link MartSql}), with exactly the rows Spark
 * gives: {@link #prepare} makes the session order and aggregate as Spark does, {@link #translate} rewrites the
 * Spark-only constructs the files use, one small named rewrite each, and {@link #create} builds one mart.
 *
 * <p>What the files use and DuckDB already does as Spark does, left as it is: {@code CAST(x AS STRING)} (STRING is
 * DuckDB's name for VARCHAR too), {@code count_if}, {@code FILTER (WHERE …)}, {@code bool_or}, {@code greatest} and
 * {@code least} (both skip NULL arguments and give NULL only when all are NULL), {@code median} (for an even count
 * both take {@code 0.5 * lower + 0.5 * higher}, not {@code lower + (higher - lower) * 0.5}, at times another double),
 * {@code make_date} (both fail on an impossible date: Spark 4 runs in ANSI mode), {@code last_day}, {@code year},
 * {@code day}, {@code FROM VALUES … AS m(a, b)}, named windows, {@code lag}, {@code lead} and {@code ntile} (the
 * first n % k buckets one row larger in both). Integer aggregates come out wider in DuckDB ({@code count_if} and
 * {@code sum} as HUGEINT where Spark has BIGINT): the values are the same, and a caller conforms the columns to the
 * contract's types as Spark's writer does.
 */
public final class DuckDbMarts {

    /** Every rewrite, in the order {@link #translate} applies them. */
    static final List<UnaryOperator<String>> REWRITES = List.of(DuckDbMarts::dropHints,
            DuckDbMarts::lateralViewExplode, DuckDbMarts::explode, DuckDbMarts::sequence, DuckDbMarts::array,
            DuckDbMarts::struct, DuckDbMarts::minMaxBy, DuckDbMarts::datediff, DuckDbMarts::rlike);

    /**
     * The session settings and macros the translated SQL needs: Spark's default null order (first when ascending,
     * last when descending) where DuckDB's puts them last both ways, and Spark's {@code sequence}, which counts down
     * when the start is above the stop.
     */
    public static void prepare(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET default_null_order = 'nulls_first_on_asc_last_on_desc'");
            s.execute("CREATE OR REPLACE TEMP MACRO spark_sequence(start, stop) AS "
                    + "generate_series(start, stop, CASE WHEN start <= stop THEN 1 ELSE -1 END)");
        }
    }

    /** The Spark SQL of a mart file as DuckDB SQL: every rewrite of {@link #REWRITES} in turn. */
    public static String translate(String sparkSql) {
        String sql = sparkSql;
        for (UnaryOperator<String> rewrite : REWRITES) {
            sql = rewrite.apply(sql);
        }
        return sql;
    }

    /**
     * Builds the mart {@code table} as the DuckDB table of that name from the tables and marts its SQL names, which
     * the connection must already have (as tables or views) under their contract names; first the
     * {@code headline_scores} view when the SQL reads it. {@code asOf} is the run's reference date; the query is
     * not spread over partitions, so {@code ${shuffle_partitions}} is 1.
     */
    public static void create(Connection c, String table, LocalDate asOf) throws SQLException {
        prepare(c);
        String sql = MartSql.sql(table, asOf, "1");
        try (Statement s = c.createStatement()) {
            if (MartSql.readsHeadlineScores(sql)) {
                s.execute("CREATE OR REPLACE TEMP VIEW " + MartSql.HEADLINE_SCORES + " AS "
                        + translate(MartSql.sql(MartSql.HEADLINE_SCORES, asOf, "1")));
            }
            s.execute("CREATE OR REPLACE TABLE \"" + table + "\" AS " + translate(sql));
        }
    }

    // ------------------------------------------------------------------ the rewrites

    /**
     * Drops Spark's optimizer hints: DuckDB reads them as comments and plans its own parallelism.
     *
     * <pre>SELECT /*+ REPARTITION(8) *&#47; p.* FROM p   →   SELECT p.* FROM p</pre>
     */
    static String dropHints(String sql) {
        SqlTokens t = new SqlTokens(sql);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == SqlTokens.Kind.HINT) {
                out.append(sql, from, t.start(i));
                boolean spaceFollows = i + 1 < t.size() && t.kind(i + 1) == SqlTokens.Kind.SPACE;
                from = spaceFollows ? t.end(i + 1) : t.end(i);
            }
        }
        return out.append(sql.substring(from)).toString();
    }

    /**
     * Spark's generator join as DuckDB's join with {@code unnest}, which may name the columns of the table on its
     * left; like {@code LATERAL VIEW} without {@code OUTER}, a row whose array is empty or NULL gives no row.
     *
     * <pre>FROM s LATERAL VIEW explode(s.years) t AS y   →   FROM s CROSS JOIN unnest(s.years) AS t(y)</pre>
     */
    static String lateralViewExplode(String sql) {
        SqlTokens t = new SqlTokens(sql);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i, "LATERAL") || !t.isWord(t.next(i), "VIEW")) {
                continue;
            }
            int function = t.next(t.next(i));
            if (!t.isCall(function, "explode")) {
                throw SqlTokens.refused(sql, t.start(i), "a LATERAL VIEW other than explode(…) without OUTER");
            }
            int open = t.next(function);
            List<String> args = t.arguments(open);
            int alias = t.next(t.closing(open));
            int column = t.isWord(t.next(alias), "AS") ? t.next(t.next(alias)) : t.next(alias);
            if (args.size() != 1 || !isName(t, alias) || !isName(t, column) || t.isPunct(t.next(column), ',')) {
                throw SqlTokens.refused(sql, t.start(i), "a LATERAL VIEW not of the form explode(e) t AS c");
            }
            out.append(sql, from, t.start(i)).append("CROSS JOIN unnest(").append(args.get(0)).append(") AS ")
                    .append(t.text(alias)).append('(').append(t.text(column)).append(')');
            from = t.end(column);
            i = column;
        }
        return out.append(sql.substring(from)).toString();
    }

    /**
     * Spark's {@code explode} in a select list: one row per element, none for an empty or NULL array.
     *
     * <pre>SELECT explode(sequence(1, 3)) AS y   →   SELECT unnest(sequence(1, 3)) AS y</pre>
     */
    static String explode(String sql) {
        return replaceCalls(sql, "explode", args -> {
            if (args.size() != 1) {
                throw new IllegalArgumentException("explode takes one array: explode(" + args + ")");
            }
            return "unnest(" + args.get(0) + ")";
        });
    }

    /**
     * Spark's {@code sequence(start, stop)}, the integers from start to stop both included, counting down when start
     * is above stop, as the macro {@code spark_sequence} of {@link #prepare}; with a step, as
     * {@code generate_series}, which also includes the stop.
     *
     * <pre>sequence(s.first_year, 2025)   →   spark_sequence(s.first_year, 2025)
     * sequence(2011, 2025, 2)        →   generate_series(2011, 2025, 2)</pre>
     */
    static String sequence(String sql) {
        return replaceCalls(sql, "sequence", args -> switch (args.size()) {
            case 2 -> "spark_sequence(" + String.join(", ", args) + ")";
            case 3 -> "generate_series(" + String.join(", ", args) + ")";
            default -> throw new IllegalArgumentException("sequence takes a start, a stop and maybe a step");
        });
    }

    /**
     * Spark's array constructor as DuckDB's list constructor.
     *
     * <pre>array(true, false)   →   list_value(true, false)</pre>
     */
    static String array(String sql) {
        return replaceCalls(sql, "array", args -> "list_value(" + String.join(", ", args) + ")");
    }

    /**
     * Spark's struct constructor as DuckDB's unnamed one. Both compare structs field by field, so a struct serves as
     * a composite key of {@code min_by}; they differ on a NULL field that decides a comparison (first in Spark, no
     * answer in DuckDB), so a key must not leave a tie to a field that may be NULL.
     *
     * <pre>min_by(doc_number, struct(issue_date, doc_id))   →   min_by(doc_number, row(issue_date, doc_id))</pre>
     */
    static String struct(String sql) {
        return replaceCalls(sql, "struct", args -> "row(" + String.join(", ", args) + ")");
    }

    /**
     * Spark's {@code min_by} and {@code max_by} give the value of the row with the least (greatest) key even when
     * that value is NULL; DuckDB's skip rows whose value is NULL, its {@code arg_min_null} and {@code arg_max_null}
     * do not. Rows whose key is NULL count in neither engine.
     *
     * <pre>max_by(province, score)   →   arg_max_null(province, score)</pre>
     */
    static String minMaxBy(String sql) {
        String min = replaceCalls(sql, "min_by", args -> "arg_min_null(" + String.join(", ", args) + ")");
        return replaceCalls(min, "max_by", args -> "arg_max_null(" + String.join(", ", args) + ")");
    }

    /**
     * Spark's {@code datediff(end, start)}, days from start to end, as DuckDB's, which takes the unit first and the
     * dates the other way round; DuckDB's own three-argument form is left as it is.
     *
     * <pre>datediff(answered_date, due_date)   →   datediff('day', due_date, answered_date)</pre>
     */
    static String datediff(String sql) {
        return replaceCalls(sql, "datediff", args -> args.size() == 2
                ? "datediff('day', " + args.get(1) + ", " + args.get(0) + ")"
                : "datediff(" + String.join(", ", args) + ")");
    }

    /** Words that may stand before a parenthesised operand without being a function's name. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "case", "when", "then", "else", "where",
            "on", "select", "having", "by", "in", "is", "as", "between", "like", "rlike", "return", "from", "join");

    /** Leading inline flags of a Java pattern: {@code (?iu)}. */
    private static final Pattern FLAGS = Pattern.compile("^\\(\\?([a-zA-Z]+)\\)");

    /**
     * Spark's {@code RLIKE} (a Java regular expression found anywhere in the text) as DuckDB's
     * {@code regexp_matches} (RE2, also found anywhere). RE2's case-insensitive matching always folds Unicode case,
     * so Java's {@code u} flag, which it has not, is dropped; Java's {@code i} alone folds only ASCII, which RE2
     * cannot, so it is refused on a pattern with other letters. The operand before RLIKE must be a name, a literal
     * or a call or parenthesised expression, the pattern a literal.
     *
     * <pre>coalesce(a.title, '') RLIKE '(?iu)(6|sáu) tháng'
     *     →   regexp_matches(coalesce(a.title, ''), '(?i)(6|sáu) tháng')</pre>
     */
    static String rlike(String sql) {
        SqlTokens t = new SqlTokens(sql);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i, "RLIKE")) {
                continue;
            }
            int first = operandStart(t, i);
            int pattern = t.next(i);
            if (pattern >= t.size() || t.kind(pattern) != SqlTokens.Kind.STRING) {
                throw SqlTokens.refused(sql, t.start(i), "RLIKE with a pattern that is not a literal");
            }
            String literal = t.text(pattern);
            out.append(sql, from, t.start(first)).append("regexp_matches(")
                    .append(sql, t.start(first), t.end(t.previous(i))).append(", '")
                    .append(re2(literal.substring(1, literal.length() - 1))).append("')");
            from = t.end(pattern);
            i = pattern;
        }
        return out.append(sql.substring(from)).toString();
    }

    /** The first token of the operand before the RLIKE at {@code rlike}. */
    private static int operandStart(SqlTokens t, int rlike) {
        int last = t.previous(rlike);
        int first;
        if (t.isPunct(last, ')')) {
            first = t.opening(last);
            int name = t.previous(first);
            if (name >= 0 && t.kind(name) == SqlTokens.Kind.WORD && !KEYWORDS.contains(SqlTokens.lower(t.text(name)))) {
                first = name;
            }
        } else if (last >= 0 && t.kind(last) == SqlTokens.Kind.STRING) {
            first = last;
        } else if (isName(t, last)) {
            first = last;
            while (t.isPunct(t.previous(first), '.') && isName(t, t.previous(t.previous(first)))) {
                first = t.previous(t.previous(first));
            }
        } else {
            throw SqlTokens.refused(t.sql, t.start(rlike), "RLIKE after something other than an operand");
        }
        int before = t.previous(first);
        if (before >= 0 && (t.kind(before) == SqlTokens.Kind.PUNCT && "|+-*/%&^:".indexOf(t.text(before)) >= 0
                || t.isWord(before, "NOT"))) {
            // "a || b RLIKE p" matches a || b in Spark; taking b alone would change the query.
            throw SqlTokens.refused(t.sql, t.start(rlike), "RLIKE after an operator: put its operand in parentheses");
        }
        return first;
    }

    /** A Java pattern as RE2: the leading flags translated, the rest as it is (RE2 refuses what it lacks). */
    static String re2(String javaPattern) {
        Matcher m = FLAGS.matcher(javaPattern);
        if (!m.find()) {
            return javaPattern;
        }
        String flags = m.group(1);
        String rest = javaPattern.substring(m.end());
        StringBuilder kept = new StringBuilder();
        for (char f : flags.toCharArray()) {
            if (f == 'i' || f == 'm' || f == 's') {
                kept.append(f);
            } else if (f != 'u') {
                throw new IllegalArgumentException("the regular expression flag '" + f + "' has no RE2 equivalent");
            }
        }
        if (flags.indexOf('i') >= 0 && flags.indexOf('u') < 0 && !rest.chars().allMatch(ch -> ch < 128)) {
            throw new IllegalArgumentException("(?i) without u folds only ASCII letters in Java, all in RE2: "
                    + javaPattern);
        }
        return (kept.isEmpty() ? "" : "(?" + kept + ")") + rest;
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isName(SqlTokens t, int i) {
        return i >= 0 && i < t.size() && t.kind(i) == SqlTokens.Kind.WORD
                && !KEYWORDS.contains(SqlTokens.lower(t.text(i)));
    }

    /**
     * Every call of the function {@code name} replaced by what {@code with} makes of its arguments, calls of it
     * inside its arguments first.
     */
    static String replaceCalls(String sql, String name, Function<List<String>, String> with) {
        SqlTokens t = new SqlTokens(sql);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isCall(i, name)) {
                continue;
            }
            int open = t.next(i);
            List<String> args = t.arguments(open).stream().map(a -> replaceCalls(a, name, with)).toList();
            out.append(sql, from, t.start(i)).append(with.apply(args));
            from = t.end(t.closing(open));
            i = t.closing(open);
        }
        return out.append(sql.substring(from)).toString();
    }

    private DuckDbMarts() {
    }
}
