package vn.provinceplans.dashboards.site;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A page of the site: one of the 63 provinces before the 2025 reform, or one of the 34 units after it. Codes are
 * reused with new meanings (24 was Bắc Giang and is Bắc Ninh), so the two eras live in separate folders.
 *
 * @param successorCode for a former province, the current unit it became
 * @param predecessors  for a current unit, the former provinces that formed it
 */
record Unit(boolean current, String code, String name, String successorCode, String successorName,
        List<String> predecessors) {

    String folder() {
        return current ? "units" : "provinces";
    }

    /** File name: code and the name without diacritics, e.g. {@code 51-quang-ngai.html}. */
    String fileName() {
        return code + "-" + slug(name) + ".html";
    }

    /** Path from the site's root. */
    String href() {
        return folder() + "/" + fileName();
    }

    /** How the search box lists it: the two eras of one name must stay apart. */
    String searchLabel() {
        return name + (current ? " (từ 1/7/2025)" : " (đến 30/6/2025)");
    }

    String kindLabel() {
        return current ? "đơn vị hành chính cấp tỉnh từ 1/7/2025" : "tỉnh, thành phố đến 30/6/2025";
    }

    /** The file-name prefix of its charts. */
    String chartPrefix() {
        return (current ? "u" : "p") + code;
    }

    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
