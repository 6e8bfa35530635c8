package vn.provinceplans.extract.indices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.provinceplans.extract.reference.Gazetteer;

/**
 * Turns the values of every file into one row per fact. Precedence: the file with the lower precedence number
 * wins (data/indices/shipped_files.csv: PAPI raw files 1, PCI ranking 2, PCI sub-index tables 3, PCI checkpoints 4,
 * PAPI/PAR/SIPAS checkpoints 5, then users' files in the order read); within a file the first record wins. A value
 * printed as N/A never hides a number another file gives. The other sources of a fact are kept on the row, as
 * confirming it or as a conflict, so nothing is counted twice and nothing is lost.
 */
final class IndexMerge {

    static final String RAW_PAPI = "papi_subdimensions";

    private IndexMerge() {
    }

    static List<IndexScore> merge(List<IndexValue> values, Gazetteer gazetteer) {
        Map<String, List<IndexValue>> byFact = new LinkedHashMap<>();
        for (IndexValue v : values) {
            byFact.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        Comparator<IndexValue> precedence = Comparator.comparingInt((IndexValue v) -> v.origin().precedence())
                .thenComparingInt(v -> v.origin().order()).thenComparingInt(v -> v.origin().line());
        List<List<IndexValue>> facts = new ArrayList<>();
        for (List<IndexValue> candidates : byFact.values()) {
            candidates.sort(precedence);
            IndexValue winner = candidates.stream().filter(v -> v.score() != null).findFirst()
                    .orElse(candidates.get(0));
            List<IndexValue> ordered = new ArrayList<>();
            ordered.add(winner);
            candidates.stream().filter(v -> v != winner).forEach(ordered::add);
            facts.add(ordered);
        }

        // Ranks: computed where the values come from the complete PAPI files, else as published.
        Map<String, List<IndexValue>> groups = new HashMap<>();
        for (List<IndexValue> f : facts) {
            IndexValue w = f.get(0);
            groups.computeIfAbsent(group(w), k -> new ArrayList<>()).add(w);
        }
        Map<IndexValue, Integer> computed = new HashMap<>();
        Map<String, Integer> ranked = new HashMap<>();
        for (Map.Entry<String, List<IndexValue>> g : groups.entrySet()) {
            if (g.getValue().stream().noneMatch(v -> v.origin().format().equals(RAW_PAPI))) {
                continue;
            }
            List<IndexValue> scored = g.getValue().stream().filter(v -> v.score() != null).toList();
            ranked.put(g.getKey(), scored.size());
            for (IndexValue v : scored) {
                int rank = 1 + (int) scored.stream().filter(o -> o.score() > v.score()).count();
                computed.put(v, rank);
            }
        }

        List<IndexScore> out = new ArrayList<>(facts.size());
        for (List<IndexValue> f : facts) {
            IndexValue w = f.get(0);
            boolean isComputed = ranked.containsKey(group(w));
            Integer rank = isComputed ? computed.get(w) : w.rank();
            String rankSource = rank == null ? null : isComputed ? "computed" : "published";
            List<String> confirmed = new ArrayList<>();
            List<String> conflicts = new ArrayList<>();
            for (IndexValue other : f.subList(1, f.size())) {
                compare(w, rank, other, confirmed, conflicts);
            }
            String series = w.index().series(w.year(), w.dimension().code());
            out.add(new IndexScore(w.index(), w.year(), w.unit(), gazetteer.successor(w.unit()), w.dimension(),
                    series, w.index().scale(series, w.dimension()), w.score(), rank, rankSource,
                    isComputed ? ranked.get(group(w)) : null, w.tier(), w.derived(), w.synthetic(), w.note(),
                    w.origin(), List.copyOf(confirmed), List.copyOf(conflicts)));
        }
        return out;
    }

    private static void compare(IndexValue winner, Integer rank, IndexValue other, List<String> confirmed,
                                List<String> conflicts) {
        String where = other.origin().reference();
        StringBuilder what = new StringBuilder();
        boolean agrees = true;
        if (other.printed() != null) {
            what.append(other.printed());
            if (winner.score() != null) {
                PrintedValue cmp = PrintedValue.compare(other.printed(), winner.score());
                agrees = cmp.agrees();
                if (cmp == PrintedValue.TRUNCATED) {
                    what.append(" truncated");
                }
            }
        } else if (other.score() == null && other.rank() == null) {
            what.append(other.note() != null ? other.note() : "no value");
            agrees = winner.score() == null;
        }
        if (other.rank() != null) {
            what.append(what.isEmpty() ? "" : ", ").append("rank ").append(other.rank());
            agrees &= Objects.equals(other.rank(), rank);
        }
        String entry = where + " (" + what + ")";
        (agrees ? confirmed : conflicts).add(entry);
    }

    private static String group(IndexValue v) {
        return v.index() + "|" + v.year() + "|" + v.dimension().code();
    }
}
