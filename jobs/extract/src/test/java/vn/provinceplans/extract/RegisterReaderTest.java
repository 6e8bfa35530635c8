package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.provinceplans.extract.registers.RegisterReader;

/** Register rows in, typed rows or rejected rows (file, line, reason) out; the good rows always load. */
class RegisterReaderTest {

    static final String HEADER = "unit,unit_level,province,report_kind,period,due_date,received_date\n";
    static final String GOOD = "UBND huyện Trà Bồng,district,Quảng Ngãi,six_month_report,2024-H1,2024-06-15,2024-06-10\n";

    @Test
    void goodRowsAreTyped() {
        RegisterReader.Result r = read("\uFEFF" + HEADER + GOOD
                + "Sở Nội vụ,department,THANH HOA,annual_report,2023,15/11/2023,\n"
                + "UBND tỉnh Khánh Hoà,province,Khánh Hòa,sub_plan,2023,2023-03-15,unknown\n");
        assertEquals("submission_log", r.format());
        assertEquals(List.of(), r.problems());
        assertEquals(3, r.rows().size());
        Map<String, Object> first = r.rows().get(0);
        assertEquals("Quảng Ngãi", first.get("province"));
        assertEquals(LocalDate.of(2024, 6, 15), first.get("due_date"));
        assertEquals(2024, first.get("period_year"));
        assertEquals(2L, first.get("line"));
        assertEquals(false, first.get("synthetic"));
        assertEquals("Thanh Hóa", r.rows().get(1).get("province"));
        assertNull(r.rows().get(1).get("received_date"));
        assertEquals(true, r.rows().get(2).get("received_unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "impossible date | UBND huyện A,district,Quảng Ngãi,sub_plan,2021,31/02/2021, | due_date '31/02/2021' is not a date that exists",
        "unknown province | UBND huyện A,district,Quảng Ngãii,sub_plan,2021,2021-03-01, | unknown province 'Quảng Ngãii'",
        "missing column | UBND huyện A,district,Quảng Ngãi,sub_plan,2021,2021-03-01 | expected 7 fields, found 6",
        "extra column | UBND huyện A,district,Quảng Ngãi,sub_plan,2021,2021-03-01,,x | expected 7 fields, found 8",
        "formula | =cmd!A0,district,Quảng Ngãi,sub_plan,2021,2021-03-01, | unit starts with '=': refused as a spreadsheet formula",
        "at formula | UBND huyện A,district,Quảng Ngãi,sub_plan,2021,@SUM(1+1),  | due_date starts with '@': refused as a spreadsheet formula",
        "unknown kind | UBND huyện A,district,Quảng Ngãi,weekly_report,2021,2021-03-01, | report_kind 'weekly_report' is not one of",
        "bad period | UBND huyện A,district,Quảng Ngãi,sub_plan,năm 2021,2021-03-01, | period 'năm 2021' is not a year",
        "empty unit | ,district,Quảng Ngãi,sub_plan,2021,2021-03-01, | unit is empty",
        "duplicate key | UBND huyện Trà Bồng,district,Quảng Ngãi,six_month_report,2024-H1,2024-06-15, | duplicate of line 2",
    })
    void badSubmissionRowsAreRejectedWithLineAndReason(String name, String row, String reason) {
        RegisterReader.Result r = read(HEADER + GOOD + row + "\n" + GOOD.replace("six_month_report", "annual_report").replace("2024-H1", "2024"));
        assertEquals(2, r.rows().size(), name + ": the good rows still load");
        assertEquals(1, r.problems().size(), name + ": " + r.problems());
        RegisterReader.RowProblem p = r.problems().get(0);
        assertEquals("registers/log.csv", p.source());
        assertEquals(3, p.line(), name);
        assertTrue(p.reason().startsWith(reason), name + ": " + p.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "non-numeric year | UBND huyện A,Quảng Ngãi,hai nghìn,kinh tế,Mô hình A,recognized | year 'hai nghìn' is not a number",
        "negative year | UBND huyện A,Quảng Ngãi,-2021,kinh tế,Mô hình A,recognized | year -2021 is negative",
        "year out of range | UBND huyện A,Quảng Ngãi,1899,kinh tế,Mô hình A,recognized | year 1899 is outside 2000–2100",
        "unknown status | UBND huyện A,Quảng Ngãi,2023,kinh tế,Mô hình A,approved | status 'approved' is not one of",
    })
    void badModelRowsAreRejected(String name, String row, String reason) {
        RegisterReader.Result r = read("unit,province,year,field,title,status,synthetic\n" + row + ",true\n"
                + "UBND huyện A,Quảng Ngãi,2023,,Mô hình B,registered,true\n");
        assertEquals("model_registry", r.format());
        assertEquals(1, r.rows().size());
        assertEquals(true, r.rows().get(0).get("synthetic"));
        assertEquals(2, r.problems().get(0).line());
        assertTrue(r.problems().get(0).reason().startsWith(reason), r.problems().get(0).reason());
    }

    @Test
    void filesThatAreNotRegistersAreRejectedWhole() {
        assertTrue(read("unit;unit_level;province\nA;B;C\n").problems().get(0).reason()
                .startsWith("wrong delimiter: the header row is separated by ';'"));
        String missing = read("unit,unit_level,province,report_kind,period,due_date\n").problems().get(0).reason();
        assertTrue(missing.contains("as submission_log: missing [received_date]"), missing);
        assertTrue(read("").problems().get(0).reason().startsWith("empty file"));
        RegisterReader.Result latin1 = RegisterReader.read("registers/log.csv",
                "unit,province\nHu\u1EF3nh".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(latin1.problems().get(0).reason().startsWith("not valid UTF-8")
                || latin1.problems().get(0).reason().startsWith("the header"), latin1.problems().toString());
        assertEquals(1, read("unit,unit_level\n").problems().get(0).line());
    }

    @Test
    void multiLineCellsKeepLineNumbersRight() {
        RegisterReader.Result r = read(HEADER + "\"UBND huyện\nTrà Bồng\",district,Quảng Ngãi,sub_plan,2024,2024-03-15,\n"
                + "x,district,Nowhere,sub_plan,2024,2024-03-15,\n");
        assertEquals(1, r.rows().size());
        assertEquals(4, r.problems().get(0).line());
    }

    private static RegisterReader.Result read(String csv) {
        return RegisterReader.read("registers/log.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
