package vn.provinceplans.extract.document;

/** What a line of a document is: the document's own text, or what a website wrapped around it. */
public enum LineKind {
    /** Blank, or only table rules and cell separators. */
    BLANK,
    /** The document itself. */
    BODY,
    /** An item of a website's related-documents list ("- 13Kế hoạch 70/KH-UBND …"). */
    RELATED_LIST,
    /** A line of a website's metadata block ("Số hiệu", "Ngày ban hành", "Người ký" …). */
    METADATA,
    /** Website navigation, widgets and its title line outside the body. */
    SITE_CHROME
}
