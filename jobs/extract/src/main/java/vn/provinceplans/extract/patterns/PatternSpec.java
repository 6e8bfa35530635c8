package vn.provinceplans.extract.patterns;

import java.util.List;

/**
 * One named pattern as written in {@code patterns.csv}: where it runs ({@code text} = the NFC text, {@code folded}
 * = the accent-folded lower-case text), the regex with {@code {piece}} references, and examples that must match
 * (with the expected {@code v} group after {@code ==>}) and counter-examples that must not.
 */
public record PatternSpec(String name, Target on, String regex, List<Example> examples, List<String> counterExamples,
                          String description) {

    public enum Target { TEXT, FOLDED, PIECE }

    /** An input the pattern must find, and the value its {@code v} group must capture (null: not checked). */
    public record Example(String input, String expectedValue) {
    }
}
