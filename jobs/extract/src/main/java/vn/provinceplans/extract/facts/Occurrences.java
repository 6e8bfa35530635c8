package vn.provinceplans.extract.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.patterns.AnchoredScan;

/**
 * Where a pattern matches in a text, found in one pass and then queried by window: a per-fact window query costs a
 * binary search instead of a regex scan, so a document with thousands of facts stays linear.
 */
final class Occurrences {

    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private String[] labels = new String[8];
    private int size;

    /** Every match of {@code pattern}, labelled {@code label}; {@code group} (may be null) gives the span. */
    static Occurrences of(Pattern pattern, String text, String label, String group) {
        Occurrences o = new Occurrences();
        o.add(pattern, text, label, group);
        o.sort();
        return o;
    }

    void add(Pattern pattern, String text, String label, String group) {
        add(pattern, text, label, group, 0, text.length());
    }

    /** Matches inside [from, to) only; look-arounds still see the text around it. */
    void add(Pattern pattern, String text, String label, String group, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            add(group == null ? m.start() : m.start(group), group == null ? m.end() : m.end(group), label);
        }
    }

    /** Matches inside any of the windows (sorted, not overlapping); look-arounds still see the text around them. */
    void add(AnchoredScan scan, String text, String label, String group, List<int[]> windows) {
        scan.forEach(text, windows, m -> {
            add(group == null ? m.start() : m.start(group), group == null ? m.end() : m.end(group), label);
            return true;
        });
    }

    void add(int start, int end, String label) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            labels = Arrays.copyOf(labels, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        labels[size] = label;
        size++;
    }

    /** Orders the occurrences by start (stable for equal starts). */
    void sort() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> starts[a] != starts[b] ? Integer.compare(starts[a], starts[b])
                : Integer.compare(a, b));
        int[] s = new int[Math.max(8, size)];
        int[] e = new int[Math.max(8, size)];
        String[] l = new String[Math.max(8, size)];
        for (int i = 0; i < size; i++) {
            s[i] = starts[order[i]];
            e[i] = ends[order[i]];
            l[i] = labels[order[i]];
        }
        starts = s;
        ends = e;
        labels = l;
    }

    /** One occurrence: [start, end) and its label. */
    record Span(int start, int end, String label) {
    }

    /** The occurrences that lie entirely inside [from, to), in order. */
    List<Span> within(int from, int to) {
        List<Span> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        int i = Arrays.binarySearch(starts, 0, size, from);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && starts[i - 1] == from) {
                i--;
            }
        }
        for (; i < size && starts[i] < to; i++) {
            if (ends[i] <= to) {
                out.add(new Span(starts[i], ends[i], labels[i]));
            }
        }
        return out;
    }

    boolean any(int from, int to) {
        return !within(from, to).isEmpty();
    }

    /** The largest end at or before {@code pos}, or -1 (meaningful when matches do not overlap). */
    int lastEndAtOrBefore(int pos) {
        int best = -1;
        int i = Arrays.binarySearch(starts, 0, size, pos);
        int idx = i >= 0 ? i : -i - 2;
        for (int k = idx; k >= 0 && k >= idx - 2; k--) {
            if (ends[k] <= pos) {
                best = Math.max(best, ends[k]);
            }
        }
        return best;
    }

    /** The smallest start at or after {@code pos}, or Integer.MAX_VALUE. */
    int firstStartAtOrAfter(int pos) {
        int i = Arrays.binarySearch(starts, 0, size, pos);
        int idx = i >= 0 ? i : -i - 1;
        return idx < size ? starts[idx] : Integer.MAX_VALUE;
    }
}
