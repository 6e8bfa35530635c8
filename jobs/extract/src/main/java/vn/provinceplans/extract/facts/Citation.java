package vn.provinceplans.extract.facts;

import java.time.LocalDate;

/**
 * A legal document a text cites, once per document and number. {@code inBody} is true when any mention is in the
 * document's own text, false when the number appears only in what a website wrapped around it.
 *
 * @param citedNumber normalised number: NFC, no inner spaces, 'Đ' kept ('04/2015/NĐ-CP')
 * @param citedKind   type of the cited document (vocabulary cited_kind): from the type word, else the number's code
 * @param citedIssuer the body that issued it as the text names it ('Bộ Chính trị', 'UBND tỉnh'), else from a
 *                    central code (TTg, CP, QH); null when neither says
 * @param citedYear   year of issue: from the number, else its date, else 'năm 2015' right after it
 * @param citedDate   date of issue when the text gives it right after the number
 * @param mentions    how many times the number appears
 */
public record Citation(String citedNumber, String citedKind, String citedIssuer, Integer citedYear, LocalDate citedDate,
                       boolean inBody, String context, int mentions) {
}
