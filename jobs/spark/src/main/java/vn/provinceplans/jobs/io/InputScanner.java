package vn.provinceplans.jobs.io;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists every file under the input folder, recursively and in a stable order. Local folders are walked with
 * java.nio, following symbolic links but reporting loops; other URIs (hdfs:, s3a:) through Hadoop.
 * Only paths and sizes are listed here; executors read the contents.
 */
public final class InputScanner {

    private InputScanner() {
    }

    public static List<InputFile> scan(URI input, Configuration hadoop) throws IOException {
        List<InputFile> files = "file".equals(input.getScheme()) ? scanLocal(Path.of(input))
                : scanHadoop(input, hadoop);
        files.sort(Comparator.comparing(InputFile::relativePath));
        return files;
    }

    private static List<InputFile> scanLocal(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "the input folder does not exist or is not a folder");
        }
        List<InputFile> out = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // Links are followed, so a link still seen as a link here points nowhere.
                        String problem = attrs.isRegularFile() ? null : attrs.isSymbolicLink()
                                ? "broken symbolic link: its target does not exist"
                                : "not a regular file (a device, socket or pipe)";
                        if (problem == null && !Files.isReadable(file)) {
                            problem = "cannot read the file: permission denied";
                        }
                        out.add(new InputFile(relative(root, file), file.toUri().toString(), attrs.size(),
                                attrs.lastModifiedTime().toMillis(), problem));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String problem;
                        if (e instanceof FileSystemLoopException) {
                            problem = "symbolic-link loop: the link points back to a folder above it";
                        } else if (e instanceof AccessDeniedException) {
                            problem = "cannot read: permission denied";
                        } else if (e instanceof NoSuchFileException) {
                            problem = "broken symbolic link: its target does not exist";
                        } else {
                            problem = "cannot read: " + e.getMessage();
                        }
                        out.add(new InputFile(relative(root, file), file.toUri().toString(), 0, 0, problem));
                        return FileVisitResult.CONTINUE;
                    }
                });
        return out;
    }

    private static List<InputFile> scanHadoop(URI input, Configuration hadoop) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = root.getFileSystem(hadoop);
        String prefix = fs.makeQualified(root).toUri().getPath();
        List<InputFile> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            String path = s.getPath().toUri().getPath();
            String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
            out.add(new InputFile(rel.replaceFirst("^/+", ""), s.getPath().toUri().toString(), s.getLen(),
                    s.getModificationTime(), null));
        }
        return out;
    }

    private static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return rel.isEmpty() ? file.getFileName().toString() : rel;
    }
}
