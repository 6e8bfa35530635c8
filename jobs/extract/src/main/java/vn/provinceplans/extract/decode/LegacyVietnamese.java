package vn.provinceplans.extract.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The two pre-Unicode Vietnamese font encodings most older government files use, read from the published mapping
 * tables in {@code data/reference/encodings/} (sources in {@code data/SOURCES.md}):
 * <ul>
 *   <li>TCVN3 ("ABC", fonts .VnTime/.VnArial): one byte per letter in 0xA1–0xFF. The ABC fonts have no codes for
 *       upper-case letters with a tone mark (headings used the .VnTimeH font on the lower-case codes), so
 *       {@link #decodeTcvn3} restores the capitals of words that stand among upper-case words.</li>
 *   <li>VNI-Windows (fonts VNI-Times …): a base letter followed by a byte for the mark(s).</li>
 * </ul>
 * Both work on "byte text": a string whose characters U+0000–U+00FF stand for the bytes, which is what a legacy
 * file read as Windows-1252/Latin-1 looks like, and what Tika gives for a Word run in a .VnTime font.
 */
public final class LegacyVietnamese {

    public static final String TCVN3 = "TCVN3 (ABC)";
    public static final String VNI = "VNI-Windows";

    private static final char[] TCVN3_TABLE = new char[256];
    /** VNI sequences of one or two byte-characters → Unicode letter. */
    private static final Map<String, Character> VNI_TABLE = new HashMap<>();
    private static final Map<Character, String> VNI_ENCODE = new HashMap<>();
    private static final Map<Character, Character> TCVN3_ENCODE = new HashMap<>();

    static {
        for (CSVRecord r : read("tcvn3.csv")) {
            int b = Integer.parseInt(r.get("byte"), 16);
            char c = (char) Integer.parseInt(r.get("unicode").substring(2), 16);
            TCVN3_TABLE[b] = c;
            // The standard also places 16 upper-case toned letters in 0xA0–0xFF; ABC fonts never used them.
            if (Character.isLetter(c) && !(Character.isUpperCase(c) && hasToneMark(c))) {
                TCVN3_ENCODE.put(c, (char) b);
            }
        }
        for (CSVRecord r : read("vni-windows.csv")) {
            StringBuilder seq = new StringBuilder();
            for (String hex : r.get("bytes").split(" ")) {
                seq.append((char) Integer.parseInt(hex, 16));
            }
            char c = (char) Integer.parseInt(r.get("unicode").substring(2), 16);
            VNI_TABLE.put(seq.toString(), c);
            VNI_ENCODE.put(c, seq.toString());
        }
    }

    private LegacyVietnamese() {
    }

    /** True when the byte-character has a meaning in TCVN3 that differs from its Latin-1 meaning. */
    public static boolean isTcvn3Code(char c) {
        return c < 256 && TCVN3_TABLE[c] != 0;
    }

    /** TCVN3 byte text → Unicode NFC, with capitals restored in upper-case words. */
    public static String decodeTcvn3(String byteText) {
        StringBuilder out = new StringBuilder(byteText.length());
        // Letters decoded from a TCVN3 code that has no upper-case twin: their case is unknown.
        boolean[] caseless = new boolean[byteText.length()];
        for (int i = 0; i < byteText.length(); i++) {
            char c = byteText.charAt(i);
            char mapped = isTcvn3Code(c) ? TCVN3_TABLE[c] : c;
            if (Character.getType(mapped) == Character.NON_SPACING_MARK && !out.isEmpty()) {
                // A combining tone mark (0xB0–0xB4) joins the letter before it; NFC composes them.
                String composed = Normalizer.normalize(out.charAt(out.length() - 1) + String.valueOf(mapped),
                        Normalizer.Form.NFC);
                if (composed.length() == 1) {
                    out.setCharAt(out.length() - 1, composed.charAt(0));
                    continue;
                }
            }
            caseless[out.length()] = isTcvn3Code(c) && Character.isLowerCase(mapped) && hasToneMark(mapped);
            out.append(mapped);
        }
        return Normalizer.normalize(restoreCapitals(out.toString(), caseless), Normalizer.Form.NFC);
    }

    /** VNI byte text → Unicode NFC. */
    public static String decodeVni(String byteText) {
        StringBuilder out = new StringBuilder(byteText.length());
        int i = 0;
        while (i < byteText.length()) {
            if (i + 1 < byteText.length()) {
                Character two = VNI_TABLE.get(byteText.substring(i, i + 2));
                if (two != null) {
                    out.append(two.charValue());
                    i += 2;
                    continue;
                }
            }
            Character one = VNI_TABLE.get(byteText.substring(i, i + 1));
            out.append(one != null ? one.charValue() : byteText.charAt(i));
            i++;
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /**
     * Unicode → TCVN3 byte text the way an ABC keyboard typed it: an upper-case letter with a tone mark becomes its
     * lower-case code. Used to make test samples; characters TCVN3 cannot hold are kept.
     */
    public static String encodeTcvn3(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            Character code = TCVN3_ENCODE.get(c);
            if (code == null && Character.isUpperCase(c)) {
                code = TCVN3_ENCODE.get(Character.toLowerCase(c));
            }
            out.append(code != null ? code.charValue() : c);
        }
        return out.toString();
    }

    /** Unicode → VNI-Windows byte text (lossless for Vietnamese letters). Used to make test samples. */
    public static String encodeVni(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 4);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            out.append(VNI_ENCODE.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }

    private static boolean hasToneMark(char c) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 1; i < nfd.length(); i++) {
            switch (nfd.charAt(i)) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * An upper-case heading typed in TCVN3 ("CéNG HßA", "KÕ HO¹CH") holds lower-case codes for its toned letters.
     * A word is made upper case when its letters of known case are all capitals and either there are at least two
     * of them, or a neighbouring word (separated by spaces only) is upper case: "HO¹CH" → "HOẠCH", and then
     * "KÕ" beside it → "KẾ". A lone "KÕ" or "Sè:" stays "Kế", "Số".
     */
    private static String restoreCapitals(String text, boolean[] caseless) {
        StringBuilder out = null;
        int lineStart = 0;
        // Line by line: a heading is one line, and the word arrays stay as small as a line.
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            for (int i = lineStart; i < lineEnd; i++) {
                if (caseless[i]) {
                    if (out == null) {
                        out = new StringBuilder(text);
                    }
                    restoreLine(text, caseless, lineStart, lineEnd, out);
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    private static void restoreLine(String text, boolean[] caseless, int from, int to, StringBuilder out) {
        int n = to - from;
        // Words: maximal runs of letters. kind: 1 upper, -1 lower, 0 undecided.
        int[] starts = new int[n / 2 + 1];
        int[] ends = new int[n / 2 + 1];
        int[] kinds = new int[n / 2 + 1];
        int words = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int upper = 0;
            int lower = 0;
            boolean hasCaseless = false;
            while (i < to && Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (caseless[i]) {
                    hasCaseless = true;
                } else if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
                i++;
            }
            starts[words] = start;
            ends[words] = i;
            kinds[words] = lower > 0 ? -1 : (upper >= 2 || (upper >= 1 && !hasCaseless)) ? 1 : 0;
            words++;
        }
        // Spread "upper" to undecided neighbours, both ways, so runs of short words in a heading follow.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int w = 0; w < words; w++) {
                if (kinds[w] != 0) {
                    continue;
                }
                boolean left = w > 0 && kinds[w - 1] == 1 && onlySpaces(text, ends[w - 1], starts[w]);
                boolean right = w + 1 < words && kinds[w + 1] == 1 && onlySpaces(text, ends[w], starts[w + 1]);
                if (left || right) {
                    kinds[w] = 1;
                    changed = true;
                }
            }
        }
        for (int w = 0; w < words; w++) {
            if (kinds[w] == 1) {
                for (int j = starts[w]; j < ends[w]; j++) {
                    if (caseless[j]) {
                        out.setCharAt(j, Character.toUpperCase(text.charAt(j)));
                    }
                }
            }
        }
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static Iterable<CSVRecord> read(String file) {
        String path = "/ppw/reference/encodings/" + file;
        try (InputStream in = LegacyVietnamese.class.getResourceAsStream(path);
             Reader r = new InputStreamReader(Objects.requireNonNull(in, path), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
