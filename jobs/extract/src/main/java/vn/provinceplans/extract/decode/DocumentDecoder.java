package vn.provinceplans.extract.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.provinceplans.extract.text.TextNormalizer;

/**
 * Bytes of an input file → normalised text, or a reason a person understands why not. Decides the container from
 * the file name, the encoding from a byte-order mark or strict UTF-8, and refuses binary content.
 */
public final class DocumentDecoder {

    private DocumentDecoder() {
    }

    public static DecodedFile decode(String fileName, byte[] bytes) {
        String format = formatOf(fileName);
        if (format == null) {
            return DecodedFile.rejected(null, null, "unsupported file type" + extensionOf(fileName)
                    .map(e -> " '." + e + "'").orElse(" (no file extension)")
                    + ": only .txt, .html and .htm documents are read");
        }
        if (bytes.length == 0) {
            return DecodedFile.rejected(format, null, "empty file (0 bytes)");
        }
        String container = sniffBinaryContainer(bytes);
        if (container != null) {
            return DecodedFile.rejected(format, null, "binary content: the file is " + container
                    + " although its name ends in ." + format);
        }
        String encoding;
        String raw;
        try {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                encoding = "UTF-8 BOM";
                raw = strict(StandardCharsets.UTF_8, bytes, 3);
            } else if (startsWith(bytes, 0xFF, 0xFE)) {
                encoding = "UTF-16LE BOM";
                raw = strict(StandardCharsets.UTF_16LE, bytes, 2);
            } else if (startsWith(bytes, 0xFE, 0xFF)) {
                encoding = "UTF-16BE BOM";
                raw = strict(StandardCharsets.UTF_16BE, bytes, 2);
            } else {
                encoding = "UTF-8";
                raw = strict(StandardCharsets.UTF_8, bytes, 0);
            }
        } catch (MalformedInputException e) {
            return DecodedFile.rejected(format, null, "not valid UTF-8 and no byte-order mark names another "
                    + "encoding (" + e.getMessage() + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            return DecodedFile.rejected(format, null, "cannot decode the text: " + e);
        }
        long controls = raw.chars().filter(c -> c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t' && c != '\f' && c != 0x0B)).count();
        if (controls > 0 && controls * 100 > raw.length()) {
            return DecodedFile.rejected(format, encoding, "binary content: " + controls
                    + " control characters in " + raw.length() + " characters; not a text document");
        }
        String text = TextNormalizer.normalize("html".equals(format) ? HtmlText.toText(raw) : raw);
        if (text.isBlank()) {
            return DecodedFile.rejected(format, encoding, "html".equals(format)
                    ? "no text: the page has no visible text" : "no text: the file holds only white space");
        }
        return DecodedFile.loaded(format, encoding, text);
    }

    /** txt or html from the file name; null for anything else. */
    public static String formatOf(String fileName) {
        return extensionOf(fileName).map(e -> switch (e) {
            case "txt", "text" -> "txt";
            case "html", "htm", "xhtml" -> "html";
            default -> null;
        }).orElse(null);
    }

    private static java.util.Optional<String> extensionOf(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0 || dot == base.length() - 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(base.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            throw withOffset(bytes, offset, e, charset);
        }
    }

    /** Finds the first bad byte so the reason can name it. */
    private static MalformedInputException withOffset(byte[] bytes, int offset, MalformedInputException e,
                                                      Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 16);
        var result = decoder.decode(in, out, true);
        int position = in.position();
        MalformedInputException named = new MalformedInputException(e.getInputLength()) {
            @Override
            public String getMessage() {
                return result.isError()
                        ? String.format("byte 0x%02X at offset %d is not part of a %s character",
                        bytes[position] & 0xFF, position, charset.name())
                        : "malformed " + charset.name();
            }
        };
        return named;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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

    private static String sniffBinaryContainer(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (Word .docx, OpenDocument or similar)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office document (.doc/.xls)";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F')) {
            return "an image";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "an executable";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }
}
