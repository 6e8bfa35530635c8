package vn.provinceplans.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hadoop.fs.FileSystem;

/** Reads one input file's bytes on an executor: java.nio for file: URIs, Hadoop for the rest. */
public final class InputReader {

    private InputReader() {
    }

    public static byte[] read(String uri, SerializableHadoopConf conf) throws IOException {
        URI u = URI.create(uri);
        if ("file".equals(u.getScheme())) {
            return Files.readAllBytes(Path.of(u));
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(u);
        FileSystem fs = p.getFileSystem(conf.get());
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }
}
