package vn.provinceplans.extract.indices;

/**
 * Where a value was read: the file and line, whether the file is shipped with the warehouse or given by a user, its
 * precedence (lower wins when two files give the same fact) and the source it cites.
 *
 * @param file       'data/indices/papi/2020.csv' for a shipped file, the path or URI for a user's file
 * @param line       line of the record in the file (1 is the header)
 * @param kind       {@code shipped} or {@code user}
 * @param format     the file's format ({@code papi_subdimensions}, {@code pci_ranking}, {@code long} …)
 * @param precedence rank of the file when two give the same fact: 1 wins over 2
 * @param order      position of the file among all files read, breaking ties in precedence
 * @param source     the citation: producer, edition and where the file came from
 * @param sourceUrl  address of the page that published the value, when the file gives one
 */
public record Origin(String file, int line, String kind, String format, int precedence, int order, String source,
                     String sourceUrl) {

    public static final String SHIPPED = "shipped";
    public static final String USER = "user";

    /** "data/indices/pci/pci_published_checkpoints.csv line 15" */
    public String where() {
        return file + " line " + line;
    }

    /** The same file at another line. */
    Origin at(int otherLine) {
        return new Origin(file, otherLine, kind, format, precedence, order, source, sourceUrl);
    }

    /** The same record, published at {@code url}. */
    Origin withUrl(String url) {
        return new Origin(file, line, kind, format, precedence, order, source, url);
    }

    /** The published address when there is one, else the file and line. */
    public String reference() {
        return sourceUrl != null ? sourceUrl : where();
    }
}
