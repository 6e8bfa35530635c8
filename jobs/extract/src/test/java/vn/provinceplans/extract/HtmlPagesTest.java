package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.provinceplans.extract.decode.DecodedFile;
import vn.provinceplans.extract.decode.DocumentDecoder;
import vn.provinceplans.extract.facts.Citation;

/** HTML pages of legal websites: the synthetic marker, and page chrome kept out of the document's facts. */
class HtmlPagesTest {

    private static final String PAGE = """
            <html><head><meta charset="utf-8"><meta name="synthetic" content="true"><title>Kế hoạch 5/KH-UBND</title></head>
            <body>
            <nav class="menu"><ul><li><a href="/papi">PAPI</a></li></ul></nav>
            <div class="noidung">
            <p>ỦY BAN NHÂN DÂN<br>TỈNH NGHỆ AN</p><p>Số: 5/KH-UBND</p><p>Nghệ An, ngày 25 tháng 02 năm 2022</p>
            <p><b>KẾ HOẠCH</b></p><p><b>DÂN VẬN CHÍNH QUYỀN NĂM 2022</b></p>
            <p>Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, nâng cao Chỉ số năng lực cạnh
            tranh cấp tỉnh (PCI).</p>
            <p>Các đơn vị gửi kế hoạch về Sở Nội vụ trước ngày 20/3/2022.</p>
            </div>
            <aside class="van-ban-lien-quan"><h3>Văn bản liên quan</h3><ul>
            <li><a href="/a">Kế hoạch 37/KH-UBND năm 2021 thực hiện quy chế dân chủ</a></li>
            <li><a href="/b">Chỉ thị 33/CT-TTg năm 2021 về công tác dân vận</a></li></ul></aside>
            <footer>Chỉ số SIPAS được cập nhật hằng năm. Liên hệ 1900 6192</footer>
            </body></html>
            """;

    private static DocumentFacts facts() {
        DecodedFile d = DocumentDecoder.decode("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.isLoaded(), d.rejectReason());
        return new DocumentExtractor().extract(d.text());
    }

    @Test
    void aMetaTagMarksAGeneratedPage() {
        DecodedFile d = DocumentDecoder.decode("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.text().startsWith("[synthetic]\n"), d.text());
        assertTrue(facts().header().synthetic());
        DecodedFile real = DocumentDecoder.decode("page.html",
                PAGE.replace("<meta name=\"synthetic\" content=\"true\">", "").getBytes(StandardCharsets.UTF_8));
        assertFalse(real.text().contains("[synthetic]"));
    }

    @Test
    void menusAndFootersAreDroppedAndRelatedListsAreChrome() {
        DocumentFacts f = facts();
        assertEquals(List.of("PCI"), f.indexMentions().stream().map(m -> m.indexName()).toList());
        Citation related = f.citations().stream().filter(c -> c.citedNumber().equals("37/KH-UBND")).findFirst()
                .orElseThrow();
        assertFalse(related.inBody());
        Citation both = f.citations().stream().filter(c -> c.citedNumber().equals("33/CT-TTg")).findFirst()
                .orElseThrow();
        assertTrue(both.inBody());
        assertEquals(2, both.mentions());
        assertEquals(List.of("sub_plan 2022-03-20"), f.deadlines().stream().map(d -> d.kind() + " " + d.label()).toList());
    }

    @Test
    void aBlockHoldingMostOfThePageIsNeverChrome() {
        String wrapped = PAGE.replace("<div class=\"noidung\">", "<div class=\"layout nav-open has-sidebar\"><div>")
                .replace("</div>\n<aside", "</div></div>\n<aside");
        DecodedFile d = DocumentDecoder.decode("page.html", wrapped.getBytes(StandardCharsets.UTF_8));
        assertTrue(d.text().contains("Thực hiện Chỉ thị số 33/CT-TTg"), d.text());
    }
}
