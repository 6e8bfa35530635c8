package vn.provinceplans.cli;

/** Turns an exception chain into the one line a person reads first. */
final class Errors {

    private static final int MAX = 400;

    private Errors() {
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root.getMessage().contains(root.getCause().toString()))) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.strip();
        int nl = message.indexOf('\n');
        if (nl > 0) {
            message = message.substring(0, nl).strip();
        }
        return message.length() > MAX ? message.substring(0, MAX) + "…" : message;
    }
}
