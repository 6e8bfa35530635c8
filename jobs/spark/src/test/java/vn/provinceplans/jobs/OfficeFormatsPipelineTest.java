package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.extract.TestDocuments;
import vn.provinceplans.extract.decode.LegacyVietnamese;
import vn.provinceplans.schema.WarehouseLayout;

/**
 * The pipeline on local[2] over one real seed in five containers — the .txt itself, and .docx, .pdf, .odt and a
 * TCVN3 .txt generated from it — plus a scanned PDF: each file is loaded (or a duplicate) with its container and
 * encoding, and every header fact equals the plain text's.
 */
class OfficeFormatsPipelineTest extends SparkTestBase {

    static final String SEED = "002_28848263089081f8";

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;

    static RunResult result;

    @BeforeAll
    static void run() throws IOException {
        byte[] txt = seed();
        String text = new String(txt, StandardCharsets.UTF_8);
        Files.write(input.resolve("plan.txt"), txt);
        Files.write(input.resolve("plan.docx"), TestDocuments.docx(text));
        Files.write(input.resolve("plan.pdf"), TestDocuments.pdf(text, null));
        Files.write(input.resolve("plan.odt"), TestDocuments.odt(text));
        Files.write(input.resolve("plan-tcvn3.txt"), LegacyVietnamese.encodeTcvn3(text)
                .getBytes(Charset.forName("windows-1252")));
        Files.write(input.resolve("scan.pdf"), TestDocuments.scannedPdf("KE HOACH 15/KH-UBND"));
        RunOptions options = new RunOptions(input.toUri(), warehouse.toUri(), "local[2]", 1);
        result = new Pipeline(Progress.SILENT).run(spark, options);
        for (String table : List.of("inputs", "documents")) {
            spark.read().parquet(warehouse.resolve(WarehouseLayout.tableDir(result.snapshotId(), table)).toString())
                    .createOrReplaceTempView(table);
        }
    }

    @Test
    void everyContainerIsReadWithItsFormatAndEncoding() {
        assertEquals(6, result.filesRead());
        assertEquals(List.of(
                        row("plan-tcvn3.txt", "loaded", "txt", "TCVN3 (ABC)"),
                        row("plan.docx", "loaded", "docx", "Unicode"),
                        row("plan.odt", "duplicate", "odt", "Unicode"),
                        row("plan.pdf", "loaded", "pdf", "Unicode"),
                        row("plan.txt", "duplicate", "txt", "UTF-8"),
                        row("scan.pdf", "rejected", "pdf", null)),
                sql("select source_path, status, source_format, encoding_detected from inputs order by source_path"));
        assertEquals(List.of(row("scan.pdf", "scanned PDF: no text layer")),
                sql("select source_path, reason from inputs where status = 'rejected'"));
        // The .docx, .odt and .txt hold the very same text: one document, named by the first path in sort order.
        // The PDF (page breaks) and the TCVN3 file (capitals TCVN3 cannot hold) differ a little: documents of their own.
        assertEquals(List.of(
                        row("plan-tcvn3.txt", "txt", "TCVN3 (ABC)"),
                        row("plan.docx", "docx", "Unicode"),
                        row("plan.pdf", "pdf", "Unicode")),
                sql("select source_path, source_format, encoding_detected from documents "
                        + "order by source_path"));
    }

    @Test
    void theFactsAreTheSameWhateverTheContainer() {
        String facts = "doc_number, doc_type, issuer, issuer_level, province, district, issue_date, signer, "
                + "period_start, period_end, parent_doc_number";
        assertEquals(1L, sql("select count(*) from (select distinct %s from documents)", facts).get(0).get(0));
        assertEquals(List.of(row("15/KH-UBND", "UBND tỉnh Đồng Tháp", "Đoàn Tấn Bửu", 2022, 2025)),
                sql("select distinct doc_number, issuer, signer, period_start, period_end from documents"));
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = OfficeFormatsPipelineTest.class.getResourceAsStream("/seeds/" + SEED + ".txt")) {
            return Objects.requireNonNull(in, SEED).readAllBytes();
        }
    }
}
