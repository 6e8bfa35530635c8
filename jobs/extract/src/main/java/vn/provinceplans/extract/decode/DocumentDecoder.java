package vn.provinceplans.extract.decode;

import static vn.provinceplans.extract.decode.TextEncodings.startsWith;

import java.util.Locale;

import vn.provinceplans.extract.text.TextNormalizer;

/**
 * Bytes of an input file → normalised text, or a reason a person understands why not. Text and HTML files go
 * through {@link TextEncodings} (byte-order mark, UTF-16 without one, UTF-8, Windows-1258, TCVN3, VNI); Word, RTF,
 * OpenDocument and PDF files through {@link OfficeText} (Apache Tika), whose text is checked for legacy TCVN3/VNI
 * runs too. A text file that is really a binary container is refused.
 */
public final class DocumentDecoder {

    private static final java.util.Set<String> OFFICE = java.util.Set.of("docx", "doc", "odt", "rtf", "pdf");

    private DocumentDecoder() {
    }

    public static DecodedFile decode(String fileName, byte[] bytes) {
        String format = formatOf(fileName);
        if (format == null) {
            return DecodedFile.rejected(null, null, "unsupported file type" + extensionOf(fileName)
                    .map(e -> " '." + e + "'").orElse(" (no file extension)")
                    + ": only .txt, .html, .htm, .docx, .doc, .odt, .rtf and .pdf documents are read");
        }
        if (bytes.length == 0) {
            return DecodedFile.rejected(format, null, "empty file (0 bytes)");
        }
        if (OFFICE.contains(format)) {
            OfficeText.Result office = OfficeText.read(fileName, format, bytes);
            if (office.problem() != null) {
                return DecodedFile.rejected(office.container(), null, office.problem());
            }
            if (office.text() != null) {
                // Word and RTF runs in a .VnTime or VNI-Times font come out as TCVN3/VNI letters seen as Latin-1.
                TextEncodings.Decoded repaired = TextEncodings.repairLegacy(office.text(), "Unicode");
                return loaded(office.container(), repaired.encoding(), repaired.text());
            }
            // An office name on a plain-text or HTML file: read it as what it is.
            format = office.container();
        } else {
            String container = sniffBinaryContainer(bytes);
            if (container != null) {
                return DecodedFile.rejected(format, null, "binary content: the file is " + container
                        + " although its name ends in ." + format);
            }
        }
        TextEncodings.Decoded decoded = TextEncodings.decode(bytes);
        if (decoded.problem() != null) {
            return DecodedFile.rejected(format, decoded.encoding(), decoded.problem());
        }
        String raw = decoded.text();
        long controls = controls(raw);
        if (controls > 0 && controls * 100 > raw.length()) {
            return DecodedFile.rejected(format, decoded.encoding(), "binary content: " + controls
                    + " control characters in " + raw.length() + " characters; not a text document");
        }
        return loaded(format, decoded.encoding(), "html".equals(format) ? HtmlText.toText(raw) : raw);
    }

    private static long controls(String raw) {
        long n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'
                    && c != 0x0B)) {
                n++;
            }
        }
        return n;
    }

    private static DecodedFile loaded(String format, String encoding, String rawText) {
        String text = TextNormalizer.normalize(rawText);
        if (text.isBlank()) {
            return DecodedFile.rejected(format, encoding, "html".equals(format)
                    ? "no text: the page has no visible text" : "no text: the file holds only white space");
        }
        return DecodedFile.loaded(format, encoding, text);
    }

    /** The container from the file name: txt, html, docx, doc, odt, rtf or pdf; null for anything else. */
    public static String formatOf(String fileName) {
        return extensionOf(fileName).map(e -> switch (e) {
            case "txt", "text" -> "txt";
            case "html", "htm", "xhtml" -> "html";
            case "docx", "docm", "dotx" -> "docx";
            case "doc", "dot" -> "doc";
            case "odt", "ott" -> "odt";
            case "rtf" -> "rtf";
            case "pdf" -> "pdf";
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
