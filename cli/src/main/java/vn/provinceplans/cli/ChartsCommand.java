package vn.provinceplans.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.provinceplans.dashboards.site.SiteBuilder;

@Command(name = "charts", description = "Draw the charts (SVG and PNG, each with the CSV of what it draws) and build "
        + "the static dashboard site from the published warehouse; the new site replaces the old one atomically.")
final class ChartsCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Warehouse folder. Default: data/warehouse/")
    String warehouse;

    @Option(names = "--out", paramLabel = "DIR", description = "The site: a link to the newest complete build in "
            + "DIR.builds/. Default: the warehouse's site/ (data/warehouse/site/); open DIR/index.html")
    String out;

    @Option(names = "--threads", paramLabel = "N", description = "Charts drawn at once. Default: the number of cores")
    Integer threads;

    @Override
    public Integer call() {
        Path wh = Paths.localOrDefault(warehouse, "data/warehouse/");
        Path site = out == null ? defaultSite(wh) : Paths.localOrDefault(out, null);
        try {
            SiteBuilder.Result r = build(wh, site, threads, line -> System.err.println("[charts] " + line));
            print(r);
            return 0;
        } catch (Exception | LinkageError e) {
            System.err.println("warehouse charts: failed: " + Errors.oneLine(e));
            return 1;
        }
    }

    /** Where the site goes unless --out says otherwise: beside the snapshots, in the warehouse folder. */
    static Path defaultSite(Path warehouse) {
        return warehouse.resolve("site");
    }

    static SiteBuilder.Result build(Path warehouse, Path site, Integer threads,
            java.util.function.Consumer<String> progress) throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (!SiteBuilder.fontInstalled()) {
            System.err.println("warehouse charts: the font DejaVu Sans is not installed, so PNG labels may lose "
                    + "Vietnamese letters (Debian: apt-get install fonts-dejavu-core)");
        }
        return new SiteBuilder(n, progress).build(warehouse, site);
    }

    static void print(SiteBuilder.Result r) {
        System.out.printf("site %s/index.html: %d pages, %d charts (SVG + PNG + CSV each), %d documents, from "
                + "snapshot %s%s%n", r.site(), r.pages(), r.charts(), r.documents(), r.snapshot(),
                r.synthetic() ? "; pages with synthetic data carry a banner" : "");
        System.out.printf("charts took %.1f s%n", r.millis() / 1000.0);
    }
}
