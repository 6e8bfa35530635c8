package vn.provinceplans.extract.reference;

import java.time.LocalDate;

/**
 * A provincial unit for a span of time. Codes are reused with new meanings after the 2025 reform, so a province is
 * identified by (code, validFrom), never by its code alone.
 */
public record Province(String code, String name, String nameAscii, String kind, LocalDate validFrom, LocalDate validTo,
                       String successorCode, String successorName) {

    public boolean centrallyRunCity() {
        return kind.startsWith("thành phố");
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
