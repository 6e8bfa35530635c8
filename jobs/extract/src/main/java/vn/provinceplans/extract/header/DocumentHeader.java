package vn.provinceplans.extract.header;

import java.time.LocalDate;

/** The header facts of one document. Every field the text does not give is null, never guessed. */
public record DocumentHeader(
        String docNumber,
        String docType,
        String issuer,
        String issuerLevel,
        String province,
        String district,
        LocalDate issueDate,
        String signer,
        String title,
        Integer periodStart,
        Integer periodEnd,
        String parentDocNumber,
        LocalDate parentDocDate,
        boolean truncated,
        boolean synthetic) {
}
