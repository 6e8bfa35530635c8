package vn.provinceplans.extract.facts;

import java.time.LocalDate;

/**
 * A deadline the document sets.
 *
 * @param kind      vocabulary deadline_kind: sub_plan, six_month_report, annual_report, model_registration,
 *                  self_assessment, other
 * @param dueDate   the date, or its first occurrence when it recurs; null when the year cannot be known
 * @param dueMonth  month as written (always set)
 * @param dueDay    day as written, or the month's last day for 'cuối tháng' (always set)
 * @param recurring true when the deadline repeats every year (yearless date in a multi-year plan or a directive)
 * @param recipient the office the deliverable goes to, when the text says ('UBND tỉnh (qua Sở Nội vụ)')
 */
public record Deadline(String kind, LocalDate dueDate, int dueMonth, int dueDay, boolean recurring, String recipient,
                       String context) {

    /** '2021-06-15'; '--06-05' when it recurs every year; '????-06-05' when the year is unknown. */
    public String label() {
        if (recurring) {
            return String.format("--%02d-%02d", dueMonth, dueDay);
        }
        return dueDate != null ? dueDate.toString() : String.format("????-%02d-%02d", dueMonth, dueDay);
    }
}
