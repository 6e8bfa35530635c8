package vn.provinceplans.extract.eval;

/** Counts for one field over the labelled documents. Both empty is correct: NULL was the right answer. */
public final class FieldScore {

    private int correct;
    private int wrong;
    private int missed;
    private int spurious;

    void add(String expected, String got) {
        if (expected.equals(got)) {
            correct++;
        } else if (got.isEmpty()) {
            missed++;
        } else if (expected.isEmpty()) {
            spurious++;
        } else {
            wrong++;
        }
    }

    public int correct() {
        return correct;
    }

    public int wrong() {
        return wrong;
    }

    public int missed() {
        return missed;
    }

    public int spurious() {
        return spurious;
    }

    public int total() {
        return correct + wrong + missed + spurious;
    }

    public double accuracy() {
        return total() == 0 ? 1.0 : (double) correct / total();
    }
}
