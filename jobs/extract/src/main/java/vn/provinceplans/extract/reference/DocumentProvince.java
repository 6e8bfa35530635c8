package vn.provinceplans.extract.reference;

import java.time.LocalDate;

/**
 * The provincial unit a document belongs to and the current unit it rolls up to, from the document's province
 * name and dates ({@link Gazetteer#forDocument}). All NULL when the document names no province.
 */
public record DocumentProvince(String code, LocalDate validFrom, String successorCode, String successorName) {

    private static final DocumentProvince NONE = new DocumentProvince(null, null, null, null);

    public static DocumentProvince of(String province, LocalDate issueDate, Integer periodStart) {
        Gazetteer g = Gazetteer.get();
        return g.forDocument(province, issueDate, periodStart).map(unit -> {
            Province successor = g.successor(unit);
            return new DocumentProvince(unit.code(), unit.validFrom(), successor.code(), successor.name());
        }).orElse(NONE);
    }
}
