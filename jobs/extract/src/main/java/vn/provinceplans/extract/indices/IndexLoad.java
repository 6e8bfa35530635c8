package vn.provinceplans.extract.indices;

import java.util.List;

/**
 * Everything a run loads from the index files: one row per fact, the national benchmarks, every rejected record
 * and every province spelling the files used.
 */
public record IndexLoad(List<IndexScore> scores, List<IndexBenchmark> benchmarks, List<IndexRejection> rejections,
                        List<ObservedSpelling> spellings, Dimensions dimensions) {
}
