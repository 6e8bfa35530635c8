package vn.provinceplans.dashboards.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import vn.provinceplans.schema.CodeVersion;

/**
 * The document pages of one build, taken from the previous build where nothing they show has changed. A document
 * page is drawn from what its {@link DocumentPages.View} digests and the site's code alone, so each build records a
 * digest of both per page ({@value #DIGESTS} in the build folder); the next build links a page whose digest is the
 * same to the previous build's file (a hard link: the builds share the file, and removing the older build only
 * unlinks it) instead of reading its rows and drawing it again. After one changed document in a national corpus, a
 * site build draws the pages that show that document rather than all 100 000.
 */
final class DocumentPages {

    /** doc_id, a tab and the page's digest, one line per document page, sorted by doc_id. */
    static final String DIGESTS = "document-pages.tsv";

    /** Every fact row one document page shows, from one table, with the columns it shows. */
    record Facts(String table, String description, List<String> columns, List<Table.Row> rows) {
    }

    /**
     * What a document page shows besides the site's code: its document's row, the descriptions of the columns,
     * the digest of its fact rows ({@link DocumentSlices.Slice#factDigests}) and the units it links to.
     */
    record View(Table.Row document, List<String> columns, List<String> descriptions, String factDigest,
                List<Unit> units) {

        String id() {
            return document.str("doc_id");
        }
    }

    private final Path build;
    private final Path previous;
    private final Map<String, String> previousDigests;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final byte[] layout;
    private final AtomicInteger linked = new AtomicInteger();

    private DocumentPages(Path build, Path previous, Map<String, String> previousDigests, byte[] layout) {
        this.build = build;
        this.previous = previous;
        this.previousDigests = previousDigests;
        this.layout = layout;
    }

    /**
     * @param previous the build the site's link points at (null for a first build)
     * @param context  what every document page shows of the site (the synthetic inputs its banner names) and the
     *                 contract of the tables it reads, with their columns' descriptions
     */
    static DocumentPages open(Path build, Path previous, String context) throws IOException {
        Map<String, String> before = new HashMap<>();
        Path file = previous == null ? null : previous.resolve(DIGESTS);
        if (file != null && Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    before.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return new DocumentPages(build, previous, before, layout(context));
    }

    /**
     * Links the page of {@code view} to the previous build's when its digest is the same there; false when the page
     * is to be drawn. Either way the digest is recorded for the next build.
     */
    boolean link(View view) throws IOException {
        String id = view.id();
        String digest = digest(view);
        digests.put(id, digest);
        if (!digest.equals(previousDigests.get(id))) {
            return false;
        }
        try {
            Files.createLink(build.resolve(path(id)), previous.resolve(path(id)));
            linked.incrementAndGet();
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // The previous page is gone, or the file system has no hard links: drawn again.
            return false;
        }
    }

    /** A document page's path from the site root. */
    static String path(String docId) {
        return "documents/" + docId + ".html";
    }

    /** Pages taken from the previous build so far. */
    int linked() {
        return linked.get();
    }

    /** Records this build's digests, for the next build. */
    void save() throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(build.resolve(DIGESTS), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : new TreeMap<>(digests).entrySet()) {
                out.write(e.getKey());
                out.write('\t');
                out.write(e.getValue());
                out.write('\n');
            }
        }
    }

    /**
     * SHA-256 of the layout and of every value the view holds, each with its type and length so no two collide; the
     * descriptions are the contract's, in the layout already (hashing them per page cost more than the rest).
     */
    String digest(View view) {
        StringBuilder canonical = new StringBuilder(4096);
        for (String column : view.columns()) {
            field(canonical, column);
            field(canonical, view.document().get(column));
        }
        field(canonical, view.factDigest());
        for (Unit u : view.units()) {
            field(canonical, u);
        }
        MessageDigest md = sha256();
        md.update(layout);
        md.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append('\u0000');
            return;
        }
        // A value's type is part of it: the page shows 1.0 and 1 differently.
        String text = value.toString();
        out.append(value.getClass().getSimpleName()).append(text.length()).append(':').append(text);
    }

    /**
     * The code that draws a page: the {@link CodeVersion} of the site's classes and jsoup's version, so that a new
     * version of the site draws every page again rather than linking pages of the old layout.
     */
    private static byte[] layout(String context) {
        MessageDigest md = sha256();
        for (String part : List.of(CodeVersion.of(CodeVersion.location(DocumentPages.class)),
                String.valueOf(org.jsoup.nodes.Document.class.getPackage().getImplementationVersion()), context)) {
            md.update(part.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
