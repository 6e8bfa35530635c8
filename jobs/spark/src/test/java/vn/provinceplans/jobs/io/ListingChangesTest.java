package vn.provinceplans.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListingChangesTest {

    private static InputFile file(String path, long bytes, long modified) {
        return new InputFile(path, "file:///in/" + path, bytes, modified, null);
    }

    @Test
    void aFileIsUnchangedOnlyWithTheSamePathSizeAndTime() {
        Map<String, String> previous = Map.of(
                "same.txt", ListingChanges.stamp(10, 1000),
                "grown.txt", ListingChanges.stamp(10, 1000),
                "touched.txt", ListingChanges.stamp(10, 1000),
                "gone.txt", ListingChanges.stamp(10, 1000),
                "unreadable now.txt", ListingChanges.stamp(10, 1000));
        List<InputFile> listing = List.of(
                file("same.txt", 10, 1000),
                file("grown.txt", 11, 1000),
                file("touched.txt", 10, 2000),
                file("new.txt", 10, 1000),
                new InputFile("unreadable now.txt", "file:///in/unreadable now.txt", 10, 1000, "no permission"));

        ListingChanges changes = ListingChanges.of(listing, previous);

        assertEquals(1, changes.unchanged());
        assertEquals(List.of("grown.txt", "touched.txt", "new.txt", "unreadable now.txt"),
                changes.toRead().stream().map(InputFile::relativePath).toList());
        // Everything the previous snapshot loaded but the one unchanged file, the new file not being among them.
        assertEquals(List.of("gone.txt", "grown.txt", "touched.txt", "unreadable now.txt"),
                changes.notReused().stream().sorted().toList());
    }

    @Test
    void withoutAPreviousSnapshotEveryFileIsRead() {
        List<InputFile> listing = List.of(file("a.txt", 1, 1), file("b.txt", 2, 2));
        assertEquals(new ListingChanges(listing, List.of(), 0), ListingChanges.readAll(listing));
        assertEquals(new ListingChanges(listing, List.of(), 0), ListingChanges.of(listing, Map.of()));
    }
}
