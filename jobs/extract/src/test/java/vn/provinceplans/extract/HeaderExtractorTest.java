package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.provinceplans.extract.eval.FactFields;
import vn.provinceplans.extract.header.DocumentHeader;
import vn.provinceplans.extract.text.TextNormalizer;

/** Text in, header field out: one row per field and per trap seen in real documents. */
class HeaderExtractorTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    static final String PROVINCE_PLAN_PIPES = """
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 38/KH-UBND | Quảng Ngãi, ngày 04 tháng 3 năm 2021 |
            THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2021
            Thực hiện Công văn số 246-CV/TU ngày 08/02/2021 của Ban Thường vụ Tỉnh ủy, UBND tỉnh xây dựng kế hoạch như sau:
            1. Nội dung.
            | CHỦ TỊCH |
            - Số hiệu: 38/KH-UBND
            - Người ký: Đặng Văn Minh
            """;

    static final String SPLIT_LINES = """
            ỦY BAN NHÂN DÂN
            TỈNH ĐỒNG THÁP
            -------
            |
            CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số: 15/KH-UBND
            |
            Đồng Tháp, ngày
            14 tháng 01 năm 2022
            |
            KẾ HOẠCH
            THỰC
            HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN ĐẾN NĂM 2025
            Thực hiện Nghị quyết số
            01-NQ/TU của Ban Chấp hành Đảng bộ Tỉnh, UBND Tỉnh ban hành Kế hoạch như sau:
            I. MỤC ĐÍCH
            Nơi nhận:
            - Bộ Nội vụ;
            |
            TM. ỦY BAN NHÂN
            DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Đoàn Tấn Bửu
            |
            """;

    static final String DISTRICT_NO_HEADER = """
             KẾ HOẠCH\u00A0
            Thực hiện quy chế dân chủ ở cơ sở\t

            và công tác dân vận chính quyền năm 2025

            Thực hiện Kế hoạch số 39/KH-UBND ngày 27/02/2025 của UBND tỉnh Quảng Ngãi về thực hiện quy chế dân chủ, Ủy ban nhân dân huyện xây dựng kế hoạch như sau:
            1. Phát huy Nghị quyết Đại hội Đảng bộ huyện Trà Bồng lần thứ XXIV.
            2. Quy chế của hệ thống chính trị huyện Trà Bồng; trên địa bàn huyện Trà Bồng.
            3. Gửi báo cáo 06 tháng (trước ngày 25/5) về Ủy ban nhân dân huyện.
            """;

    static final String DIRECTIVE_WITH_CHROME = """
            Chỉ thị 03/CT-UBND

            Nội dung toàn văn Chỉ thị 03/CT-UBND 2022 tăng cường công tác dân vận Bắc Giang

            ỦY BAN NHÂN DÂN
            TỈNH BẮC GIANG
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 03/CT-UBND
            Bắc Giang, ngày 14 tháng 5 năm 2022
            CHỈ THỊ
            VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN TRÊN ĐỊA BÀN TỈNH BẮC GIANG
            Thời gian qua, công tác dân vận và việc thực hiện quy chế dân chủ ở cơ sở của cơ quan nhà nước, chính quyền các cấp trên địa bàn tỉnh đã có chuyển biến rõ nét.
            KT.CHỦ TỊCH
            PHÓ CHỦ TỊCH



            Mai Sơn
            Đã xem:
            Thuộc tính Văn bản pháp luật 03/CT-UBND
            Loại văn bảnChỉ thị
            Số hiệu03/CT-UBND
            Người ký
            Người kýMai Sơn
            Ngày ban hành14/05/2022
            """;

    static final String METADATA_ON_TOP_CUT = """
            Kế hoạch 56/KH-UBND thực hiện dân chủ ở cơ sở tỉnh Quảng Ninh năm 2024

            Số hiệu 56/KH-UBND
            Ngày ban hành 26/02/2024
            Cơ quan ban hành Tỉnh Quảng Ninh
            Người ký Cao Tường Huy

            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NINH
            Số: 56/KH-UBND
            Quảng Ninh, ngày 26 tháng 02 năm 2024
            KẾ HOẠCH
            THỰC HIỆN DÂN CHỦ Ở CƠ SỞ TỈNH QUẢNG NINH NĂM 2024
            Căn cứ Luật Thực hiện dân chủ ở cơ sở;

            [...]
            """;

    static final String COMMUNE_PLAN = """
            ỦY BAN NHÂN DÂN
            XÃ TRÀ PHÚ
            Số: 12/KH-UBND
            Trà Phú, ngày 10 tháng 3 năm 2025
            KẾ HOẠCH
            THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2025
            Thực hiện Kế hoạch số 20/KH-UBND ngày 03/3/2025 của UBND huyện Trà Bồng về thực hiện quy chế dân chủ ở cơ sở năm 2025 trên địa bàn tỉnh Quảng Ngãi, UBND xã xây dựng kế hoạch như sau:
            CHỦ TỊCH
            Nguyễn Văn An
            """;

    static final String DEPARTMENT_REPORT = """
            UBND TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc
            Số: 145/BC-SNV | Quảng Ngãi, ngày 20 tháng 11 năm 2023
            BÁO CÁO
            KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2023
            Thực hiện Kế hoạch số 43/KH-UBND ngày 01/3/2023 của UBND tỉnh, Sở Nội vụ báo cáo như sau:
            GIÁM ĐỐC
            Trần Thị Bình
            """;

    static final String PARTY_REPORT = """
            TỈNH ỦY BẮC GIANG | ĐẢNG CỘNG SẢN VIỆT NAM
            BAN DÂN VẬN |
            * | Bắc Giang, ngày 05 tháng 12 năm 2023
            Số 07-BC/DV |
            BÁO CÁO
            KẾT QUẢ PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2023
            Thực hiện chương trình công tác năm 2023, Ban Dân vận Tỉnh ủy báo cáo như sau:
            TRƯỞNG BAN
            LÊ THỊ THU HỒNG
            """;

    static final String CITY_LETTER = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HỒ CHÍ MINH
            Số: 5451/UBND-VX
            V/v triển khai thực hiện quy chế dân chủ ở cơ sở năm 2024
            Thành phố Hồ Chí Minh, ngày 31 tháng 02 năm 2024
            Kính gửi: Sở Nội vụ.
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                // number, date and issuer in a '|' header table; signer only in site metadata
                Arguments.of("pipes: number", PROVINCE_PLAN_PIPES, "doc_number", "38/KH-UBND"),
                Arguments.of("pipes: date", PROVINCE_PLAN_PIPES, "issue_date", "2021-03-04"),
                Arguments.of("pipes: issuer from place", PROVINCE_PLAN_PIPES, "issuer", "UBND tỉnh Quảng Ngãi"),
                Arguments.of("pipes: level", PROVINCE_PLAN_PIPES, "issuer_level", "province"),
                Arguments.of("pipes: signer from metadata", PROVINCE_PLAN_PIPES, "signer", "Đặng Văn Minh"),
                Arguments.of("pipes: Công văn of the Party is not the parent", PROVINCE_PLAN_PIPES,
                        "parent_doc_number", ""),
                Arguments.of("pipes: title", PROVINCE_PLAN_PIPES, "title",
                        "THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2021"),
                // header cells on separate lines; date split over two lines; multi-year 'đến năm'
                Arguments.of("split: number", SPLIT_LINES, "doc_number", "15/KH-UBND"),
                Arguments.of("split: date over lines", SPLIT_LINES, "issue_date", "2022-01-14"),
                Arguments.of("split: issuer", SPLIT_LINES, "issuer", "UBND tỉnh Đồng Tháp"),
                Arguments.of("split: title joined", SPLIT_LINES, "title",
                        "THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN ĐẾN NĂM 2025"),
                Arguments.of("split: period start = issue year", SPLIT_LINES, "period_start", "2022"),
                Arguments.of("split: period end", SPLIT_LINES, "period_end", "2025"),
                Arguments.of("split: KT. signature block", SPLIT_LINES, "signer", "Đoàn Tấn Bửu"),
                // no header at all: nothing guessed; issuer from the opening sentence, province from the parent
                Arguments.of("no header: number stays null", DISTRICT_NO_HEADER, "doc_number", ""),
                Arguments.of("no header: date stays null", DISTRICT_NO_HEADER, "issue_date", ""),
                Arguments.of("no header: signer stays null", DISTRICT_NO_HEADER, "signer", ""),
                Arguments.of("no header: type from title word", DISTRICT_NO_HEADER, "doc_type", "KH"),
                Arguments.of("no header: issuer", DISTRICT_NO_HEADER, "issuer", "UBND huyện Trà Bồng"),
                Arguments.of("no header: level", DISTRICT_NO_HEADER, "issuer_level", "district"),
                Arguments.of("no header: province from parent plan", DISTRICT_NO_HEADER, "province", "Quảng Ngãi"),
                Arguments.of("no header: district", DISTRICT_NO_HEADER, "district", "Trà Bồng"),
                Arguments.of("no header: parent", DISTRICT_NO_HEADER, "parent_doc_number", "39/KH-UBND"),
                Arguments.of("no header: parent date", DISTRICT_NO_HEADER, "parent_doc_date", "2025-02-27"),
                Arguments.of("no header: mixed-case title", DISTRICT_NO_HEADER, "title",
                        "Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2025"),
                Arguments.of("decomposed (NFD) input", Normalizer.normalize(DISTRICT_NO_HEADER,
                        Normalizer.Form.NFD), "province", "Quảng Ngãi"),
                // directive between site chrome; 'Người kýMai Sơn' with no separator
                Arguments.of("directive: type", DIRECTIVE_WITH_CHROME, "doc_type", "CT"),
                Arguments.of("directive: open-ended start", DIRECTIVE_WITH_CHROME, "period_start", "2022"),
                Arguments.of("directive: open-ended end", DIRECTIVE_WITH_CHROME, "period_end", ""),
                Arguments.of("directive: signer after blank lines", DIRECTIVE_WITH_CHROME, "signer", "Mai Sơn"),
                Arguments.of("directive: province", DIRECTIVE_WITH_CHROME, "province", "Bắc Giang"),
                // metadata block on top, text cut off
                Arguments.of("metadata on top: signer", METADATA_ON_TOP_CUT, "signer", "Cao Tường Huy"),
                Arguments.of("metadata on top: number", METADATA_ON_TOP_CUT, "doc_number", "56/KH-UBND"),
                Arguments.of("cut off: truncated", METADATA_ON_TOP_CUT, "truncated", "true"),
                Arguments.of("not cut off", SPLIT_LINES, "truncated", "false"),
                Arguments.of("cut off: '(còn tiếp)' then blank lines", SPLIT_LINES + "\n(còn tiếp)\n\n   \n\n",
                        "truncated", "true"),
                Arguments.of("cut off: '[ … ]' with wide spaces", SPLIT_LINES + "\n[" + " ".repeat(300) + "…"
                        + "\n".repeat(300) + "]", "truncated", "true"),
                Arguments.of("an ellipsis before the end is no cut", SPLIT_LINES + "\n… và các nội dung khác.",
                        "truncated", "false"),
                // commune plan: district and province through the parent plan
                Arguments.of("commune: level", COMMUNE_PLAN, "issuer_level", "commune"),
                Arguments.of("commune: issuer", COMMUNE_PLAN, "issuer", "UBND xã Trà Phú"),
                Arguments.of("commune: district from parent", COMMUNE_PLAN, "district", "Trà Bồng"),
                Arguments.of("commune: province from mentions", COMMUNE_PLAN, "province", "Quảng Ngãi"),
                Arguments.of("commune: parent", COMMUNE_PLAN, "parent_doc_number", "20/KH-UBND"),
                Arguments.of("commune: signer", COMMUNE_PLAN, "signer", "Nguyễn Văn An"),
                // department under a province committee
                Arguments.of("department: level", DEPARTMENT_REPORT, "issuer_level", "department"),
                Arguments.of("department: issuer", DEPARTMENT_REPORT, "issuer", "Sở Nội vụ tỉnh Quảng Ngãi"),
                Arguments.of("department: province", DEPARTMENT_REPORT, "province", "Quảng Ngãi"),
                Arguments.of("department: type from code", DEPARTMENT_REPORT, "doc_type", "BC"),
                Arguments.of("department: parent plan of its province", DEPARTMENT_REPORT, "parent_doc_number",
                        "43/KH-UBND"),
                Arguments.of("department: period", DEPARTMENT_REPORT, "period_start", "2023"),
                // Party board; number with '-', no colon after 'Số'
                Arguments.of("party: number", PARTY_REPORT, "doc_number", "07-BC/DV"),
                Arguments.of("party: type", PARTY_REPORT, "doc_type", "BC"),
                Arguments.of("party: level", PARTY_REPORT, "issuer_level", "party"),
                Arguments.of("party: issuer", PARTY_REPORT, "issuer", "Ban Dân vận Tỉnh ủy Bắc Giang"),
                Arguments.of("party: province", PARTY_REPORT, "province", "Bắc Giang"),
                Arguments.of("party: upper-case signer title-cased", PARTY_REPORT, "signer", "Lê Thị Thu Hồng"),
                // centrally-run city; official letter; impossible date
                Arguments.of("city: level", CITY_LETTER, "issuer_level", "province"),
                Arguments.of("city: province", CITY_LETTER, "province", "Hồ Chí Minh"),
                Arguments.of("letter: type", CITY_LETTER, "doc_type", "CV"),
                Arguments.of("letter: subject as title", CITY_LETTER, "title",
                        "triển khai thực hiện quy chế dân chủ ở cơ sở năm 2024"),
                Arguments.of("impossible date 31/02 is null", CITY_LETTER, "issue_date", ""),
                Arguments.of("synthetic marker", "[synthetic] generated\n" + SPLIT_LINES, "synthetic", "true"),
                Arguments.of("real document", SPLIT_LINES, "synthetic", "false"),
                Arguments.of("the marker later in the text is no marker", SPLIT_LINES + "\n[synthetic]", "synthetic",
                        "false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsField(String name, String text, String field, String expected) {
        DocumentHeader h = EXTRACTOR.extract(TextNormalizer.normalize(text)).header();
        assertEquals(expected, field(h, field), name);
    }

    static String field(DocumentHeader h, String field) {
        return switch (field) {
            case "title" -> h.title() == null ? "" : h.title();
            case "parent_doc_date" -> h.parentDocDate() == null ? "" : h.parentDocDate().toString();
            case "truncated" -> Boolean.toString(h.truncated());
            case "synthetic" -> Boolean.toString(h.synthetic());
            default -> FactFields.headerValue(h, field);
        };
    }
}
