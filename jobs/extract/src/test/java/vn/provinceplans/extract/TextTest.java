package vn.provinceplans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.provinceplans.extract.text.Fold;
import vn.provinceplans.extract.text.TextNormalizer;

class TextTest {

    @ParameterizedTest(name = "fold key of «{0}» is «{1}»")
    @CsvSource({
        "Quảng Ngãi, quang ngai",
        "QUẢNG NGÃI, quang ngai",
        "Thanh Hoá, thanh hoa",
        "Thanh Hóa, thanh hoa",
        "Khánh Hoà, khanh hoa",
        "Đắk Lắk, dak lak",
        "'Bà Rịa - Vũng Tàu', ba ria vung tau",
        "TP.HCM, tp hcm",
        "Thuỷ, thuy",
        "Thủy, thuy",
    })
    void foldKeys(String name, String key) {
        assertEquals(key, Fold.key(name));
    }

    @Test
    void foldKeepsOffsetsAndFoldsDecomposedInput() {
        String nfc = "Ủy ban nhân dân tỉnh Quảng Ngãi";
        assertEquals(nfc.length(), Fold.chars(nfc).length());
        assertEquals("uy ban nhan dan tinh quang ngai", Fold.chars(nfc));
        assertEquals(Fold.key(nfc), Fold.key(Normalizer.normalize(nfc, Normalizer.Form.NFD)));
    }

    @Test
    void normalizerMakesOneCanonicalForm() {
        String raw = "\uFEFF\r\n  Quy\u0301 ch\u00EA\u0301\u00A0da\u0302n chu\u0309  \r\nline\u200B2\t \n\n\n";
        assertEquals("  Quý chế dân chủ\nline2", TextNormalizer.normalize(raw));
        assertTrue(Normalizer.isNormalized(TextNormalizer.normalize(raw), Normalizer.Form.NFC));
    }

    @Test
    void titleCaseAndUpperCase() {
        assertEquals("Trà Bồng", Fold.titleCase("TRÀ BỒNG"));
        assertTrue(Fold.isUpperCase("CHỈ THỊ 03"));
        assertFalse(Fold.isUpperCase("Chỉ thị"));
        assertFalse(Fold.isUpperCase("2021"));
    }
}
