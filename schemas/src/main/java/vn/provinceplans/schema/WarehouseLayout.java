package vn.provinceplans.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a warehouse sits on disk. Each run writes a complete snapshot beside the others and then replaces the
 * one-line {@code CURRENT} file in a single rename, so a reader sees the old snapshot or the new one, never a mix:
 *
 * <pre>
 * warehouse/CURRENT                       id of the published snapshot
 * warehouse/snapshots/&lt;id&gt;/&lt;table&gt;/…      Parquet; partitioned tables as &lt;column&gt;=&lt;value&gt;/part-*.parquet
 * warehouse/snapshots/&lt;id&gt;/_SUCCESS        written last: the snapshot is complete
 * warehouse/.run.lock                     held by the run that is writing
 * </pre>
 */
public final class WarehouseLayout {

    public static final String CURRENT = "CURRENT";
    public static final String SNAPSHOTS = "snapshots";
    public static final String SUCCESS = "_SUCCESS";
    public static final String MANIFEST = "manifest.properties";
    public static final String LOCK = ".run.lock";

    private WarehouseLayout() {
    }

    /** Relative path of a table inside a snapshot. */
    public static String tableDir(String snapshotId, String table) {
        return SNAPSHOTS + "/" + snapshotId + "/" + table;
    }

    /**
     * The glob a reader uses for a table's Parquet files: only partition folders ({@code column=value/}) for
     * partitioned tables, so no other folder (such as Spark's {@code _temporary/}) can ever match.
     */
    public static String parquetGlob(TableSpec table) {
        return table.partitioned() ? table.partitionBy() + "=*/*.parquet" : "*.parquet";
    }

    /** The published snapshot's folder of a local warehouse, if there is one. */
    public static Optional<Path> currentSnapshot(Path warehouse) throws IOException {
        String id;
        try {
            id = Files.readString(warehouse.resolve(CURRENT), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (id.isEmpty() || id.contains("/") || id.contains("..")) {
            throw new IOException("the CURRENT file of " + warehouse + " does not name a snapshot: '" + id + "'");
        }
        Path snapshot = warehouse.resolve(SNAPSHOTS).resolve(id);
        if (!Files.exists(snapshot.resolve(SUCCESS))) {
            throw new IOException("the published snapshot " + snapshot + " is incomplete (no " + SUCCESS + ")");
        }
        return Optional.of(snapshot);
    }
}
