package vn.provinceplans.extract.reference;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A provincial unit for a span of time. Codes are reused with new meanings after the 2025 reform, so a province is
 * identified by (code, validFrom), never by its code alone. {@code validTo} is NULL for the units in force today.
 */
public record Province(String code, String name, String nameAscii, String kind, LocalDate validFrom, LocalDate validTo,
                       String successorCode, String successorName, String source) implements Serializable {

    public boolean centrallyRunCity() {
        return kind.startsWith("thành phố");
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** True for the units in force today (the 34 since 1 July 2025). */
    public boolean current() {
        return validTo == null;
    }

    /** Days from {@code date} to this unit's span of validity; 0 when the unit is valid on that date. */
    long distanceInDays(LocalDate date) {
        if (date.isBefore(validFrom)) {
            return validFrom.toEpochDay() - date.toEpochDay();
        }
        if (validTo != null && date.isAfter(validTo)) {
            return date.toEpochDay() - validTo.toEpochDay();
        }
        return 0;
    }

    /** "Kon Tum (62, 2008-08-01..2025-06-30)": a unit as a person reads it in an error message. */
    public String label() {
        return name + " (" + code + ", " + validFrom + ".." + (validTo == null ? "" : validTo) + ")";
    }
}
