package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.provinceplans.extract.facts.Citation;
import vn.provinceplans.extract.facts.Deadline;
import vn.provinceplans.extract.facts.ModelCount;
import vn.provinceplans.extract.text.TextNormalizer;

/** Text in, facts out: one case per trap of the genre (DESIGN.md), for citations, indices, deadlines and counts. */
class FactExtractorsTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    private static final String PROVINCE_HEADER_2021 = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NGÃI
            Số: 38/KH-UBND
            Quảng Ngãi, ngày 04 tháng 3 năm 2021
            KẾ HOẠCH
            THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2021
            """;

    private static final String MULTI_YEAR_HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH ĐỒNG THÁP
            Số: 15/KH-UBND
            Đồng Tháp, ngày 14 tháng 01 năm 2022
            KẾ HOẠCH
            THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN ĐẾN NĂM 2025
            """;

    private static DocumentFacts facts(String text) {
        return EXTRACTOR.extract(TextNormalizer.normalize(text));
    }

    private static Citation citation(DocumentFacts f, String number) {
        return f.citations().stream().filter(c -> c.citedNumber().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not cited; got " + f.citations()));
    }

    // ------------------------------------------------------------------ citations

    @Test
    void ownNumberIsNotACitationButEveryOtherNumberIs() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + """
                Thực hiện Kết luận số 120 -KL/TW ngày 07/01/2016 của Bộ Chính trị; Nghị định số 04/2015/NĐ-CP ngày \
                09/01/2015 của Chính phủ, UBND tỉnh ban hành Kế hoạch 38/KH-UBND như sau:
                """);
        assertEquals(List.of("120-KL/TW", "04/2015/NĐ-CP"), f.citations().stream().map(Citation::citedNumber).toList());
        Citation kl = citation(f, "120-KL/TW");
        assertEquals("KL", kl.citedKind());
        assertEquals("Bộ Chính trị", kl.citedIssuer());
        assertEquals(LocalDate.of(2016, 1, 7), kl.citedDate());
        assertEquals(2016, kl.citedYear());
        assertTrue(kl.inBody());
        Citation nd = citation(f, "04/2015/NĐ-CP");
        assertEquals("ND", nd.citedKind());
        assertEquals("Chính phủ", nd.citedIssuer());
    }

    @Test
    void relatedDocumentListsOfAWebsiteAreChrome() {
        DocumentFacts f = facts("- 1Kết luận 114-KL/TW năm 2015 về nâng cao hiệu quả công tác dân vận\n"
                + PROVINCE_HEADER_2021 + "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.\n"
                + "- Số hiệu: 38/KH-UBND\n- Người ký: Đặng Văn Minh\n");
        Citation chrome = citation(f, "114-KL/TW");
        assertFalse(chrome.inBody());
        assertEquals(2015, chrome.citedYear());
        assertTrue(citation(f, "16/CT-TTg").inBody());
        assertEquals(2, f.citations().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            number broken after a separator | Căn cứ Nghị định số 59/2023/NĐ-\\nCP ngày 14/8/2023 của Chính phủ. | 59/2023/NĐ-CP | ND | Chính phủ
            eth look-alike for Đ            | Căn cứ Nghị định số 59/2023/NÐ-CP ngày 14/8/2023 của Chính phủ.   | 59/2023/NĐ-CP | ND | Chính phủ
            type word broken over lines     | Quyết\\nđịnh số 1277/QĐ-UBND ngày 25/5/2022 của Chủ tịch UBND tỉnh. | 1277/QĐ-UBND | QD | Chủ tịch UBND tỉnh
            law named before its number     | Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 đã quy định.         | 10/2022/QH15 | LUAT | Quốc hội
            ordinance with the committee    | Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về | 34/2007/PL-UBTVQH11 | PL | Ủy ban Thường vụ Quốc hội
            people's committee shortened    | Kế hoạch số 160/KH-UBND ngày 20/6/2023 của Ủy ban nhân dân tỉnh về triển khai | 160/KH-UBND | KH | UBND tỉnh
            council with its term after     | Nghị quyết số 179/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh, khóa XIV | 179/NQ-HĐND | NQ | HĐND tỉnh
            meeting of a committee          | theo Kết luận số 2888-KL/HU ngày 13/12/2024 của Hội nghị Huyện ủy lần thứ 19, với | 2888-KL/HU | KL | Huyện ủy
            two bodies                      | Quy chế số 01-QCPH/UBND-BDVTU ngày 15/01/2021 giữa UBND tỉnh và Ban Dân vận Tỉnh ủy về | 01-QCPH/UBND-BDVTU | QC | UBND tỉnh và Ban Dân vận Tỉnh ủy
            issuer then the next document   | Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Hướng dẫn số 25-HD/BDVTW | 114-KL/TW | KL | Ban Bí thư
            verb after the issuer           | Quyết định 1856-QĐ/TU, ngày 20/10/2011 của Ban Thường vụ Tỉnh Ủy ban hành Quy chế | 1856-QĐ/TU | QD | Ban Thường vụ Tỉnh Ủy
            """)
    void citationTraps(String name, String sentence, String number, String kind, String issuer) {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + sentence.replace("\\n", "\n") + "\n");
        Citation c = citation(f, number);
        assertEquals(kind, c.citedKind(), name);
        assertEquals(issuer, c.citedIssuer(), name);
    }

    @Test
    void theSameNumberWithAnotherDateIsAnotherDocument() {
        DocumentFacts f = facts("""
                ỦY BAN NHÂN DÂN
                XÃ PHÚ BẮC
                Số: 95/KH-UBND
                Phú Bắc, ngày 05 tháng 02 năm 2022
                KẾ HOẠCH
                THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2022
                Thực hiện Kế hoạch số 95/KH-UBND ngày 22/1/2022 của UBND huyện Quế Minh, UBND xã ban hành Kế hoạch \
                như sau. Trên đây là Kế hoạch số 95/KH-UBND của UBND xã.
                """);
        Citation c = citation(f, "95/KH-UBND");
        assertEquals("UBND huyện Quế Minh", c.citedIssuer());
        assertEquals(1, c.mentions());
    }

    @Test
    void issuerNamesWithADashAndWordsThatFoldLikeTypeWords() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + "Thực hiện Kế hoạch số 94/KH-UBND ngày 2/2/2021 của UBND tỉnh "
                + "Bà Rịa - Vũng Tàu, Kế hoạch số 16/KH-UBND ngày 3/2/2021 của UBND thành phố Hồ Chí Minh và Kế "
                + "hoạch số 7/KH-UBND ngày 4/2/2021 của UBND thành phố Quy Nhơn về công tác dân vận.\n");
        assertEquals("UBND tỉnh Bà Rịa - Vũng Tàu", citation(f, "94/KH-UBND").citedIssuer());
        assertEquals("UBND thành phố Hồ Chí Minh", citation(f, "16/KH-UBND").citedIssuer());
        assertEquals("UBND thành phố Quy Nhơn", citation(f, "7/KH-UBND").citedIssuer());
    }

    @ParameterizedTest(name = "no citation in «{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            trong bối cảnh dịch COVID-19 diễn biến phức tạp
            nhiệm kỳ 2021 - 2026 và giai đoạn 2015 - 2020
            địa chỉ: tổ 5/Khu 2, khu phố 3-A
            khoản 3 Điều 63 của Bộ luật Lao động
            số điện thoại 0255.3822.123, Quý III/2022
            """)
    void notCitations(String sentence) {
        assertEquals(List.of(), facts(PROVINCE_HEADER_2021 + sentence + "\n").citations());
    }

    // ------------------------------------------------------------------ indices

    @Test
    void indicesByAcronymOrFullNameAcrossLineBreaksButNotLookAlikes() {
        DocumentFacts f = facts(MULTI_YEAR_HEADER + """
                Nâng cao Chỉ số về
                năng lực cạnh tranh (PCI), Chỉ số hiệu quả quản trị, hành chính công (PAPI) và Chỉ số cải cách hành chính
                (PAR
                INDEX); đánh giá sự hài lòng của người dân đối với sự phục vụ của các cơ quan hành chính nhà nước;
                chỉ số hài lòng của người bệnh; Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI).
                """);
        assertEquals(List.of("PAPI", "PCI", "PAR_INDEX", "DDCI"),
                f.indexMentions().stream().map(m -> m.indexName()).toList());
        assertFalse(f.mentions("SIPAS"));
    }

    @Test
    void sipasByItsLongNameBrokenOverALine() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + "Cải thiện Chỉ số đo lường sự hài lòng của người dân, tổ chức "
                + "đối với sự phục\nvụ của cơ quan hành chính nhà nước.\n");
        assertTrue(f.mentions("SIPAS"));
    }

    // ------------------------------------------------------------------ deadlines

    private static List<String> deadlines(DocumentFacts f) {
        return f.deadlines().stream().map(d -> d.kind() + " " + d.label()).toList();
    }

    @Test
    void deadlinesOfASingleYearPlan() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + """
                1. Hoàn thành và gửi kế hoạch về UBND tỉnh (qua Sở Nội vụ) trước ngày 19/3/2021.
                2. Báo cáo kết quả 06 tháng (trước ngày 25/5), báo cáo năm (trước ngày 10/10) về UBND tỉnh.
                3. Đăng ký mô hình “Dân vận khéo” gửi về Sở Nội vụ chậm nhất là ngày 01/4/2021.
                4. Tự đánh giá, chấm điểm và gửi hồ sơ minh chứng về Sở Nội vụ trước ngày 01/11/2021.
                5. Rà soát, kiện toàn Ban Chỉ đạo, hoàn thành trước ngày 15/3/2021.
                """);
        assertEquals(List.of("sub_plan 2021-03-19", "six_month_report 2021-05-25", "annual_report 2021-10-10",
                "model_registration 2021-04-01", "self_assessment 2021-11-01", "other 2021-03-15"), deadlines(f));
        assertEquals("UBND tỉnh (qua Sở Nội vụ)", f.deadlines().get(0).recipient());
    }

    @Test
    void yearlessDeadlinesRecurInAMultiYearPlanFromTheirFirstOccurrence() {
        DocumentFacts f = facts(MULTI_YEAR_HEADER + """
                - Định kỳ hằng năm báo cáo 6
                tháng (trước ngày 5 tháng 6) và cuối năm (cuối tháng 10) về Ủy
                ban nhân dân Tỉnh (qua Sở Nội vụ).
                """);
        assertEquals(List.of("six_month_report --06-05", "annual_report --10-31"), deadlines(f));
        Deadline first = f.deadlines().get(0);
        assertTrue(first.recurring());
        assertEquals(LocalDate.of(2022, 6, 5), first.dueDate());
    }

    @Test
    void twoDatesInOnePhraseTakeTheKindsInOrder() {
        DocumentFacts f = facts(MULTI_YEAR_HEADER
                + "Định kỳ báo cáo 6 tháng, năm về UBND tỉnh trước ngày 20/6 và 20/12 hằng năm.\n");
        assertEquals(List.of("six_month_report --06-20", "annual_report --12-20"), deadlines(f));
    }

    @Test
    void pastDatesAreHistoryAndAPlanForNextYearTakesItsOwnYear() {
        DocumentFacts f = facts("""
                ỦY BAN NHÂN DÂN
                TỈNH KIÊN GIANG
                Số: 298/KH-UBND
                Kiên Giang, ngày 26 tháng 12 năm 2023
                KẾ HOẠCH
                THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2024
                Năm 2023 các cơ quan đã gửi báo cáo năm trước ngày 15/11/2023.
                Báo cáo 6 tháng trước ngày 10/6; gửi kế hoạch năm 2024 trước cuối tháng 2.
                """);
        assertEquals(List.of("six_month_report 2024-06-10", "sub_plan 2024-02-29"), deadlines(f));
    }

    @Test
    void aDirectiveRepeatsItsYearlyDeadlineAndItsTarget() {
        DocumentFacts f = facts("""
                ỦY BAN NHÂN DÂN
                TỈNH BẮC GIANG
                Số: 03/CT-UBND
                Bắc Giang, ngày 14 tháng 5 năm 2022
                CHỈ THỊ
                VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN
                Hằng năm, mỗi xã, phường, thị trấn, cơ quan, đơn vị xây dựng ít nhất 01 mô hình “dân vận khéo”.
                Hằng năm, đánh giá kết quả thực hiện gửi về Sở Nội vụ trước ngày 30/11 để tổng hợp, báo cáo.
                """);
        assertEquals(List.of("annual_report --11-30"), deadlines(f));
        assertEquals(LocalDate.of(2022, 11, 30), f.deadlines().get(0).dueDate());
        ModelCount target = f.modelCounts().get(0);
        assertEquals("target_per_unit", target.kind());
        assertEquals(1, target.count());
        assertEquals("at_least", target.qualifier());
        assertTrue(target.recurring());
    }

    @Test
    void noYearAnywhereKeepsMonthAndDayOnly() {
        DocumentFacts f = facts("Đơn vị báo cáo 6 tháng gửi trước ngày 10/6 về Phòng Nội vụ.\n");
        Deadline d = f.deadlines().get(0);
        assertEquals("six_month_report ????-06-10", d.kind() + " " + d.label());
        assertEquals(null, d.dueDate());
    }

    // ------------------------------------------------------------------ model counts

    private static List<String> counts(DocumentFacts f) {
        return f.modelCounts().stream().map(m -> m.kind() + " " + m.count()
                + (m.qualifier() == null ? "" : " " + m.qualifier())).toList();
    }

    @Test
    void totalsTheirPartsAndRunningTotals() {
        DocumentFacts f = facts("""
                ỦY BAN NHÂN DÂN
                TỈNH HÀ TĨNH
                Số: 512/BC-UBND
                Hà Tĩnh, ngày 08 tháng 12 năm 2023
                BÁO CÁO
                KẾT QUẢ NĂM 2023
                1. Phong trào thi đua “Dân vận khéo”
                Năm 2023 đã đăng ký 2.071 mô hình; đến nay đã được công nhận 1.532 mô hình (trong đó: cấp tỉnh \
                112 mô hình, cấp huyện 420 mô hình). Lũy kế từ khi phát động đến nay có trên 1.900 mô hình được \
                công nhận. Có 45 mô hình được đăng ký mới, khen thưởng 12 mô hình. Một số mô hình được nhân rộng.
                """);
        assertEquals(List.of("registered 2071", "recognized 1532", "other 112", "other 420", "cumulative 1900 over",
                "registered 45", "other 12"), counts(f));
        assertEquals(2023, f.modelCounts().get(0).year());
    }

    @Test
    void labelledCountsAndRanges() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + """
                1. Phong trào thi đua “Dân vận khéo”:
                - Số mô hình đăng ký: 1.326 mô hình.
                - Số mô hình được công nhận: 418 mô hình.
                2. Mỗi xã, thị trấn đăng ký xây dựng từ 01 đến 02 mô hình “Dân vận khéo”.
                """);
        assertEquals(List.of("registered 1326", "recognized 418", "target_per_unit 1 at_least"), counts(f));
    }

    @Test
    void aCutOffDateDoesNotHideWhatTheDeadlineIsFor() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + "Đề nghị các đơn vị báo cáo kết quả thực hiện công tác dân "
                + "vận chính quyền năm 2021 (số liệu tính đến ngày 15/11/2021), gửi về Sở Nội vụ trước ngày "
                + "25/11/2021. Các đơn vị tự chấm điểm theo Quyết định số 1455/QĐ-UBND ngày 10/9/2020 của UBND "
                + "tỉnh, gửi kèm bảng điểm trước ngày 30/11/2021.\n");
        assertEquals(List.of("annual_report 2021-11-25", "self_assessment 2021-11-30"), deadlines(f));
    }

    @Test
    void aCountAtTheStartOfAWrappedLineIsNotAListItem() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + """
                Kết quả phong trào thi đua “Dân vận khéo”: năm 2021 toàn thành phố đăng ký
                2.869 mô hình; được công nhận 2.735 mô hình.
                """);
        assertEquals(List.of("registered 2869", "recognized 2735"), counts(f));
    }

    @Test
    void countsFarFromTheMovementAreNotItsModels() {
        DocumentFacts f = facts(PROVINCE_HEADER_2021 + "Xây dựng 25 mô hình nông thôn mới kiểu mẫu.\n");
        assertEquals(List.of(), f.modelCounts());
    }

    // ------------------------------------------------------------------ normalisation

    @Test
    void decomposedTextAndNoBreakSpacesGiveTheSameFacts() {
        String text = PROVINCE_HEADER_2021 + "Đăng ký mô hình “Dân vận khéo” gửi về Sở Nội vụ trước ngày 01/4/2021.\n";
        String messy = Normalizer.normalize(text, Normalizer.Form.NFD).replace("ngày 01", "ngày\u00A001")
                .replace("gửi về", "gửi\tvề");
        assertEquals(deadlines(facts(text)), deadlines(facts(messy)));
        assertEquals(List.of("model_registration 2021-04-01"), deadlines(facts(messy)));
    }
}
