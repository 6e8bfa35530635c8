package vn.provinceplans.extract.eval;

/** True positives, false positives and false negatives of a set of extracted items against the labelled ones. */
public record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / found;
    }

    public double recall() {
        int labelled = truePositives + falseNegatives;
        return labelled == 0 ? (falsePositives == 0 ? 1.0 : 0.0) : (double) truePositives / labelled;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
