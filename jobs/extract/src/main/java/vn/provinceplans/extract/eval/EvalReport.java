package vn.provinceplans.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of an {@link Evaluation}: per field correct / wrong / missed / spurious and accuracy; for citations
 * precision, recall and F1 (all, and in the document body only) and the accuracy of their attributes on the
 * citations both sides found. Every mismatch is kept so {@code --details} can list it.
 */
public final class EvalReport {

    private final List<String> fields;
    private final List<String> ignoredColumns;
    private final Map<String, FieldScore> scores = new LinkedHashMap<>();
    private final Map<String, FieldScore> citationAttributes = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private int documents;
    private boolean citationsScored;
    private int tp;
    private int fp;
    private int fn;
    private int bodyTp;
    private int bodyFp;
    private int bodyFn;

    EvalReport(List<String> fields, List<String> ignoredColumns) {
        this.fields = List.copyOf(fields);
        this.ignoredColumns = List.copyOf(ignoredColumns);
        for (String f : fields) {
            scores.put(f, new FieldScore());
        }
        for (String a : Evaluation.CITATION_ATTRIBUTES) {
            citationAttributes.put(a, new FieldScore());
        }
    }

    void problem(String file, String problem) {
        problems.put(file, problem);
    }

    void document(String file) {
        documents++;
    }

    void field(String file, String field, String expected, String got) {
        scores.get(field).add(expected, got);
        if (!expected.equals(got)) {
            mismatches.add(file + "  " + field + ": expected «" + expected + "» got «" + got + "»");
        }
    }

    void citationFound(String file, String number, boolean wantBody, boolean gotBody) {
        citationsScored = true;
        tp++;
        if (wantBody && gotBody) {
            bodyTp++;
        } else if (wantBody) {
            bodyFn++;
        } else if (gotBody) {
            bodyFp++;
        }
    }

    void citationMissed(String file, String number, boolean wantBody) {
        citationsScored = true;
        fn++;
        if (wantBody) {
            bodyFn++;
        }
        mismatches.add(file + "  citation missed: " + number + (wantBody ? "" : " (chrome)"));
    }

    void citationSpurious(String file, String number, boolean gotBody) {
        citationsScored = true;
        fp++;
        if (gotBody) {
            bodyFp++;
        }
        mismatches.add(file + "  citation spurious: " + number + (gotBody ? "" : " (chrome)"));
    }

    void citationAttribute(String file, String number, String attribute, String expected, String got) {
        citationAttributes.get(attribute).add(expected, got);
        if (!expected.equals(got)) {
            mismatches.add(file + "  citation " + number + " " + attribute + ": expected «" + expected + "» got «"
                    + got + "»");
        }
    }

    public int documents() {
        return documents;
    }

    public Map<String, FieldScore> fieldScores() {
        return scores;
    }

    public Map<String, FieldScore> citationAttributeScores() {
        return citationAttributes;
    }

    public boolean citationsScored() {
        return citationsScored;
    }

    public PrecisionRecall citations() {
        return new PrecisionRecall(tp, fp, fn);
    }

    public PrecisionRecall bodyCitations() {
        return new PrecisionRecall(bodyTp, bodyFp, bodyFn);
    }

    public List<String> mismatches() {
        return mismatches;
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** Every accuracy and F1 this report prints, by name: what a threshold is checked against. */
    public Map<String, Double> measures() {
        Map<String, Double> out = new LinkedHashMap<>();
        scores.forEach((f, s) -> out.put(f, s.accuracy()));
        if (citationsScored) {
            out.put("citations F1", citations().f1());
            out.put("citations in body F1", bodyCitations().f1());
            citationAttributes.forEach((a, s) -> {
                if (s.total() > 0) {
                    out.put("citation " + a, s.accuracy());
                }
            });
        }
        return out;
    }

    /** The measures below {@code minimum}; empty when the run passes. */
    public Map<String, Double> below(double minimum) {
        Map<String, Double> out = new LinkedHashMap<>();
        measures().forEach((k, v) -> {
            if (v < minimum - 1e-9) {
                out.put(k, v);
            }
        });
        return out;
    }

    public String format(boolean details) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "documents: %d labelled, %d could not be evaluated%n", documents,
                problems.size()));
        problems.forEach((f, p) -> out.append("  ").append(f).append(": ").append(p).append('\n'));
        if (!ignoredColumns.isEmpty()) {
            out.append("columns not scored (unknown): ").append(String.join(", ", ignoredColumns)).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%n%-28s %8s %6s %7s %9s %9s%n", "field", "correct", "wrong", "missed",
                "spurious", "accuracy"));
        int correct = 0;
        int total = 0;
        for (Map.Entry<String, FieldScore> e : scores.entrySet()) {
            FieldScore s = e.getValue();
            correct += s.correct();
            total += s.total();
            out.append(String.format(Locale.ROOT, "%-28s %8d %6d %7d %9d %8.1f%%%n", e.getKey(), s.correct(), s.wrong(),
                    s.missed(), s.spurious(), 100 * s.accuracy()));
        }
        out.append(String.format(Locale.ROOT, "%-28s %8d %6s %7s %9s %8.1f%%%n", "all fields", correct, "", "", "",
                total == 0 ? 100.0 : 100.0 * correct / total));
        if (citationsScored) {
            out.append(String.format(Locale.ROOT, "%n%-28s %8s %6s %7s %9s %9s %9s%n", "citations", "found", "extra",
                    "missed", "precision", "recall", "F1"));
            for (Map.Entry<String, PrecisionRecall> e : Map.of("all", citations(), "in body", bodyCitations())
                    .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                PrecisionRecall p = e.getValue();
                out.append(String.format(Locale.ROOT, "%-28s %8d %6d %7d %8.1f%% %8.1f%% %8.1f%%%n", e.getKey(),
                        p.truePositives(), p.falsePositives(), p.falseNegatives(), 100 * p.precision(),
                        100 * p.recall(), 100 * p.f1()));
            }
            out.append(String.format(Locale.ROOT, "%n%-28s %8s %6s %7s %9s %9s%n", "citation attribute (matched)",
                    "correct", "wrong", "missed", "spurious", "accuracy"));
            for (Map.Entry<String, FieldScore> e : citationAttributes.entrySet()) {
                FieldScore s = e.getValue();
                if (s.total() == 0) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%-28s %8d %6d %7d %9d %8.1f%%%n", e.getKey(), s.correct(),
                        s.wrong(), s.missed(), s.spurious(), 100 * s.accuracy()));
            }
        }
        if (details && !mismatches.isEmpty()) {
            out.append("\nmismatches:\n");
            mismatches.forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }
}
