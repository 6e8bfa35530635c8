package vn.provinceplans.extract.indices;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as its header and its records, each with the line it ends on. A malformed record stops the file
 * there and says where; the records before it are kept.
 */
final class CsvText {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    final List<String> header = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    /** Why reading stopped early (a malformed record), or NULL. */
    String problem;
    int problemLine;

    record Row(int line, CSVRecord record) {

        String get(int i) {
            return i < record.size() ? record.get(i).trim() : "";
        }

        String text() {
            return String.join(",", record.toList());
        }
    }

    /** UTF-8 text (a byte-order mark dropped), NFC; throws with the byte offset when the bytes are not UTF-8. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String decodeProblem(byte[] bytes) {
        try {
            decode(bytes);
            return null;
        } catch (MalformedInputException e) {
            return "not valid UTF-8 (first bad byte near offset " + firstBadByte(bytes)
                    + "): save the file as UTF-8 CSV";
        } catch (CharacterCodingException e) {
            return "not valid UTF-8: save the file as UTF-8 CSV";
        }
    }

    static CsvText parse(String text) {
        CsvText out = new CsvText();
        int last = 0;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            boolean first = true;
            for (CSVRecord r : parser) {
                int line = Math.max(last + 1, (int) parser.getCurrentLineNumber());
                last = line;
                if (first) {
                    for (String h : r.toList()) {
                        out.header.add(h.trim());
                    }
                    first = false;
                } else {
                    out.rows.add(new Row(line, r));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.problem = "malformed CSV after line " + last + " (" + rootMessage(e)
                    + "); the records from there on were not read";
            out.problemLine = last + 1;
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
