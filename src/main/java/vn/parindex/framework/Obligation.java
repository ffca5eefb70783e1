package vn.parindex.framework;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One obligation: a criterion's time window, recurrence, deadline or response time. Dates of the
 * year are month-days ({@code from} only for windows); {@code unitId} null applies to every unit.
 */
public record Obligation(
    Long id,
    Long unitId,
    String criterionCode,
    String title,
    ObligationKind kind,
    MonthDay from,
    MonthDay to,
    Integer timesPerYear,
    Integer withinDays,
    String responsible,
    Long departmentId) {

  /** The last day of the year's obligation (window end, deadline, 31/12 for recurring ones). */
  public LocalDate endIn(int year) {
    return (to == null ? MonthDay.of(12, 31) : to).atYear(year);
  }

  public LocalDate startIn(int year) {
    return (from == null ? MonthDay.of(1, 1) : from).atYear(year);
  }

  public static MonthDay parseMonthDay(String text) {
    return text == null || text.isBlank() ? null : MonthDay.parse("--" + text.trim());
  }

  public static String format(MonthDay monthDay) {
    return monthDay == null
        ? null
        : String.format("%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
  }
}
