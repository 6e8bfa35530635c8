package vn.provinceplans.cli;

import java.io.PrintStream;

import vn.provinceplans.jobs.Progress;

/** Prints a run's stages and counts to standard error, one line per change. */
final class ConsoleProgress implements Progress {

    private final PrintStream out;
    private final long started = System.nanoTime();

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void stage(String name, String detail) {
        out.printf("[%6.1fs] %-8s %s%n", seconds(), name, detail);
    }

    @Override
    public void advance(String stage, long done, long total, String unit) {
        out.printf("[%6.1fs] %-8s %d/%d %s%n", seconds(), stage, done, total, unit);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
