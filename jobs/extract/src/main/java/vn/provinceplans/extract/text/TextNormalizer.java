package vn.provinceplans.extract.text;

import java.text.Normalizer;

/**
 * Brings decoded text to the one form every later step expects: NFC, LF line ends, plain spaces. The SHA-256 of
 * this form is the document's identity, so two files that differ only in these respects are one document.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int lineStart = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                        i++;
                    }
                    lineStart = endLine(out, lineStart);
                }
                case '\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> lineStart = endLine(out, lineStart);
                // No-break and typographic spaces are layout, not content.
                case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                        '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                // Invisible characters that split words for a matcher but not for a reader.
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        endLine(out, lineStart);
        // A document starts at its first non-blank line and ends at its last.
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        int start = 0;
        while (start < end) {
            int nl = out.indexOf("\n", start);
            if (nl < 0 || nl >= end || !out.substring(start, nl).isBlank()) {
                break;
            }
            start = nl + 1;
        }
        return out.substring(start, end);
    }

    /** Drops trailing blanks of the line that ends here, appends '\n' and returns where the next line starts. */
    private static int endLine(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
        out.append('\n');
        return out.length();
    }
}
