package vn.provinceplans.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

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
        + "may span lines; history is kept in ~/.ppw_sql_history. Type .help for commands.")
final class SqlCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder. Default: data/warehouse/")
    String warehouse;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Print at most N rows per query. Default: ${DEFAULT-VALUE}")
    int maxRows;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel a query after this many seconds. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Override
    public Integer call() {
        try (Catalog catalog = Catalog.open(Paths.localOrDefault(warehouse, "data/warehouse/"));
             Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            ReadOnlyQueries queries = new ReadOnlyQueries(catalog, maxRows, Duration.ofSeconds(timeoutSeconds));
            StringsCompleter completer = new StringsCompleter(Contract.get().tables().stream()
                    .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.name()),
                            t.columnNames().stream())).distinct().toList());
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).completer(completer)
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".ppw_sql_history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ...> ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            terminal.writer().println("Province Plans Warehouse, snapshot " + catalog.snapshot().getFileName()
                    + ". End statements with ';'. .tables lists tables, .format csv|table|json, .quit leaves.");
            OutputFormat format = OutputFormat.TABLE;
            StringBuilder statement = new StringBuilder();
            while (true) {
                String line;
                try {
                    line = reader.readLine(statement.isEmpty() ? "warehouse> " : "   ...> ");
                } catch (UserInterruptException e) {
                    statement.setLength(0);
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                String trimmed = line.strip();
                if (statement.isEmpty() && trimmed.startsWith(".")) {
                    if (trimmed.equals(".quit") || trimmed.equals(".exit")) {
                        return 0;
                    } else if (trimmed.equals(".tables")) {
                        for (TableSpec t : Contract.get().tables()) {
                            terminal.writer().println(t.name() + "  — " + t.grain());
                        }
                    } else if (trimmed.startsWith(".format ")) {
                        try {
                            format = OutputFormat.valueOf(trimmed.substring(8).strip().toUpperCase());
                        } catch (IllegalArgumentException e) {
                            terminal.writer().println("formats: table, csv, json");
                        }
                    } else {
                        terminal.writer().println(".tables  .format table|csv|json  .quit");
                    }
                    terminal.flush();
                    continue;
                }
                statement.append(line).append('\n');
                if (!trimmed.endsWith(";")) {
                    continue;
                }
                String sql = statement.toString();
                statement.setLength(0);
                try {
                    java.io.PrintStream out = new java.io.PrintStream(terminal.output(), true,
                            java.nio.charset.StandardCharsets.UTF_8);
                    ResultPrinter.print(queries.run(sql), format, out);
                } catch (QueryRefused e) {
                    terminal.writer().println("refused: " + e.getMessage());
                } catch (Exception e) {
                    terminal.writer().println("error: " + Errors.oneLine(e));
                }
                terminal.flush();
            }
        } catch (Exception e) {
            System.err.println("warehouse sql: failed: " + Errors.oneLine(e));
            return 1;
        }
    }
}
