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
        int n = nfc.length();
        // Every character gives at most one, and the text ends with one more line end: a plain array is enough,
        // and filling it costs a fraction of a StringBuilder's checks per character.
        char[] out = new char[n + 1];
        int length = 0;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = nfc.charAt(i);
            // Nearly every character is printable ASCII or a letter below U+2000 that none of the cases below
            // names: one range test for those instead of the switch's search through all its cases.
            if ((c >= ' ' && c < '\u007F') || (c > '\u00AD' && c < '\u2000' && c != '\u1680')) {
                out[length++] = c;
                continue;
            }
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && nfc.charAt(i + 1) == '\n') {
                        i++;
                    }
                    length = endLine(out, lineStart, length);
                    lineStart = length;
                }
                case '\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> {
                    length = endLine(out, lineStart, length);
                    lineStart = length;
                }
                // No-break and typographic spaces are layout, not content.
                case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                        '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> out[length++] = ' ';
                // Invisible characters that split words for a matcher but not for a reader.
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out[length++] = c;
                    }
                }
            }
        }
        length = endLine(out, lineStart, length);
        // A document starts at its first non-blank line and ends at its last.
        int end = length;
        while (end > 0 && out[end - 1] == '\n') {
            end--;
        }
        int start = 0;
        while (start < end) {
            int nl = start;
            while (nl < end && out[nl] != '\n') {
                nl++;
            }
            if (nl >= end || !isBlank(out, start, nl)) {
                break;
            }
            start = nl + 1;
        }
        return new String(out, start, end - start);
    }

    /** Drops trailing blanks of the line [lineStart, length), appends '\n' and returns the new length. */
    private static int endLine(char[] out, int lineStart, int length) {
        int end = length;
        while (end > lineStart && (out[end - 1] == ' ' || out[end - 1] == '\t')) {
            end--;
        }
        out[end] = '\n';
        return end + 1;
    }

    private static boolean isBlank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }
}
