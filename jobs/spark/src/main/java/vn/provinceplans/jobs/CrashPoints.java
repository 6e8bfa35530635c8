package vn.provinceplans.jobs;

/**
 * Named points of a run where the crash tests stop it: with {@code PPW_PAUSE_AT=<point>} in the environment the
 * run announces "paused at <point>" on standard error and waits there, so a test can kill the JVM (kill -9) at a
 * known moment. Points: {@code read}, {@code extract}, {@code write:<table>}, {@code publish}.
 */
public final class CrashPoints {

    private static final String VARIABLE = "PPW_PAUSE_AT";

    private CrashPoints() {
    }

    public static void reached(String point) {
        String wanted = System.getenv(VARIABLE);
        if (wanted == null || !wanted.equals(point)) {
            return;
        }
        System.err.println("paused at " + point);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
