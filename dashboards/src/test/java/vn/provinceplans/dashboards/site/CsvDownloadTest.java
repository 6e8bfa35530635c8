package vn.provinceplans.dashboards.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvDownloadTest {

    @Test
    void textThatASpreadsheetWouldRunIsPrefixed() {
        for (String formula : List.of("=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")",
                "-", "=")) {
            assertEquals("'" + formula, CsvDownload.cell(formula), formula);
        }
        for (String safe : List.of("Quảng Ngãi", "38/KH-UBND", "1+1", " =1", "'=1", "", "2019-12-01")) {
            assertEquals(safe, CsvDownload.cell(safe), safe);
        }
    }

    @Test
    void numbersStayNumbersAndNullIsEmpty() {
        assertEquals("-3.5", CsvDownload.cell(-3.5));
        assertEquals("-7", CsvDownload.cell(-7));
        assertEquals("-12", CsvDownload.cell(-12L));
        assertEquals("75.09", CsvDownload.cell(75.09));
        assertEquals("40", CsvDownload.cell(40.0));
        assertEquals(null, CsvDownload.cell(null));
        assertEquals(null, CsvDownload.cell(Double.NaN));
        assertEquals("true", CsvDownload.cell(true));
        assertEquals("2019-12-01", CsvDownload.cell(LocalDate.of(2019, 12, 1)));
        assertEquals("'=a; b", CsvDownload.cell(List.of("=a", "b")));
    }

    @Test
    void theFileHasABomAHeaderQuotingAndEmptyNulls() throws Exception {
        StringWriter out = new StringWriter();
        CsvDownload.write(out, List.of("province", "score", "note"), List.of(
                Arrays.asList("Kon Tum", null, "=cmd|' /C calc'!A0"),
                Arrays.asList("Bà Rịa - Vũng Tàu", -1.25, "a, \"b\"\nc")));
        assertEquals("\uFEFFprovince,score,note\r\n"
                + "Kon Tum,,'=cmd|' /C calc'!A0\r\n"
                + "Bà Rịa - Vũng Tàu,-1.25,\"a, \"\"b\"\"\nc\"\r\n", out.toString());
    }
}
