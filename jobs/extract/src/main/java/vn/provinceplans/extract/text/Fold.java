package vn.provinceplans.extract.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent folding for Vietnamese. {@link #chars} maps every character to one character (lower case, no tone or
 * vowel marks, đ → d), so offsets in the folded text are offsets in the original: patterns match on the folded
 * text and values are cut from the original. {@link #key} is the comparison key for names.
 */
public final class Fold {

    private static final char[] TABLE = buildTable();

    private Fold() {
    }

    /** Same length as the input; 'Quảng Ngãi' → 'quang ngai', 'ĐỒNG' → 'dong', 'Thuỷ'/'Thủy' → 'thuy'. */
    public static String chars(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[text.charAt(i)];
        }
        return new String(out);
    }

    /** Comparison key: folded, punctuation and runs of space collapsed to one space, trimmed. */
    public static String key(String text) {
        String folded = chars(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** 'TRÀ BỒNG' → 'Trà Bồng'; each word's first letter upper case, the rest lower. */
    public static String titleCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** True when the text has letters and none of them is lower case. */
    public static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
            if (c < 0x80) {
                table[c] = Character.toLowerCase((char) c);
            } else if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') {
                table[c] = 'd';
            } else if (Character.isLetter(c) && !Character.isSurrogate((char) c)) {
                String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
                table[c] = Character.toLowerCase(nfd.charAt(0));
            }
        }
        return table;
    }
}
