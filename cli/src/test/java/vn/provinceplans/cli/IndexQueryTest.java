package vn.provinceplans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --indices DIR} then {@code query} on the reference and index tables through the DuckDB catalog, as a
 * user types them.
 */
class IndexQueryTest {

    @TempDir
    static Path input;
    @TempDir
    static Path indices;
    @TempDir
    static Path warehouse;

    static CliRunner.Outcome run;

    @BeforeAll
    static void runWithAUsersIndexFolder() throws IOException {
        try (InputStream in = IndexQueryTest.class.getResourceAsStream("/seeds/004_38aabbfab1e98a3d.txt")) {
            Files.write(input.resolve("bac_giang.txt"), Objects.requireNonNull(in).readAllBytes());
        }
        Files.writeString(indices.resolve("par_2024.csv"), "index,year,province_as_published,metric,value,rank,"
                + "source_url,note\n"
                + "PAR_INDEX,2024,Kon Tum,par_index_pct,85.1,,https://example.org/par-2024,\n"
                + "PAR_INDEX,2024,Kontum City,par_index_pct,85.1,,https://example.org/par-2024,\n",
                StandardCharsets.UTF_8);
        run = CliRunner.run("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--indices", indices.toString(), "--master", "local[2]", "--no-charts");
    }

    @Test
    void theRunReportsTheNewTablesAndTheRejectedIndexRecord() {
        assertEquals(0, run.exitCode(), run.err());
        for (String table : new String[] {"provinces=97", "province_aliases=", "index_scores=", "index_scores_rollup=",
            "index_benchmarks=4", "rejected_rows=1"}) {
            assertTrue(run.out().contains(table), table + " in " + run.out());
        }
        assertTrue(run.err().contains("1 register or index record(s) did not load"), run.err());
    }

    @Test
    void queriesOnTheNewTables() {
        assertEquals("n\n--\n34\n(1 row)", query("table", "select count(*) as n from provinces where valid_to is null"));
        assertEquals("name,successor_name\nBắc Giang,Bắc Ninh\nKon Tum,Quảng Ngãi\n", query("csv",
                "select name, successor_name from provinces where name in ('Kon Tum', 'Bắc Giang') "
                        + "and valid_to is not null order by name"));
        assertEquals("province,score,rank,comparable_series\nQuảng Ninh,75.09,1,PCI-2013\n", query("csv",
                "select province, score, rank, comparable_series from index_scores "
                        + "where index_name = 'PCI' and year = 2020 and rank = 1"));
        assertEquals("province,successor_name,score,source_kind\nKon Tum,Quảng Ngãi,85.1,user\n", query("csv",
                "select province, successor_name, score, source_kind from index_scores "
                        + "where index_name = 'PAR_INDEX' and year = 2024"));
        assertEquals("successor_name,predecessors,predecessors_with_data,provinces_without_data\n"
                + "Quảng Ngãi,2,1,[Quảng Ngãi]\n", query("csv", "select successor_name, predecessors, "
                + "predecessors_with_data, provinces_without_data from index_scores_rollup "
                + "where index_name = 'PAR_INDEX' and year = 2024"));
        assertEquals("line,reason\n3,\"unknown province 'Kontum City': no province before or after the 2025 reform "
                + "has this spelling (if it is a real spelling, add it to data/reference/province_aliases.csv)\"\n",
                query("csv", "select line, reason from rejected_rows where input = 'indices'"));
        assertEquals("province,province_code,province_valid_from,successor_code,successor_name\n"
                + "Bắc Giang,24,2008-08-01,24,Bắc Ninh\n", query("csv", "select province, province_code, "
                + "province_valid_from, successor_code, successor_name from documents"));
    }

    @Test
    void aMissingIndicesFolderIsRefusedBeforeTheRun(@TempDir Path empty) {
        CliRunner.Outcome r = CliRunner.run("run", "--input", input.toString(), "--warehouse",
                empty.resolve("wh").toString(), "--indices", empty.resolve("nowhere").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--indices") && r.err().contains("no such folder"), r.err());
    }

    private static String query(String format, String sql) {
        CliRunner.Outcome q = CliRunner.run("query", "--warehouse", warehouse.toString(), "--format", format, sql);
        assertEquals(0, q.exitCode(), q.err());
        return format.equals("table") ? q.out().strip() : q.out();
    }
}
