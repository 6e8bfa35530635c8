package vn.provinceplans.dashboards.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a site goes and how it replaces the previous one. {@code OUT} is a symbolic link to a complete build in
 * {@code OUT.builds/<id>/}. A new site is written into a new build folder and the link is then switched in one
 * rename, so a browser or a static server sees the old complete site or the new one, never a half-written one; a
 * build that fails is removed and the link keeps pointing at the last good site. The previous build is kept (a page
 * already open keeps finding its images); older ones are removed. One build at a time per site: a lock file in
 * {@code OUT.builds/} refuses a second.
 */
final class SiteFolder implements AutoCloseable {

    private static final String LOCK = ".lock";

    private final Path out;
    private final Path builds;
    private final FileChannel channel;
    private final FileLock lock;

    private SiteFolder(Path out, Path builds, FileChannel channel, FileLock lock) {
        this.out = out;
        this.builds = builds;
        this.channel = channel;
        this.lock = lock;
    }

    static SiteFolder open(Path out) throws IOException {
        Path link = out.toAbsolutePath().normalize();
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            if (Files.isDirectory(link) && isEmpty(link)) {
                Files.delete(link);
            } else {
                throw new IOException(link + " exists and is not a site made by ./warehouse charts (a link to "
                        + link.getFileName() + ".builds/…): remove it or choose another --out");
            }
        }
        Path builds = link.resolveSibling(link.getFileName() + ".builds");
        Files.createDirectories(builds);
        FileChannel channel = FileChannel.open(builds.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another ./warehouse charts is writing the site " + link + " right now");
        }
        return new SiteFolder(link, builds, channel, lock);
    }

    Path link() {
        return out;
    }

    /** The build the link points at, or null before the first one. */
    Path current() throws IOException {
        if (!Files.isSymbolicLink(out)) {
            return null;
        }
        Path build = out.resolveSibling(Files.readSymbolicLink(out)).normalize();
        return Files.isDirectory(build) ? build : null;
    }

    /** A new, empty build folder. */
    Path newBuild(String id) throws IOException {
        return Files.createDirectory(builds.resolve(id));
    }

    /** Points the link at the build in one rename, then removes builds older than the previous one. */
    void publish(Path build) throws IOException {
        Path previous = current();
        Path temp = out.resolveSibling("." + out.getFileName() + ".link-" + build.getFileName());
        Files.deleteIfExists(temp);
        // Relative, so the warehouse folder can move with its site.
        Files.createSymbolicLink(temp, out.getParent().relativize(build));
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(builds)) {
            for (Path p : all) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(build) && !p.equals(previous)) {
                    stale.add(p);
                }
            }
        }
        for (Path p : stale) {
            delete(p);
        }
    }

    /** Removes a build that failed; the link still points at the last good one. */
    void abandon(Path build) {
        try {
            delete(build);
        } catch (IOException ignored) {
            // Left for the next successful build to remove.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
