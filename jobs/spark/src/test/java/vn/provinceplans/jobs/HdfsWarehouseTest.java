package vn.provinceplans.jobs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input, the registers, the index files and the warehouse as {@code hdfs:} URIs, on an HDFS NameNode and
 * DataNode started in this JVM (HDFS has no hard links, so there the unchanged tables are written again instead of
 * linked); the runs and checks are {@link RemoteWarehouseTestBase}'s.
 */
class HdfsWarehouseTest extends RemoteWarehouseTestBase {

    @TempDir
    static Path work;
    static MiniDFSCluster hdfs;

    @BeforeAll
    static void startHdfsAndRun() throws IOException {
        Configuration conf = new Configuration();
        // One DataNode holds one copy; and a client closing a file asks the NameNode again after 10 ms, not 400,
        // whether its last block arrived: each run writes a few hundred small files.
        for (Configuration c : List.of(conf, spark.sparkContext().hadoopConfiguration())) {
            c.setInt("dfs.replication", 1);
            c.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 10);
        }
        hdfs = new MiniDFSCluster.Builder(conf, work.resolve("hdfs").toFile()).numDataNodes(1).build();
        hdfs.waitActive();
        fs = hdfs.getFileSystem();
        remote = URI.create(hdfs.getURI() + "/ppw/");
        runOnBoth(work, new Uploads() {
            @Override
            public void all() throws IOException {
                upload();
            }

            @Override
            public void changes() throws IOException {
                fs.delete(remotePath("documents"), true);
                upload();
            }
        });
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    @Override
    String storeName() {
        return "HDFS";
    }

    /** Copies the local inputs to HDFS with their modification times, which the inputs table records. */
    private static void upload() throws IOException {
        for (String folder : List.of("documents", "registers", "indices")) {
            org.apache.hadoop.fs.Path target = remotePath(folder);
            if (!fs.exists(target)) {
                fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve(folder).toUri()), target);
            }
        }
        try (var files = Files.walk(local)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = local.relativize(f).toString().replace('\\', '/');
                if (relative.startsWith("documents/") || relative.startsWith("registers/")
                        || relative.startsWith("indices/")) {
                    fs.setTimes(new org.apache.hadoop.fs.Path(remote.resolve(new URI(null, relative, null))),
                            Files.getLastModifiedTime(f).toMillis(), -1);
                }
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
