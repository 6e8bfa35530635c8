package vn.provinceplans.jobs.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;

/**
 * One input file read and decoded: its text and doc_id (the SHA-256 of the text), or why it was rejected. Plain Java,
 * so that Spark's read stage and a small change applied without Spark decode a file the same way.
 *
 * @param modified epoch milliseconds
 */
public record DecodedInput(String sourcePath, long bytes, long modified, String contentSha256, String sourceFormat,
                           String encodingDetected, String docId, String text, String rejectReason) {

    /** Reads and decodes {@code file}; never throws: a file that cannot be read is rejected with the reason. */
    public static DecodedInput of(InputFile file, SerializableHadoopConf conf, long maxFileBytes) {
        String path = file.relativePath();
        long bytes = file.bytes();
        long modified = file.modified();
        String problem = file.problem();
        if (problem == null && bytes > maxFileBytes) {
            problem = String.format(java.util.Locale.ROOT, "file too large: %.1f MB, over the %d MB "
                    + "limit for one document (raise --max-file-mb)", bytes / 1048576.0, maxFileBytes >> 20);
        }
        if (problem != null) {
            return rejected(path, bytes, modified, problem);
        }
        DecodedFile d;
        String contentSha;
        try {
            byte[] content = InputReader.read(file.uri(), conf);
            bytes = content.length;
            contentSha = sha256(content);
            d = DocumentDecoder.decode(path, content);
        } catch (java.io.IOException | RuntimeException e) {
            return rejected(path, bytes, modified,
                    "cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return rejected(path, bytes, modified, "file too large to read into memory (" + bytes + " bytes)");
        }
        if (!d.isLoaded()) {
            return new DecodedInput(path, bytes, modified, contentSha, d.sourceFormat(), d.encoding(), null, null,
                    d.rejectReason());
        }
        return new DecodedInput(path, bytes, modified, contentSha, d.sourceFormat(), d.encoding(), sha256(d.text()),
                d.text(), null);
    }

    private static DecodedInput rejected(String path, long bytes, long modified, String reason) {
        return new DecodedInput(path, bytes, modified, null, null, null, null, null, reason);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
