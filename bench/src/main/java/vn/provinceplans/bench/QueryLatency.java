package vn.provinceplans.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.provinceplans.dashboards.Catalog;
import vn.provinceplans.dashboards.ReadOnlyQueries;
import vn.provinceplans.dashboards.site.NamedQueries;

/**
 * DuckDB latency of every named dashboard query (dashboards/queries/*.sql) on a warehouse: a warm-up, then the
 * given number of timed runs; prints p50 and p95 per query as a Markdown table. A query with parameters runs with
 * the example values its file gives on a {@code -- params:} line.
 */
public final class QueryLatency {

    private QueryLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path warehouse = Path.of(args[0]);
        Path queries = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        System.out.println("| query | rows | p50 ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        try (Catalog catalog = Catalog.open(warehouse)) {
            ReadOnlyQueries q = new ReadOnlyQueries(catalog, Integer.MAX_VALUE, Duration.ofMinutes(5));
            for (Path f : files) {
                String sql = Files.readString(f);
                List<String> params = NamedQueries.exampleParams(sql);
                int rows = q.run(sql, params).rows().size();
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    q.run(sql, params);
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(ms);
                String name = f.getFileName() + (params.isEmpty() ? "" : " (" + String.join(", ", params) + ")");
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", name, rows,
                        ms.get(ms.size() / 2), ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1)));
            }
        }
    }
}
