package vn.provinceplans.jobs.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spark SQL text cut into tokens, enough to find a function call and its arguments, or the operand before a
 * keyword, without being misled by parentheses, commas or names inside string literals and comments.
 *
 * <p>Text that means one thing to Spark and another to DuckDB is refused rather than passed on: a double-quoted or
 * backquoted text (a string in Spark, a name in DuckDB), a backslash in a string literal (an escape in Spark, a
 * character in DuckDB) and two adjacent literals ({@code 'a''b'}: concatenated in Spark, one literal with a quote in
 * DuckDB).
 */
final class SqlTokens {

    enum Kind { WORD, STRING, PUNCT, SPACE, COMMENT, HINT }

    record Token(Kind kind, int start, int end) {
    }

    final String sql;
    final List<Token> tokens;

    SqlTokens(String sql) {
        this.sql = sql;
        this.tokens = tokenize(sql);
    }

    private static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(sql.charAt(i))) {
                    i++;
                }
                kind = Kind.SPACE;
            } else if (sql.startsWith("--", i)) {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                kind = Kind.COMMENT;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                if (close < 0) {
                    throw refused(sql, i, "a comment that is not closed");
                }
                kind = sql.startsWith("/*+", i) ? Kind.HINT : Kind.COMMENT;
                i = close + 2;
            } else if (c == '\'') {
                int close = sql.indexOf('\'', i + 1);
                if (close < 0) {
                    throw refused(sql, i, "a string literal that is not closed");
                }
                if (sql.substring(i, close).indexOf('\\') >= 0) {
                    throw refused(sql, i, "a backslash in a string literal (an escape in Spark, not in DuckDB)");
                }
                if (close + 1 < n && sql.charAt(close + 1) == '\'') {
                    throw refused(sql, i, "adjacent string literals (concatenated in Spark, a quote in DuckDB)");
                }
                i = close + 1;
                kind = Kind.STRING;
            } else if (c == '"' || c == '`') {
                throw refused(sql, i, "a " + (c == '"' ? "double-quoted" : "backquoted")
                        + " text (a string or name in Spark, a name in DuckDB)");
            } else if (isWordChar(c)) {
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                kind = Kind.WORD;
            } else {
                i++;
                kind = Kind.PUNCT;
            }
            out.add(new Token(kind, start, i));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    static IllegalArgumentException refused(String sql, int at, String what) {
        int line = 1;
        for (int i = 0; i < at && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException("cannot translate " + what + " at line " + line + " of the SQL");
    }

    int size() {
        return tokens.size();
    }

    String text(int i) {
        Token t = tokens.get(i);
        return sql.substring(t.start(), t.end());
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    Kind kind(int i) {
        return tokens.get(i).kind();
    }

    boolean isWord(int i, String word) {
        return i >= 0 && i < size() && kind(i) == Kind.WORD && text(i).equalsIgnoreCase(word);
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size() && kind(i) == Kind.PUNCT && sql.charAt(start(i)) == c;
    }

    /** The next token after {@code i} that is neither space nor comment; {@link #size()} when there is none. */
    int next(int i) {
        int j = i + 1;
        while (j < size() && isBlank(j)) {
            j++;
        }
        return j;
    }

    /** The token before {@code i} that is neither space nor comment; -1 when there is none. */
    int previous(int i) {
        int j = i - 1;
        while (j >= 0 && isBlank(j)) {
            j--;
        }
        return j;
    }

    private boolean isBlank(int i) {
        Kind k = kind(i);
        return k == Kind.SPACE || k == Kind.COMMENT || k == Kind.HINT;
    }

    /** The ')' that closes the '(' at {@code open}. */
    int closing(int open) {
        int depth = 0;
        for (int j = open; j < size(); j++) {
            if (isPunct(j, '(')) {
                depth++;
            } else if (isPunct(j, ')') && --depth == 0) {
                return j;
            }
        }
        throw refused(sql, start(open), "a '(' that is not closed");
    }

    /** The '(' that the ')' at {@code close} closes. */
    int opening(int close) {
        int depth = 0;
        for (int j = close; j >= 0; j--) {
            if (isPunct(j, ')')) {
                depth++;
            } else if (isPunct(j, '(') && --depth == 0) {
                return j;
            }
        }
        throw refused(sql, start(close), "a ')' that closes nothing");
    }

    /** A call of {@code name} starts at token {@code i}: the name, not qualified by a '.', then '('. */
    boolean isCall(int i, String name) {
        return isWord(i, name) && !isPunct(previous(i), '.') && isPunct(next(i), '(');
    }

    /** The arguments of the call whose '(' is at {@code open}, each trimmed; none for {@code f()}. */
    List<String> arguments(int open) {
        int close = closing(open);
        List<String> args = new ArrayList<>();
        int depth = 0;
        int from = end(open);
        for (int j = open + 1; j < close; j++) {
            if (isPunct(j, '(')) {
                depth++;
            } else if (isPunct(j, ')')) {
                depth--;
            } else if (depth == 0 && isPunct(j, ',')) {
                args.add(sql.substring(from, start(j)).strip());
                from = end(j);
            }
        }
        String last = sql.substring(from, start(close)).strip();
        if (!last.isEmpty() || !args.isEmpty()) {
            args.add(last);
        }
        return args;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
