package vn.provinceplans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does first: {@code run} on the seeds, then {@code query --format csv "select * from documents"};
 * every labelled field of seeds_truth.csv must come back exactly.
 */
class RunThenQueryTest {

    static final String[] FIELDS = {"doc_number", "doc_type", "issuer", "issuer_level", "province", "district",
        "issue_date", "signer", "period_start", "period_end", "parent_doc_number"};

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;

    static CliRunner.Outcome run;
    static Map<String, CSVRecord> documents = new HashMap<>();

    @BeforeAll
    static void runAndQuery() throws IOException {
        Path seeds = Files.createDirectories(input.resolve("seeds"));
        for (CSVRecord truth : gold()) {
            try (InputStream in = RunThenQueryTest.class.getResourceAsStream("/seeds/" + truth.get("file"))) {
                Files.write(seeds.resolve(truth.get("file")), Objects.requireNonNull(in).readAllBytes());
            }
        }
        run = CliRunner.run("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--master", "local[2]", "--no-charts");
        CliRunner.Outcome query = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", "csv",
                "select * from documents");
        assertEquals(0, query.exitCode(), query.err());
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(query.out())).getRecords()) {
            documents.put(Path.of(r.get("source_path")).getFileName().toString(), r);
        }
    }

    @Test
    void runReportsProgressAndReconciliation() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("read 5 files = 5 loaded + 0 duplicate + 0 rejected"), run.out());
        for (String stage : new String[] {"scan", "read", "extract", "write", "publish"}) {
            assertTrue(run.err().contains(stage), "no progress for stage " + stage + ":\n" + run.err());
        }
        assertTrue(run.err().contains("5/5 files"), run.err());
    }

    @TestFactory
    Stream<DynamicTest> everySeedFieldEqualsTheGoldFile() throws IOException {
        List<CSVRecord> gold = gold();
        assertEquals(5, documents.size());
        return gold.stream().flatMap(truth -> Stream.of(FIELDS).map(field ->
                DynamicTest.dynamicTest(truth.get("file") + " " + field, () ->
                        assertEquals(truth.get(field), documents.get(truth.get("file")).get(field)))));
    }

    @Test
    void queryFormatsAndRefusals() {
        CliRunner.Outcome json = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", "json",
                "select doc_number, period_end, synthetic from documents where doc_type = 'CT'");
        assertEquals("[{\"doc_number\":\"03/CT-UBND\",\"period_end\":null,\"synthetic\":false}]", json.out().strip());
        CliRunner.Outcome csv = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", "csv",
                "select doc_number, signer, district from documents where doc_number is null");
        assertEquals("doc_number,signer,district\n,,Trà Bồng\n", csv.out());
        CliRunner.Outcome table = CliRunner.run("query", "--warehouse", warehouse.toString(),
                "select count(*) as n from documents");
        assertEquals("n\n-\n5\n(1 row)", table.out().strip());
        CliRunner.Outcome copy = CliRunner.run("query", "--warehouse", warehouse.toString(),
                "COPY (select * from documents) TO 'leak.csv'");
        assertEquals(1, copy.exitCode());
        assertTrue(copy.err().startsWith("warehouse query: refused: only read-only queries"), copy.err());
        CliRunner.Outcome bad = CliRunner.run("query", "--warehouse", warehouse.toString(), "select nope from x");
        assertEquals(1, bad.exitCode());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void aNamedQueryFileTakesParametersBoundAsValues() throws IOException {
        String file = Path.of("..", "dashboards", "queries", "unit_documents.sql").toString();
        String expected = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", "csv",
                "select doc_number from documents where province_code = '51' order by issue_date desc nulls last, "
                        + "doc_number, doc_id").out();
        assertTrue(expected.lines().count() > 1, "the seeds hold documents of Quảng Ngãi: " + expected);
        CliRunner.Outcome former = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", "csv",
                "--file", file, "--param", "51", "--param", "former");
        assertEquals(0, former.exitCode(), former.err());
        assertEquals(expected.lines().skip(1).toList(), column(former.out(), "doc_number"));
        CliRunner.Outcome hostile = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", "csv",
                "--file", file, "--param", "51' OR '1'='1", "--param", "former");
        assertEquals(0, hostile.exitCode(), hostile.err());
        assertEquals(1, hostile.out().lines().count(), "a value, not SQL: only the header\n" + hostile.out());
    }

    @Test
    void interactivePromptRunsMultiLineStatements() {
        java.io.InputStream oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(("select count(*) as n\n  from documents;\n"
                    + ".format csv\nselect doc_type from documents where doc_type = 'CT';\n"
                    + "drop table documents;\n.quit\n").getBytes(StandardCharsets.UTF_8)));
            CliRunner.Outcome sql = CliRunner.run("sql", "--warehouse", warehouse.toString());
            assertEquals(0, sql.exitCode(), sql.err());
            assertTrue(sql.out().contains("n\n-\n5\n(1 row)"), sql.out());
            assertTrue(sql.out().contains("doc_type\nCT\n"), sql.out());
            assertTrue(sql.out().contains("refused: only read-only queries"), sql.out());
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void failuresExitNonZeroWithOneLine(@TempDir Path empty) {
        CliRunner.Outcome noInput = CliRunner.run("run", "--input", empty.resolve("missing").toString(),
                "--warehouse", empty.resolve("wh").toString(), "--master", "local[1]");
        assertEquals(1, noInput.exitCode());
        assertTrue(noInput.err().lines().anyMatch(l -> l.startsWith("warehouse run: failed: ")
                && l.contains("missing")), noInput.err());
        CliRunner.Outcome noWarehouse = CliRunner.run("query", "--warehouse", empty.toString(), "select 1");
        assertEquals(1, noWarehouse.exitCode());
        assertTrue(noWarehouse.err().contains("no warehouse at"), noWarehouse.err());
    }

    private static List<String> column(String csv, String name) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords().stream().map(r -> r.get(name)).toList();
    }

    static List<CSVRecord> gold() throws IOException {
        try (InputStream in = RunThenQueryTest.class.getResourceAsStream("/gold/seeds_truth.csv");
             Reader r = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
