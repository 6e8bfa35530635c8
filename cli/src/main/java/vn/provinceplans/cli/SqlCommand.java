package vn.provinceplans.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.dashboards.QueryRefused;
import vn.provinceplans.dashboards.ReadOnlyQueries;
import vn.provinceplans.schema.Contract;
import vn.provinceplans.schema.TableSpec;

@Command(name = "sql", description = "Interactive read-only SQL over the warehouse: statements end with ';' and "
        + "may span lines; history is kept in ~/.ppw_sql_history. Piped input is read line by line. "
        + "Type .help for commands.")
final class SqlCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder. Default: data/warehouse/")
    String warehouse;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Print at most N rows per query. Default: ${DEFAULT-VALUE}")
    int maxRows;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel a query after this many seconds. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    /** Where statements come from: a line editor on a terminal, plain lines from a pipe. */
    private interface Lines extends AutoCloseable {
        /** The next line, or null at the end of input. */
        String read(boolean continuation) throws IOException;

        @Override
        void close() throws IOException;
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try (Catalog catalog = Catalog.open(Paths.localOrDefault(warehouse, "data/warehouse/"));
             Lines lines = System.console() != null ? terminalLines() : pipedLines()) {
            ReadOnlyQueries queries = new ReadOnlyQueries(catalog, maxRows, Duration.ofSeconds(timeoutSeconds));
            if (System.console() != null) {
                out.println("Province Plans Warehouse, snapshot " + catalog.snapshot().getFileName()
                        + ". End statements with ';'. .tables lists tables, .format csv|table|json, .quit leaves.");
            }
            OutputFormat format = OutputFormat.TABLE;
            StringBuilder statement = new StringBuilder();
            String line;
            while ((line = lines.read(!statement.isEmpty())) != null) {
                String trimmed = line.strip();
                if (statement.isEmpty() && trimmed.startsWith(".")) {
                    if (trimmed.equals(".quit") || trimmed.equals(".exit")) {
                        break;
                    } else if (trimmed.equals(".tables")) {
                        for (TableSpec t : Contract.get().tables()) {
                            out.println(t.name() + "  — " + t.grain());
                        }
                    } else if (trimmed.startsWith(".format ")) {
                        try {
                            format = OutputFormat.valueOf(trimmed.substring(8).strip().toUpperCase());
                        } catch (IllegalArgumentException e) {
                            out.println("formats: table, csv, json");
                        }
                    } else {
                        out.println(".tables  .format table|csv|json  .quit");
                    }
                    continue;
                }
                statement.append(line).append('\n');
                if (!trimmed.endsWith(";")) {
                    continue;
                }
                String sql = statement.toString();
                statement.setLength(0);
                try {
                    ResultPrinter.print(queries.run(sql), format, out);
                } catch (QueryRefused e) {
                    out.println("refused: " + e.getMessage());
                } catch (Exception e) {
                    out.println("error: " + Errors.oneLine(e));
                }
            }
            return 0;
        } catch (Exception e) {
            System.err.println("warehouse sql: failed: " + Errors.oneLine(e));
            return 1;
        }
    }

    private static Lines terminalLines() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        StringsCompleter completer = new StringsCompleter(Contract.get().tables().stream()
                .flatMap(t -> Stream.concat(Stream.of(t.name()), t.columnNames().stream())).distinct().toList());
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).completer(completer)
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".ppw_sql_history"))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        return new Lines() {
            @Override
            public String read(boolean continuation) {
                while (true) {
                    try {
                        return reader.readLine(continuation ? "   ...> " : "warehouse> ");
                    } catch (UserInterruptException e) {
                        // Ctrl-C abandons the line being typed, not the session.
                    } catch (EndOfFileException e) {
                        return null;
                    }
                }
            }

            @Override
            public void close() throws IOException {
                terminal.close();
            }
        };
    }

    private static Lines pipedLines() {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new Lines() {
            @Override
            public String read(boolean continuation) throws IOException {
                return reader.readLine();
            }

            @Override
            public void close() {
                // Standard input belongs to the caller.
            }
        };
    }
}
