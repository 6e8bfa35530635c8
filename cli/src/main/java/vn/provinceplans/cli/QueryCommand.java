package vn.provinceplans.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.dashboards.QueryRefused;
import vn.provinceplans.dashboards.QueryResult;
import vn.provinceplans.dashboards.ReadOnlyQueries;

@Command(name = "query", description = "Run one read-only SQL query over the published warehouse and print the "
        + "result.")
final class QueryCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder. Default: data/warehouse/")
    String warehouse;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (header row; NULL as an empty field) or json. Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Print at most N rows. Default: ${DEFAULT-VALUE}")
    int maxRows;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel the query after this many seconds. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Option(names = "--file", paramLabel = "PATH", description = "Read the query from this file (UTF-8), for "
            + "example one of the dashboards' named queries: dashboards/queries/index_trend.sql")
    Path file;

    @Option(names = "--param", paramLabel = "VALUE", description = "A value for the query's next parameter ($1, $2 … "
            + "in order; repeat the option), bound as text and never pasted into the SQL: --file "
            + "dashboards/queries/unit_documents.sql --param 51 --param former")
    List<String> params = new ArrayList<>();

    @Parameters(paramLabel = "SQL", arity = "0..*", description = "The query (quote it); or --file.")
    List<String> sql = new ArrayList<>();

    @Override
    public Integer call() {
        if (file == null == sql.isEmpty()) {
            System.err.println("warehouse query: give the query either as SQL text or with --file PATH, not "
                    + (file == null ? "neither" : "both"));
            return 2;
        }
        String statement = String.join(" ", sql);
        if (file != null) {
            try {
                statement = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                System.err.println("warehouse query: cannot read --file " + file + ": " + (e instanceof
                        java.nio.file.NoSuchFileException ? "no such file" : Errors.oneLine(e)));
                return 2;
            }
        }
        try (Catalog catalog = Catalog.open(Paths.localOrDefault(warehouse, "data/warehouse/"))) {
            QueryResult r = new ReadOnlyQueries(catalog, maxRows, Duration.ofSeconds(timeoutSeconds))
                    .run(statement, params);
            ResultPrinter.print(r, format, System.out);
            if (r.truncated() && format != OutputFormat.TABLE) {
                System.err.println("warehouse query: output cut at " + maxRows + " rows (raise --max-rows)");
            }
            return 0;
        } catch (QueryRefused e) {
            System.err.println("warehouse query: refused: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            String message = Errors.oneLine(e);
            System.err.println("warehouse query: failed: " + message + (message.contains("Values were not provided")
                    ? " (give each with --param VALUE, in order)" : ""));
            return 1;
        }
    }
}
