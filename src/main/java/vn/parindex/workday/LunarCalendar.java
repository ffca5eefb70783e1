package vn.parindex.workday;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm): new moons and the sun's longitude from
 * the astronomical series, taken in Vietnam's time zone (UTC+7). A Chinese calendar computes them
 * at UTC+8, where a new moon between 23:00 and 24:00 of Vietnam's time falls on the next day, which
 * can move a month and even the leap month: Tết 1985 was 21/01 in Vietnam and 20/02 in China. Good
 * for the years 1800–2199.
 */
public final class LunarCalendar {

  /** Vietnam's time zone in hours, in which the lunar months start. */
  static final double ZONE = 7.0;

  private static final double SYNODIC_MONTH = 29.530588853;
  private static final double EPOCH = 2415021.076998695;

  private LunarCalendar() {}

  /** The lunar date of a solar day. */
  public static LunarDate lunar(LocalDate date) {
    long dayNumber = date.getLong(JulianFields.JULIAN_DAY);
    long k = (long) Math.floor((dayNumber - EPOCH) / SYNODIC_MONTH) + 1;
    // the month starts on the last new moon on or before the day (the estimate of k can be one
    // off either way: the published code assumed one way only and gave a day 0 in 2054)
    while (newMoonDay(k) > dayNumber) {
      k--;
    }
    while (newMoonDay(k + 1) <= dayNumber) {
      k++;
    }
    long monthStart = newMoonDay(k);
    int year = date.getYear();
    long a11 = month11(year);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = year;
      a11 = month11(year - 1);
    } else {
      lunarYear = year + 1;
      b11 = month11(year + 1);
    }
    int day = (int) (dayNumber - monthStart + 1);
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    boolean leap = false;
    int month = diff + 11;
    if (b11 - a11 > 365) {
      int leapDiff = leapMonthOffset(a11);
      if (diff >= leapDiff) {
        month = diff + 10;
        leap = diff == leapDiff;
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(day, month, lunarYear, leap);
  }

  /**
   * The solar day of a lunar date; refused when the month is said to be leap and that year has no
   * such leap month, or when the day is past the month's end.
   */
  public static LocalDate solar(LunarDate lunar) {
    long a11;
    long b11;
    if (lunar.month() < 11) {
      a11 = month11(lunar.year() - 1);
      b11 = month11(lunar.year());
    } else {
      a11 = month11(lunar.year());
      b11 = month11(lunar.year() + 1);
    }
    long k = (long) Math.floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
    int off = lunar.month() - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11);
      int leapMonth = leapOff - 2;
      if (leapMonth < 0) {
        leapMonth += 12;
      }
      if (lunar.leap() && lunar.month() != leapMonth) {
        throw new IllegalArgumentException("no leap month " + lunar.month() + "/" + lunar.year());
      }
      if (lunar.leap() || off >= leapOff) {
        off += 1;
      }
    } else if (lunar.leap()) {
      throw new IllegalArgumentException("no leap month in " + lunar.year());
    }
    long monthStart = newMoonDay(k + off);
    long next = newMoonDay(k + off + 1);
    if (monthStart + lunar.day() - 1 >= next) {
      throw new IllegalArgumentException("month " + lunar.text() + " has fewer days");
    }
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, monthStart + lunar.day() - 1);
  }

  /** The first day (1 Giêng) of a lunar year, the day of Tết Nguyên đán. */
  public static LocalDate newYear(int lunarYear) {
    return solar(new LunarDate(1, 1, lunarYear, false));
  }

  /** The Julian day number of the k-th new moon after 1/1/1900, in Vietnam's time zone. */
  static long newMoonDay(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    double jdNew = jd1 + c1 - deltaT;
    return (long) Math.floor(jdNew + 0.5 + ZONE / 24);
  }

  /** The sun's longitude at the start of a day, as one of the 12 major solar terms (0–11). */
  static int sunLongitude(long dayNumber) {
    double t = (dayNumber - 2451545.5 - ZONE / 24) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  /** The first day of the 11th lunar month (the one holding the winter solstice) of a year. */
  static long month11(int year) {
    long off = LocalDate.of(year, 12, 31).getLong(JulianFields.JULIAN_DAY) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long newMoon = newMoonDay(k);
    if (sunLongitude(newMoon) >= 9) {
      newMoon = newMoonDay(k - 1);
    }
    return newMoon;
  }

  /** Which month after the 11th is the leap one (the first without a major solar term). */
  static int leapMonthOffset(long a11) {
    long k = (long) Math.floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
    int last;
    int i = 1;
    int arc = sunLongitude(newMoonDay(k + i));
    do {
      last = arc;
      i++;
      arc = sunLongitude(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }
}
