package vn.parindex.workday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The public holidays of a solar year by the Labour Code 2019's default rule, before the yearly
 * official swaps: 1/1; Tết, the last day of the lunar year and 1–4 Giêng; 10/3 lunar; 30/4; 1/5;
 * 2/9 and 3/9 (the law says "2/9 and a day before or after it", chosen each year: the swaps table
 * moves it); and for each holiday on a Saturday or Sunday a compensatory day on the next working
 * day (art. 111.3).
 */
final class Holidays {

  private Holidays() {}

  /**
   * The holidays of a year in date order; {@code namer} gives each its name from its kind and, for
   * a compensatory day, the kind it compensates (or null).
   */
  static List<Holiday> of(int year, BiFunction<HolidayKind, HolidayKind, String> namer) {
    List<Holiday> days = new ArrayList<>();
    solar(days, LocalDate.of(year, 1, 1), HolidayKind.NEW_YEAR, namer);
    LocalDate tet = LunarCalendar.newYear(year);
    for (int i = -1; i <= 3; i++) {
      LocalDate day = tet.plusDays(i);
      days.add(
          new Holiday(
              day,
              HolidayKind.LUNAR_NEW_YEAR,
              LunarCalendar.lunar(day),
              null,
              namer.apply(HolidayKind.LUNAR_NEW_YEAR, null)));
    }
    LunarDate hung = new LunarDate(10, 3, year, false);
    days.add(
        new Holiday(
            LunarCalendar.solar(hung),
            HolidayKind.HUNG_KINGS,
            hung,
            null,
            namer.apply(HolidayKind.HUNG_KINGS, null)));
    solar(days, LocalDate.of(year, 4, 30), HolidayKind.VICTORY, namer);
    solar(days, LocalDate.of(year, 5, 1), HolidayKind.LABOUR, namer);
    solar(days, LocalDate.of(year, 9, 2), HolidayKind.NATIONAL, namer);
    solar(days, LocalDate.of(year, 9, 3), HolidayKind.NATIONAL, namer);
    days.sort(Comparator.comparing(Holiday::date));
    return compensated(days, namer);
  }

  private static void solar(
      List<Holiday> days,
      LocalDate date,
      HolidayKind kind,
      BiFunction<HolidayKind, HolidayKind, String> namer) {
    days.add(new Holiday(date, kind, null, null, namer.apply(kind, null)));
  }

  /** The holidays with a compensatory day after each one that falls on a weekend. */
  private static List<Holiday> compensated(
      List<Holiday> holidays, BiFunction<HolidayKind, HolidayKind, String> namer) {
    Set<LocalDate> taken = new HashSet<>();
    holidays.forEach(h -> taken.add(h.date()));
    Set<LocalDate> compensated = new HashSet<>();
    List<Holiday> all = new ArrayList<>(holidays);
    for (Holiday holiday : holidays) {
      // two holidays on one weekend day (10/3 lunar can fall on 30/4) give one day, not two
      if (!weekend(holiday.date()) || !compensated.add(holiday.date())) {
        continue;
      }
      LocalDate day = holiday.date().plusDays(1);
      while (weekend(day) || taken.contains(day)) {
        day = day.plusDays(1);
      }
      taken.add(day);
      all.add(
          new Holiday(
              day,
              HolidayKind.COMPENSATORY,
              null,
              holiday.kind(),
              namer.apply(HolidayKind.COMPENSATORY, holiday.kind())));
    }
    all.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(all);
  }

  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
