package vn.provinceplans.extract.decode;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Word (.docx, .doc), RTF, OpenDocument (.odt) and PDF files → text through Apache Tika (which uses Apache POI for
 * Word and RTF, Apache PDFBox for PDF). The container is decided from the content, not only the name, so a .doc
 * that is really RTF or .docx is still read. Parsing is bounded: at most {@link #MAX_CHARS} characters, at most
 * {@link #TIMEOUT_SECONDS} seconds, Tika's zip-bomb guard, no OCR and no embedded files; every failure becomes a
 * reason a person understands.
 */
public final class OfficeText {

    /** Far above any plan or report (the seeds have 10–40 thousand characters). */
    public static final int MAX_CHARS = 10_000_000;
    public static final long TIMEOUT_SECONDS = 60;

    /** Text of the file, or why not; {@code container} is the format found in the content. */
    public record Result(String container, String text, String problem) {
    }

    private static final Detector DETECTOR = new DefaultDetector();
    private static final Map<String, String> CONTAINERS = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.text-template", "odt"),
            Map.entry("application/pdf", "pdf"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("text/plain", "txt"));
    /** What the detector says when it only sees the outer package: the name's format is tried, to say why not. */
    private static final java.util.Set<String> UNDECIDED = java.util.Set.of("application/zip",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/octet-stream",
            "application/x-tika-ooxml-protected");
    private static final String[] NAMES = {"docx", "Word document (.docx)", "doc", "Word 97–2003 document (.doc)",
        "rtf", "RTF document", "odt", "OpenDocument text (.odt)", "pdf", "PDF"};

    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ppw-office-text");
        t.setDaemon(true);
        return t;
    });

    private OfficeText() {
    }

    /** Decides the container of a file named as {@code nameFormat} and reads its text. */
    public static Result read(String fileName, String nameFormat, byte[] bytes) {
        String detected = detect(fileName, bytes);
        if (detected.equals("application/x-tika-ooxml-protected")) {
            return new Result(nameFormat, null, "encrypted " + name(nameFormat)
                    + ": the file is protected by a password, so its text cannot be read");
        }
        String container = CONTAINERS.get(detected);
        if (container == null) {
            if (!UNDECIDED.contains(detected)) {
                return new Result(nameFormat, null, "not a " + name(nameFormat) + ": the content is " + detected
                        + "; only Word, RTF, OpenDocument text and PDF documents are read");
            }
            container = nameFormat;
        }
        if (container.equals("html") || container.equals("txt")) {
            return new Result(container, null, null);
        }
        String format = container;
        Future<Result> parse = PARSING.submit(() -> parse(format, bytes));
        try {
            return parse.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            return new Result(format, null, name(format) + " took longer than " + TIMEOUT_SECONDS
                    + " s to read and was given up; the file may be damaged");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            return new Result(format, null, "reading the " + name(format) + " was interrupted");
        } catch (ExecutionException e) {
            return new Result(format, null, problem(format, e.getCause()));
        }
    }

    private static String detect(String fileName, byte[] bytes) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName.substring(fileName.lastIndexOf('/') + 1));
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = DETECTOR.detect(in, metadata);
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static Result parse(String container, byte[] bytes) throws IOException, SAXException, TikaException {
        Parser parser = switch (container) {
            case "docx" -> new OOXMLParser();
            case "doc" -> new OfficeParser();
            case "rtf" -> new RTFParser();
            case "odt" -> new OpenDocumentParser();
            case "pdf" -> new PDFParser();
            default -> throw new IllegalArgumentException(container);
        };
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        // No Parser in the context: embedded files (pictures, spreadsheets) are not opened.

        Metadata metadata = new Metadata();
        TableTextHandler text = new TableTextHandler(MAX_CHARS);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            SecureContentHandler guard = new SecureContentHandler(text, in);
            try {
                parser.parse(in, guard, metadata, context);
            } catch (SAXException e) {
                guard.throwIfCauseOf(e);
                throw e;
            }
        }
        String body = text.text();
        if (body.isBlank()) {
            return new Result(container, null, container.equals("pdf") ? "scanned PDF: no text layer"
                    : "no text: the " + name(container) + " holds no text");
        }
        if (container.equals("pdf")) {
            Integer unmapped = metadata.getInt(PDF.TOTAL_UNMAPPED_UNICODE_CHARS);
            if (unmapped != null && unmapped * 2 > body.length()) {
                return new Result(container, null, "PDF text layer cannot be decoded: " + unmapped + " of "
                        + body.length() + " characters use fonts without a Unicode map; treat it as a scan");
            }
        }
        return new Result(container, body, null);
    }

    private static String problem(String container, Throwable e) {
        if (isEncrypted(e)) {
            return "encrypted " + name(container) + ": the file is protected by a password, so its text cannot be"
                    + " read";
        }
        if (e instanceof WriteLimitReachedException || WriteLimitReachedException.isWriteLimitReached(e)) {
            return name(container) + " has more than " + NumberFormat.getIntegerInstance(Locale.ROOT)
                    .format(MAX_CHARS) + " characters of text; not read as one document";
        }
        if (e instanceof OutOfMemoryError) {
            return name(container) + " needs more memory to read than the reader has; the file may be damaged";
        }
        String message = rootMessage(e);
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return "suspicious " + name(container) + ": it unpacks to far more than its own size (" + message + ")";
        }
        return "corrupt or unreadable " + name(container) + ": " + message;
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof EncryptedDocumentException
                    || type.equals("org.apache.poi.EncryptedDocumentException")
                    || type.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, one line, at most 200 characters. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 197) + "..." : message;
    }

    static String name(String container) {
        for (int i = 0; i < NAMES.length; i += 2) {
            if (NAMES[i].equals(container)) {
                return NAMES[i + 1];
            }
        }
        return container + " file";
    }
}
