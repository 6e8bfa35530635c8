package vn.provinceplans.extract.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bytes of a text file → Unicode text and the name of the encoding it was in, or a reason why it cannot be told.
 * In order: a byte-order mark; UTF-16 without a mark (told by where the zero bytes fall); strict UTF-8; else the
 * Vietnamese legacy encodings Windows-1258, TCVN3 and VNI, scored by {@link VietnameseScore} — the winner must be
 * clearly Vietnamese and clearly ahead, or the file is rejected rather than mangled. Text that is already Unicode
 * but carries TCVN3 or VNI letters (a TCVN3 file once converted as if it were Windows-1252, a Word run in a .VnTime
 * font) goes through {@link #repairLegacy}.
 */
public final class TextEncodings {

    /** A decided text: {@code text} and {@code encoding}, or {@code problem} (then text is null). */
    public record Decoded(String text, String encoding, String problem) {
        static Decoded ok(String text, String encoding) {
            return new Decoded(text, encoding, null);
        }

        static Decoded problem(String problem, String encoding) {
            return new Decoded(null, encoding, problem);
        }
    }

    /** What the best candidate must reach: share of valid syllables, lead over the next, words counted. */
    static final double MIN_SHARE = 0.75;
    static final double MIN_LEAD = 0.20;
    static final int MIN_WORDS = 3;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncodings() {
    }

    public static Decoded decode(byte[] bytes) {
        Charset marked = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? StandardCharsets.UTF_8
                : startsWith(bytes, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE
                : startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : null;
        if (marked != null) {
            String name = marked.name() + " BOM";
            try {
                String text = strict(marked, bytes, marked == StandardCharsets.UTF_8 ? 3 : 2);
                return marked == StandardCharsets.UTF_8 ? repairLegacy(text, name) : Decoded.ok(text, name);
            } catch (CharacterCodingException e) {
                return Decoded.problem("the file starts with a " + name + " (byte-order mark) but the rest is not "
                        + marked.name() + "; save the file again as UTF-8", null);
            }
        }
        Decoded utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return utf16;
        }
        String utf8 = null;
        String utf8Problem = null;
        try {
            utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException e) {
            utf8Problem = describe(bytes, e);
        }
        if (utf8 != null) {
            return repairLegacy(utf8, "UTF-8");
        }
        return singleByte(bytes, utf8Problem);
    }

    /**
     * Unicode text in which some lines may hold TCVN3 or VNI letters seen as Latin-1: converts those lines when a
     * legacy reading is clearly more Vietnamese, else returns the text unchanged. Lines with letters beyond
     * Latin-1 (ạ, ế, ơ …) are already real Unicode and are left alone, so a document mixing both kinds of runs is
     * repaired line by line.
     */
    public static Decoded repairLegacy(String text, String encoding) {
        String[] lines = text.split("\n", -1);
        boolean[] candidate = new boolean[lines.length];
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            candidate[i] = mayBeLegacy(lines[i]);
            if (candidate[i]) {
                sample.append(lines[i]).append('\n');
            }
        }
        if (sample.isEmpty()) {
            return Decoded.ok(text, encoding);
        }
        String asIs = sample.toString();
        List<Candidate> ranked = rank(List.of(
                new Candidate(encoding, asIs),
                new Candidate(LegacyVietnamese.TCVN3, LegacyVietnamese.decodeTcvn3(asIs)),
                new Candidate(LegacyVietnamese.VNI, LegacyVietnamese.decodeVni(asIs))));
        Candidate best = ranked.get(0);
        if (best.name.equals(encoding) || !clearWinner(ranked)) {
            return Decoded.ok(text, encoding);
        }
        boolean tcvn3 = best.name.equals(LegacyVietnamese.TCVN3);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(!candidate[i] ? lines[i]
                    : tcvn3 ? LegacyVietnamese.decodeTcvn3(lines[i]) : LegacyVietnamese.decodeVni(lines[i]));
        }
        String label = best.name + " in " + encoding;
        return Decoded.ok(out.toString(), label);
    }

    /** A line that holds only ASCII, Latin-1 and Windows-1252 characters, at least one of them beyond ASCII. */
    private static boolean mayBeLegacy(String line) {
        boolean high = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0xA0 && c <= 0xFF) {
                high = true;
            } else if (c > 0xFF && !isWindows1252Symbol(c)) {
                return false;
            }
        }
        return high;
    }

    private static Decoded singleByte(byte[] bytes, String utf8Problem) {
        String byteText = byteText(bytes);
        long controls = byteText.chars().filter(TextEncodings::isControl).count();
        if (controls * 100 > byteText.length()) {
            return Decoded.problem("binary content: " + controls + " control bytes in " + bytes.length
                    + " bytes; not a text document", null);
        }
        List<Candidate> ranked = rank(List.of(
                new Candidate("windows-1258", java.text.Normalizer.normalize(
                        new String(bytes, WINDOWS_1258), java.text.Normalizer.Form.NFC)),
                new Candidate(LegacyVietnamese.TCVN3, LegacyVietnamese.decodeTcvn3(byteText)),
                new Candidate(LegacyVietnamese.VNI, LegacyVietnamese.decodeVni(byteText))));
        if (clearWinner(ranked)) {
            return Decoded.ok(ranked.get(0).text, ranked.get(0).name);
        }
        StringBuilder scores = new StringBuilder();
        for (Candidate c : ranked) {
            scores.append(scores.isEmpty() ? "" : ", ").append(c.name).append(' ')
                    .append(Math.round(c.score.share() * 100)).append('%');
        }
        return Decoded.problem("not valid UTF-8 (" + utf8Problem + ") and no Vietnamese encoding fits clearly "
                + "(valid syllables in " + ranked.get(0).score.counted() + " words: " + scores
                + "); save the file as UTF-8", null);
    }

    private static Decoded utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int half = bytes.length / 2;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        // Latin text in UTF-16 has a zero in the high byte of most characters and almost never in the low one.
        Charset charset;
        String name;
        if (zeroOdd * 10 >= half * 3 && zeroEven * 20 <= half) {
            charset = StandardCharsets.UTF_16LE;
            name = "UTF-16LE (no BOM)";
        } else if (zeroEven * 10 >= half * 3 && zeroOdd * 20 <= half) {
            charset = StandardCharsets.UTF_16BE;
            name = "UTF-16BE (no BOM)";
        } else {
            return null;
        }
        try {
            String text = strict(charset, bytes, 0);
            long plausible = text.chars().filter(TextEncodings::isPlausibleTextChar).count();
            if (plausible * 100 >= text.length() * 95L) {
                return Decoded.ok(text, name);
            }
        } catch (CharacterCodingException e) {
            // not UTF-16 after all
        }
        return null;
    }

    private record Candidate(String name, String text, VietnameseScore.Score score) {
        Candidate(String name, String text) {
            this(name, text, VietnameseScore.of(text));
        }
    }

    private static List<Candidate> rank(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        // Stable: on a tie the earlier (the text as it is, then Windows-1258) stays first.
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score.share()).reversed());
        return ranked;
    }

    private static boolean clearWinner(List<Candidate> ranked) {
        VietnameseScore.Score best = ranked.get(0).score;
        return best.counted() >= MIN_WORDS && best.share() >= MIN_SHARE
                && best.share() - ranked.get(1).score.share() >= MIN_LEAD;
    }

    /** Each byte as one character: Windows-1252 for 0x80–0x9F where it defines one, else the byte's Latin-1. */
    static String byteText(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            out[i] = b >= 0x80 && b <= 0x9F ? WINDOWS_1252_C1[b - 0x80] : (char) b;
        }
        return new String(out);
    }

    private static final char[] WINDOWS_1252_C1 = new char[32];

    static {
        CharsetDecoder d = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0x9F; b++) {
            try {
                WINDOWS_1252_C1[b - 0x80] = d.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
            } catch (CharacterCodingException e) {
                WINDOWS_1252_C1[b - 0x80] = (char) b;
            }
        }
    }

    private static boolean isWindows1252Symbol(char c) {
        for (char w : WINDOWS_1252_C1) {
            if (w == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(int c) {
        return c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B)
                || (c >= 0x80 && c <= 0x9F);
    }

    private static boolean isPlausibleTextChar(int c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                || (c >= 0xA0 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF)
                || (c >= 0x2000 && c <= 0x20CF) || c == 0xFEFF;
    }

    static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        if (charset == StandardCharsets.UTF_8) {
            // The String constructor decodes far faster and puts U+FFFD for every malformed sequence: without one
            // in its result the bytes were valid UTF-8 and the strict decoder would give the same text.
            String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** "byte 0xE1 at offset 2 is not part of a UTF-8 character". */
    private static String describe(byte[] bytes, CharacterCodingException e) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 16), true);
        if (result.isError() && in.position() < bytes.length) {
            return String.format(Locale.ROOT, "byte 0x%02X at offset %d is not part of a UTF-8 character",
                    bytes[in.position()] & 0xFF, in.position());
        }
        return e.toString();
    }

    /** Whether the bytes begin with these (unsigned) byte values. */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
