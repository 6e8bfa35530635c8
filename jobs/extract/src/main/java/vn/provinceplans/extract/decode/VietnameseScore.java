package vn.provinceplans.extract.decode;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How Vietnamese a decoded text looks: the share of its words with non-ASCII letters that are valid Vietnamese
 * syllables (onset, vowel nucleus, final consonant, at most one tone mark on a vowel, only sắc or nặng before a final
 * p, t, c, ch). Characters that a wrong decoding leaves behind (¸ µ ¹ ¬ …) count as failed words. Words of plain
 * ASCII read the same under every candidate encoding, so they are not counted.
 */
public final class VietnameseScore {

    /** Onsets, vowel nuclei and final consonants of Vietnamese syllables, after the tone mark is taken off. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|gh|gi|kh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
            + "(iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu"
            + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê"
            + "|[aăâeêioôơuưy])"
            + "(ch|ng|nh|[cmnpt])?");
    private static final Pattern STOP_FINAL = Pattern.compile(".*(p|t|c|ch)");

    /** The share of valid words among the counted ones, and how many were counted. */
    public record Score(int counted, int valid) {
        public double share() {
            return counted == 0 ? 0 : (double) valid / counted;
        }
    }

    private VietnameseScore() {
    }

    public static Score of(String text) {
        int counted = 0;
        int valid = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                boolean ascii = true;
                while (i < n && isWordChar(text.charAt(i))) {
                    ascii &= text.charAt(i) < 0x80;
                    i++;
                }
                if (!ascii) {
                    counted++;
                    if (isSyllable(text.substring(start, i))) {
                        valid++;
                    }
                }
            } else {
                if (isDebris(c)) {
                    counted++;
                }
                i++;
            }
        }
        return new Score(counted, valid);
    }

    /** True for one Vietnamese syllable in any case and in NFC or NFD form: "Hoạch", "NGHĨA", "quyết". */
    public static boolean isSyllable(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(nfd.length());
        char tone = 0;
        char lastBase = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    if (tone != 0 || "aeiouy".indexOf(lastBase) < 0) {
                        return false;
                    }
                    tone = c;
                }
                case '\u0302', '\u0306', '\u031B' -> base.append(c);
                default -> {
                    if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        return false;
                    }
                    base.append(c);
                    lastBase = c;
                }
            }
        }
        String b = Normalizer.normalize(base, Normalizer.Form.NFC);
        if (!SYLLABLE.matcher(b).matches()) {
            return false;
        }
        return !STOP_FINAL.matcher(b).matches() || tone == 0 || tone == '\u0301' || tone == '\u0323';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Latin-1 symbols and C1 controls: what a legacy encoding read the wrong way leaves in a text. */
    private static boolean isDebris(char c) {
        return (c >= 0x80 && c <= 0x9F) || (c >= 0xA1 && c <= 0xBF && c != 0xAB && c != 0xBB)
                || c == 0xD7 || c == 0xF7 || c == 0xFFFD;
    }
}
