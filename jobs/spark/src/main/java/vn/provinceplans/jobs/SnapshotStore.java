package vn.provinceplans.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;

import vn.provinceplans.schema.WarehouseLayout;

/**
 * Writes snapshots and publishes them atomically (see {@link WarehouseLayout}). Holds the warehouse's run lock
 * from {@link #open} to {@link #close}, so a second run on the same warehouse refuses instead of interleaving.
 */
public final class SnapshotStore implements AutoCloseable {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final URI warehouse;
    private final Configuration conf;
    private final FileSystem fs;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private SnapshotStore(URI warehouse, Configuration conf, FileSystem fs, FileChannel lockChannel, FileLock lock) {
        this.warehouse = warehouse;
        this.conf = conf;
        this.fs = fs;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the warehouse to look at its snapshots without taking the run lock. */
    public static SnapshotStore openReadOnly(URI warehouse, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouse);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(new org.apache.hadoop.fs.Path(root, WarehouseLayout.SNAPSHOTS))) {
            throw new IOException("no warehouse at " + warehouse + ": run ./warehouse run first");
        }
        return new SnapshotStore(warehouse, conf, fs, null, null);
    }

    /** Opens the warehouse for writing; fails with a clear message when another run holds it. */
    public static SnapshotStore open(URI warehouse, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(warehouse);
        FileSystem fs = root.getFileSystem(conf);
        fs.mkdirs(new org.apache.hadoop.fs.Path(root, WarehouseLayout.SNAPSHOTS));
        if (!"file".equals(warehouse.getScheme())) {
            return new SnapshotStore(warehouse, conf, fs, null, null);
        }
        Path lockFile = Path.of(warehouse).resolve(WarehouseLayout.LOCK);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("another run is writing to " + Path.of(warehouse)
                    + " (it holds " + WarehouseLayout.LOCK + "); wait for it to finish");
        }
        channel.truncate(0);
        channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + " since "
                + Instant.now() + "\n"));
        return new SnapshotStore(warehouse, conf, fs, channel, lock);
    }

    public String newSnapshotId() {
        return ID.format(Instant.now());
    }

    public String tableUri(String snapshotId, String table) {
        return resolve(WarehouseLayout.tableDir(snapshotId, table));
    }

    /**
     * Gives snapshot {@code to} the table {@code table} of snapshot {@code from} as hard links to its files: the same
     * bytes, no copy, and each snapshot still whole on its own (deleting one deletes only its links). False, with
     * nothing left behind, on a file system without hard links (only a local warehouse has them here).
     */
    public boolean linkTable(String from, String to, String table) throws IOException {
        if (!"file".equals(warehouse.getScheme())) {
            return false;
        }
        Path source = Path.of(URI.create(tableUri(from, table)));
        Path target = Path.of(URI.create(tableUri(to, table)));
        if (!Files.isDirectory(source)) {
            return false;
        }
        Files.createDirectories(target);
        List<Path> files;
        try (var walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        try {
            for (Path file : files) {
                Path link = target.resolve(source.relativize(file).toString());
                Files.createDirectories(link.getParent());
                Files.createLink(link, file);
            }
            return true;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            fs.delete(new org.apache.hadoop.fs.Path(target.toUri()), true);
            return false;
        }
    }

    /** Marks the snapshot complete, records its manifest, and points CURRENT at it in one rename (on S3, one PUT). */
    public void publish(String snapshotId, Map<String, String> manifest) throws IOException {
        String dir = WarehouseLayout.SNAPSHOTS + "/" + snapshotId + "/";
        Properties p = new Properties();
        p.putAll(manifest);
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(resolve(dir + WarehouseLayout.MANIFEST)))) {
            p.store(out, "snapshot " + snapshotId);
        }
        fs.create(new org.apache.hadoop.fs.Path(resolve(dir + WarehouseLayout.SUCCESS))).close();
        replaceCurrent(snapshotId);
    }

    /** Deletes the oldest snapshots beyond {@code keep}; the published one always stays. */
    public List<String> prune(int keep, String current) throws IOException {
        List<String> ids = snapshotIds();
        List<String> deleted = new ArrayList<>();
        for (int i = 0; i < ids.size() - keep; i++) {
            if (!ids.get(i).equals(current)) {
                fs.delete(new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.SNAPSHOTS + "/" + ids.get(i))), true);
                deleted.add(ids.get(i));
            }
        }
        return deleted;
    }

    /**
     * Deletes snapshot folders without {@code _SUCCESS}: what a run killed before publishing left behind. Safe
     * because this store holds the run lock, so no other run is writing one.
     */
    public List<String> removeIncompleteSnapshots() throws IOException {
        List<String> removed = new ArrayList<>();
        for (String id : snapshotIds()) {
            String dir = WarehouseLayout.SNAPSHOTS + "/" + id;
            if (!fs.exists(new org.apache.hadoop.fs.Path(resolve(dir + "/" + WarehouseLayout.SUCCESS)))) {
                fs.delete(new org.apache.hadoop.fs.Path(resolve(dir)), true);
                removed.add(id);
            }
        }
        return removed;
    }

    /** The published snapshot's id, if any. */
    public java.util.Optional<String> currentId() throws IOException {
        org.apache.hadoop.fs.Path current = new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.CURRENT));
        if (!fs.exists(current)) {
            return java.util.Optional.empty();
        }
        try (java.io.InputStream in = fs.open(current)) {
            return java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    /** Complete snapshots (with {@code _SUCCESS}), oldest first. */
    public List<String> completeSnapshotIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String id : snapshotIds()) {
            if (fs.exists(new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.SNAPSHOTS + "/" + id + "/"
                    + WarehouseLayout.SUCCESS)))) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The manifest a run recorded for a snapshot. */
    public Properties manifest(String snapshotId) throws IOException {
        Properties p = new Properties();
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.SNAPSHOTS + "/"
                + snapshotId + "/" + WarehouseLayout.MANIFEST));
        if (fs.exists(file)) {
            try (java.io.InputStream in = fs.open(file)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Points CURRENT at an earlier complete snapshot (rollback); the newer ones stay until pruned. */
    public void republish(String snapshotId) throws IOException {
        if (!completeSnapshotIds().contains(snapshotId)) {
            throw new IOException("no complete snapshot " + snapshotId + " in " + warehouse);
        }
        replaceCurrent(snapshotId);
    }

    /** Snapshot folders, oldest first (ids sort by time). */
    public List<String> snapshotIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (FileStatus s : fs.listStatus(new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.SNAPSHOTS)))) {
            if (s.isDirectory()) {
                ids.add(s.getPath().getName());
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    private void replaceCurrent(String snapshotId) throws IOException {
        byte[] content = (snapshotId + "\n").getBytes(StandardCharsets.UTF_8);
        if ("file".equals(warehouse.getScheme())) {
            Path dir = Path.of(warehouse);
            Path tmp = dir.resolve(WarehouseLayout.CURRENT + ".tmp-" + snapshotId);
            Files.write(tmp, content);
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(tmp, dir.resolve(WarehouseLayout.CURRENT), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        if ("s3a".equals(warehouse.getScheme())) {
            // S3 has no rename: S3A would delete CURRENT and then copy the new one in, leaving a moment (or, after a
            // crash, for good) with no CURRENT. One PUT replaces the object whole: readers see the old or the new.
            try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.CURRENT)), true)) {
                out.write(content);
            }
            return;
        }
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.CURRENT + ".tmp-"
                + snapshotId));
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(content);
        }
        FileContext.getFileContext(warehouse, conf).rename(tmp,
                new org.apache.hadoop.fs.Path(resolve(WarehouseLayout.CURRENT)), Options.Rename.OVERWRITE);
    }

    private String resolve(String relative) {
        String base = warehouse.toString();
        return (base.endsWith("/") ? base : base + "/") + relative;
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }
}
