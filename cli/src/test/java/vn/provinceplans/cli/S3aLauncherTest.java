package vn.provinceplans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;

import vn.provinceplans.jobs.SparkSessions;

/**
 * {@code ./warehouse} takes {@code s3a:} URIs: the S3A client and the AWS SDK modules it uses are on the launcher's
 * classpath, and S3 settings given as {@code spark.hadoop.*} system properties (through {@code PPW_JAVA_OPTS}) reach
 * the file systems opened before Spark starts, such as the warehouse's. (S3aWarehouseTest runs the jobs on S3.)
 */
class S3aLauncherTest {

    @Test
    void s3aUrisOpenWithTheSettingsGivenToSpark() throws Exception {
        String key = "spark.hadoop.fs.s3a.endpoint";
        String before = System.getProperty(key);
        System.setProperty(key, "http://127.0.0.1:9");
        try {
            Configuration conf = SparkSessions.hadoopConfiguration();
            assertEquals("http://127.0.0.1:9", conf.get("fs.s3a.endpoint"));
            assertEquals("org.apache.hadoop.fs.s3a.S3AFileSystem", FileSystem.getFileSystemClass("s3a", conf)
                    .getName());
            for (String sdk : new String[] {"software.amazon.awssdk.services.s3.S3Client",
                    "software.amazon.awssdk.transfer.s3.S3TransferManager",
                    "software.amazon.awssdk.http.apache.ApacheHttpClient"}) {
                Class.forName(sdk);
            }
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
