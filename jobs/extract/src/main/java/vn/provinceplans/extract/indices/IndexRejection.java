package vn.provinceplans.extract.indices;

/**
 * A record (or a whole file) of an index file that did not load, and why, in words a person can act on.
 *
 * @param line   line of the record (1 is the header; 0 when the whole file is refused before its first line)
 * @param record the record as read, fields joined by commas; NULL for a whole file
 */
public record IndexRejection(String file, int line, String kind, String reason, String record) {

    /** "my.csv line 5: unknown province 'Ha Tay'" */
    public String message() {
        return file + (line > 0 ? " line " + line : "") + ": " + reason;
    }
}
