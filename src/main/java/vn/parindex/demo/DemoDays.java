package vn.parindex.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The working days the demo's one-stop shop receives and finishes on: Monday to Friday outside the
 * official days off of 2024 to 2026 (Tết, Hùng Kings, 30/4–1/5, National Day) and, in other years,
 * outside the solar holidays. A demo approximation that keeps the generator free of the app's
 * calendar; the dossiers carry their due dates, so nothing is recomputed from it.
 */
final class DemoDays {

  private static final Set<LocalDate> OFF =
      Set.copyOf(
          Stream.of(
                  "2024-01-01",
                  "2024-02-08",
                  "2024-02-09",
                  "2024-02-12",
                  "2024-02-13",
                  "2024-02-14",
                  "2024-04-18",
                  "2024-04-29",
                  "2024-04-30",
                  "2024-05-01",
                  "2024-09-02",
                  "2024-09-03",
                  "2025-01-01",
                  "2025-01-27",
                  "2025-01-28",
                  "2025-01-29",
                  "2025-01-30",
                  "2025-01-31",
                  "2025-04-07",
                  "2025-04-30",
                  "2025-05-01",
                  "2025-05-02",
                  "2025-09-01",
                  "2025-09-02",
                  "2026-01-01",
                  "2026-01-02",
                  "2026-02-16",
                  "2026-02-17",
                  "2026-02-18",
                  "2026-02-19",
                  "2026-02-20",
                  "2026-04-27",
                  "2026-04-30",
                  "2026-05-01",
                  "2026-08-31",
                  "2026-09-01",
                  "2026-09-02")
              .map(LocalDate::parse)
              .toList());

  private DemoDays() {}

  static boolean working(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    if (OFF.contains(day)) {
      return false;
    }
    boolean listed = day.getYear() >= 2024 && day.getYear() <= 2026;
    return listed
        || !((day.getMonthValue() == 1 && day.getDayOfMonth() == 1)
            || (day.getMonthValue() == 4 && day.getDayOfMonth() == 30)
            || (day.getMonthValue() == 5 && day.getDayOfMonth() == 1)
            || (day.getMonthValue() == 9 && day.getDayOfMonth() == 2));
  }

  /** The working day {@code n} working days after {@code day} (n = 0: day itself). */
  static LocalDate plus(LocalDate day, int n) {
    LocalDate d = day;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (working(d)) {
        left--;
      }
    }
    return d;
  }

  /** The working days from {@code from} to {@code to}, both included. */
  static List<LocalDate> between(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (working(d)) {
        days.add(d);
      }
    }
    return days;
  }
}
