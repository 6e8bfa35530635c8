package vn.provinceplans.cli;

import java.time.Duration;
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

    @Parameters(paramLabel = "SQL", arity = "1..*", description = "The query (quote it).")
    List<String> sql;

    @Override
    public Integer call() {
        try (Catalog catalog = Catalog.open(Paths.localOrDefault(warehouse, "data/warehouse/"))) {
            QueryResult r = new ReadOnlyQueries(catalog, maxRows, Duration.ofSeconds(timeoutSeconds))
                    .run(String.join(" ", sql));
            ResultPrinter.print(r, format, System.out);
            if (r.truncated() && format != OutputFormat.TABLE) {
                System.err.println("warehouse query: output cut at " + maxRows + " rows (raise --max-rows)");
            }
            return 0;
        } catch (QueryRefused e) {
            System.err.println("warehouse query: refused: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("warehouse query: failed: " + Errors.oneLine(e));
            return 1;
        }
    }
}
