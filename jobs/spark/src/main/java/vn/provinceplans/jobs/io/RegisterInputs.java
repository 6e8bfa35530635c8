package vn.provinceplans.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import vn.provinceplans.extract.registers.RegisterReader;

/**
 * The register files under --registers, each read and validated on the driver: registers are a few thousand rows
 * per province and year, small beside the documents.
 */
public final class RegisterInputs {

    private RegisterInputs() {
    }

    /** Every .csv file under the folder, in path order; an empty list when no folder was given. */
    public static List<RegisterReader.Result> read(URI folder, Configuration conf) throws IOException {
        List<RegisterReader.Result> results = new ArrayList<>();
        if (folder == null) {
            return results;
        }
        Path root = new Path(folder);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) {
            throw new IOException("the registers folder " + folder + " does not exist");
        }
        String prefix = fs.makeQualified(root).toUri().getPath();
        List<LocatedFileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (s.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                files.add(s);
            }
        }
        files.sort(Comparator.comparing(s -> s.getPath().toString()));
        for (LocatedFileStatus s : files) {
            String path = s.getPath().toUri().getPath();
            String relative = (path.startsWith(prefix) ? path.substring(prefix.length()) : path).replaceFirst("^/+", "");
            try (InputStream in = fs.open(s.getPath())) {
                results.add(RegisterReader.read(relative, in.readAllBytes()));
            }
        }
        return results;
    }
}
