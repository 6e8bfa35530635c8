package vn.provinceplans.extract.facts;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates from the digits a text writes; anything impossible is null, never an exception. */
final class Dates {

    private Dates() {
    }

    static LocalDate of(String year, String month, String day) {
        Integer y = year == null ? null : parseYear(year);
        Integer m = parse(month);
        Integer d = parse(day);
        if (y == null || m == null || d == null) {
            return null;
        }
        return of(y, m, d);
    }

    static LocalDate of(int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return year >= 1945 && year <= 2100 ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean validDayMonth(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength();
    }

    static Integer parse(String digits) {
        if (digits == null) {
            return null;
        }
        String s = digits.strip();
        if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(s);
    }

    /** '2021' → 2021; a two-digit year '21' → 2021. */
    static Integer parseYear(String digits) {
        Integer y = parse(digits);
        if (y == null) {
            return null;
        }
        return digits.strip().length() == 2 ? 2000 + y : y;
    }
}
