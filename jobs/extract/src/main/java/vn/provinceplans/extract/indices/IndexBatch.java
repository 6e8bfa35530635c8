package vn.provinceplans.extract.indices;

import java.util.ArrayList;
import java.util.List;

/** What reading index files produced: values, national benchmarks, rejected records and the spellings seen. */
public final class IndexBatch {

    final List<IndexValue> values = new ArrayList<>();
    final List<IndexBenchmark> benchmarks = new ArrayList<>();
    final List<IndexRejection> rejections = new ArrayList<>();
    final List<ObservedSpelling> spellings = new ArrayList<>();

    public List<IndexValue> values() {
        return values;
    }

    public List<IndexBenchmark> benchmarks() {
        return benchmarks;
    }

    public List<IndexRejection> rejections() {
        return rejections;
    }

    public List<ObservedSpelling> spellings() {
        return spellings;
    }

    void reject(Origin at, String reason, String record) {
        rejections.add(new IndexRejection(at.file(), at.line(), at.kind(), reason, record));
    }
}
