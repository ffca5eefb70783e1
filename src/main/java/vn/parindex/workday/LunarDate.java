package vn.parindex.workday;

/**
 * A day of the Vietnamese lunar calendar: day 1–30, month 1–12 (1 = tháng Giêng, 12 = tháng Chạp),
 * the lunar year (the solar year in which its first day falls) and whether the month is the leap
 * month (tháng nhuận) of that year.
 */
public record LunarDate(int day, int month, int year, boolean leap) {

  public LunarDate {
    if (day < 1 || day > 30 || month < 1 || month > 12) {
      throw new IllegalArgumentException(day + "/" + month + "/" + year);
    }
  }

  /** The day and month as written in Vietnamese ("10/3"; a leap month "10/3n"). */
  public String text() {
    return day + "/" + month + (leap ? "n" : "");
  }
}
