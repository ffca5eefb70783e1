package vn.parindex.plan;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date a plan is issued, as official documents write it: the day (and even the month) may be
 * left blank for the signer to fill in by hand ("ngày tháng 01 năm 2025").
 */
public record IssueDate(Integer day, Integer month, int year) {

  public IssueDate {
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month " + month);
    }
    if (day != null) {
      if (month == null) {
        throw new IllegalArgumentException("a day needs a month");
      }
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day " + day + "/" + month + "/" + year, e);
      }
    }
  }

  public static IssueDate of(LocalDate date) {
    return new IssueDate(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** Decree 30: days below 10 and the months 1 and 2 take a leading zero. */
  public static String day(int day) {
    return day < 10 ? "0" + day : String.valueOf(day);
  }

  public static String month(int month) {
    return month <= 2 ? "0" + month : String.valueOf(month);
  }

  /** "ngày 05 tháng 02 năm 2025"; a blank day or month leaves room to write it in. */
  public String words() {
    String d = day == null ? "    " : day(day);
    String m = month == null ? "    " : month(month);
    return "ngày " + d + " tháng " + m + " năm " + year;
  }

  /** "05/02/2025", "…/01/2025" when the day is blank. */
  public String numeric() {
    String d = day == null ? "….." : day(day);
    String m = month == null ? "….." : month(month);
    return d + "/" + m + "/" + year;
  }

  public boolean complete() {
    return day != null;
  }
}
