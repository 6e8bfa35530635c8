package vn.provinceplans.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.InputListings;
import vn.provinceplans.jobs.io.InputListings.Folder;

/** Which table fingerprints a change of the inputs, options or code changes: exactly those that read it. */
class TableFingerprintsTest {

    private static final URI DOCS = URI.create("file:///in/");
    private static final URI REGISTERS = URI.create("file:///registers/");
    private static final URI INDICES = URI.create("file:///indices/");

    private static InputFile file(URI folder, String path, long bytes, long modified) {
        return new InputFile(path, folder.resolve(path).toString(), bytes, modified, null);
    }

    /** A run's code, options and listings, changed one at a time by the cases. */
    record Run(String code, RunOptions options, InputListings listings) {
        TableFingerprints fingerprints() {
            return TableFingerprints.of(code, options, listings);
        }

        Run withDocuments(List<InputFile> files) {
            return new Run(code, options, new InputListings(new Folder(DOCS, files, null), listings.registers(),
                    listings.indices()));
        }
    }

    private static final List<InputFile> DOCUMENT_FILES = List.of(file(DOCS, "a.txt", 10, 1000),
            file(DOCS, "b.txt", 20, 1000));

    private static Run base() {
        RunOptions options = new RunOptions(DOCS, URI.create("file:///wh/"), "local[2]", 3,
                RunOptions.DEFAULT_MAX_FILE_BYTES, REGISTERS, List.of(INDICES), LocalDate.of(2025, 12, 31), false);
        return new Run("code 1", options, new InputListings(new Folder(DOCS, DOCUMENT_FILES, null),
                new Folder(REGISTERS, List.of(file(REGISTERS, "log.csv", 5, 1000)), null),
                List.of(new Folder(INDICES, List.of(file(INDICES, "sipas.csv", 7, 1000)), null))));
    }

    record Case(String change, UnaryOperator<Run> apply, Set<TableSource> changes, boolean codeChanges) {
        @Override
        public String toString() {
            return change;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("nothing", r -> r, EnumSet.noneOf(TableSource.class), false),
                new Case("the same files listed in another order",
                        r -> r.withDocuments(List.of(DOCUMENT_FILES.get(1), DOCUMENT_FILES.get(0))),
                        EnumSet.noneOf(TableSource.class), false),
                new Case("a document touched", r -> r.withDocuments(List.of(DOCUMENT_FILES.get(0),
                        file(DOCS, "b.txt", 20, 2000))), EnumSet.of(TableSource.DOCUMENTS), false),
                new Case("a document grown", r -> r.withDocuments(List.of(DOCUMENT_FILES.get(0),
                        file(DOCS, "b.txt", 21, 1000))), EnumSet.of(TableSource.DOCUMENTS), false),
                new Case("a document removed", r -> r.withDocuments(DOCUMENT_FILES.subList(0, 1)),
                        EnumSet.of(TableSource.DOCUMENTS), false),
                new Case("a document unreadable now", r -> r.withDocuments(List.of(DOCUMENT_FILES.get(0),
                        new InputFile("b.txt", DOCS.resolve("b.txt").toString(), 20, 1000, "no permission"))),
                        EnumSet.of(TableSource.DOCUMENTS), false),
                new Case("the documents folder unreadable", r -> new Run(r.code(), r.options(), new InputListings(
                        new Folder(DOCS, List.of(), "no permission"), r.listings().registers(),
                        r.listings().indices())), EnumSet.of(TableSource.DOCUMENTS), false),
                new Case("another --max-file-mb", r -> new Run(r.code(), new RunOptions(DOCS, r.options().warehouse(),
                        "local[2]", 3, 1L << 20, REGISTERS, List.of(INDICES), r.options().asOf(), false),
                        r.listings()), EnumSet.of(TableSource.DOCUMENTS), false),
                new Case("a register file added", r -> new Run(r.code(), r.options(), new InputListings(
                        r.listings().documents(), new Folder(REGISTERS, List.of(file(REGISTERS, "log.csv", 5, 1000),
                        file(REGISTERS, "models.csv", 9, 1000)), null), r.listings().indices())),
                        EnumSet.of(TableSource.REGISTERS), false),
                new Case("no --registers", r -> new Run(r.code(), new RunOptions(DOCS, r.options().warehouse(),
                        "local[2]", 3, RunOptions.DEFAULT_MAX_FILE_BYTES, null, List.of(INDICES), r.options().asOf(),
                        false), new InputListings(r.listings().documents(), null, r.listings().indices())),
                        EnumSet.of(TableSource.REGISTERS), false),
                new Case("an index file changed", r -> new Run(r.code(), r.options(), new InputListings(
                        r.listings().documents(), r.listings().registers(), List.of(new Folder(INDICES,
                        List.of(file(INDICES, "sipas.csv", 8, 1000)), null)))), EnumSet.of(TableSource.INDICES),
                        false),
                new Case("an index folder removed", r -> new Run(r.code(), r.options(), new InputListings(
                        r.listings().documents(), r.listings().registers(), List.of())),
                        EnumSet.of(TableSource.INDICES), false),
                new Case("another --as-of", r -> new Run(r.code(), new RunOptions(DOCS, r.options().warehouse(),
                        "local[2]", 3, RunOptions.DEFAULT_MAX_FILE_BYTES, REGISTERS, List.of(INDICES),
                        LocalDate.of(2026, 6, 30), false), r.listings()), EnumSet.of(TableSource.AS_OF), false),
                new Case("another build", r -> new Run("code 2", r.options(), r.listings()),
                        EnumSet.noneOf(TableSource.class), true),
                // Where the warehouse goes, the master and how many snapshots are kept change no table.
                new Case("another master and --keep-snapshots", r -> new Run(r.code(), new RunOptions(DOCS,
                        URI.create("file:///elsewhere/"), "spark://127.0.0.1:7077", 9,
                        RunOptions.DEFAULT_MAX_FILE_BYTES, REGISTERS, List.of(INDICES), r.options().asOf(), true),
                        r.listings()),
                        EnumSet.noneOf(TableSource.class), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aChangeChangesTheFingerprintOfExactlyTheTablesThatReadIt(Case c) {
        TableFingerprints before = base().fingerprints();
        TableFingerprints after = c.apply().apply(base()).fingerprints();
        for (TableSource source : TableSource.values()) {
            assertEquals(c.changes().contains(source) || c.codeChanges(),
                    !before.of(EnumSet.of(source)).equals(after.of(EnumSet.of(source))), "a table reading " + source);
        }
        // A table reading every source (a mart) changes with anything; one reading none only with the code.
        assertEquals(!c.changes().isEmpty() || c.codeChanges(), !before.of(EnumSet.allOf(TableSource.class))
                .equals(after.of(EnumSet.allOf(TableSource.class))), "a mart");
        assertEquals(c.codeChanges(), !before.of(EnumSet.noneOf(TableSource.class))
                .equals(after.of(EnumSet.noneOf(TableSource.class))), "a table of the code alone");
    }
}
