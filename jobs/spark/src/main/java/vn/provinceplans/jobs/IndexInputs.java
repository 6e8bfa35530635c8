package vn.provinceplans.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;

import vn.provinceplans.extract.indices.IndexFile;
import vn.provinceplans.extract.indices.IndexLoad;
import vn.provinceplans.extract.indices.IndexLoader;
import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.InputReader;
import vn.provinceplans.jobs.io.InputScanner;
import vn.provinceplans.jobs.io.SerializableHadoopConf;

/**
 * The index files of a run, loaded once on the driver for every job that needs them: the shipped files from the
 * classpath and the users' files from the run's {@code --indices} folders (local paths or URIs, read through
 * Hadoop). A folder's files listed in data/indices/shipped_files.csv are skipped (they are already loaded), and so
 * are hidden files (names starting with '.').
 */
public final class IndexInputs {

    private static PipelineData cachedFor;
    private static IndexLoad cached;

    private IndexInputs() {
    }

    public static synchronized IndexLoad load(PipelineData data) {
        if (cachedFor != data) {
            cached = IndexLoader.load(Gazetteer.get(),
                    read(data.options().indices(), data.spark().sparkContext().hadoopConfiguration()));
            cachedFor = data;
        }
        return cached;
    }

    /** Every file under the folders, in folder order and then path order. */
    public static List<IndexFile> read(List<URI> folders, Configuration hadoop) {
        Set<String> shipped = IndexLoader.shippedPaths();
        SerializableHadoopConf conf = new SerializableHadoopConf(hadoop);
        List<IndexFile> out = new ArrayList<>();
        for (URI folder : folders) {
            List<InputFile> files;
            try {
                files = InputScanner.scan(folder, hadoop);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the index folder " + shown(folder) + ": "
                        + e.getMessage(), e);
            }
            for (InputFile f : files) {
                String name = f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1);
                if (shipped.contains(f.relativePath()) || name.startsWith(".")) {
                    continue;
                }
                String shown = shown(URI.create(f.uri()));
                if (f.problem() != null) {
                    out.add(new IndexFile(shown, new byte[0], f.problem()));
                    continue;
                }
                try {
                    out.add(new IndexFile(shown, InputReader.read(f.uri(), conf), null));
                } catch (IOException | RuntimeException e) {
                    out.add(new IndexFile(shown, new byte[0], "cannot read the file: " + e.getMessage()));
                }
            }
        }
        return out;
    }

    private static String shown(URI uri) {
        return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString();
    }
}
