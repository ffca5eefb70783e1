package vn.parindex.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * The days an indicator counts, both ends included, as a page or a link names them: "today" (live:
 * 1 January of this year to today), a year "2026", a quarter "2026-Q2", a month "2026-05", or any
 * range "2026-01-15..2026-03-31".
 */
record IndicatorPeriod(String value, LocalDate from, LocalDate to, boolean live) {

  static final String TODAY = "today";

  /** The longest range asked for at once: a few years, never an unbounded scan. */
  private static final int MAX_DAYS = 366 * 5;

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  IndicatorPeriod {
    if (to.isBefore(from)) {
      throw invalid("dossier.indicator.period.reversed");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw invalid("dossier.indicator.period.long");
    }
  }

  /** The period this text names; "today" when blank. */
  static IndicatorPeriod parse(String text, LocalDate today) {
    String v = text == null || text.isBlank() ? TODAY : text.strip();
    try {
      if (v.equals(TODAY)) {
        return new IndicatorPeriod(TODAY, today.withDayOfYear(1), today, true);
      }
      Matcher m;
      if ((m = YEAR.matcher(v)).matches()) {
        int year = Integer.parseInt(m.group(1));
        return new IndicatorPeriod(v, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
      }
      if ((m = QUARTER.matcher(v)).matches()) {
        LocalDate first =
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2, 1);
        return new IndicatorPeriod(v, first, first.plusMonths(3).minusDays(1), false);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth month = YearMonth.parse(v);
        return new IndicatorPeriod(v, month.atDay(1), month.atEndOfMonth(), false);
      }
      if ((m = RANGE.matcher(v)).matches()) {
        return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (java.time.DateTimeException e) {
      throw invalid("dossier.indicator.period.invalid", v);
    }
    throw invalid("dossier.indicator.period.invalid", v);
  }

  /** Any range of days, both included. */
  static IndicatorPeriod range(LocalDate from, LocalDate to) {
    return new IndicatorPeriod(from + ".." + to, from, to, false);
  }

  private static InvalidInputException invalid(String key, Object... args) {
    return new InvalidInputException(
        InputProblem.ofField(0, "dossier.indicator.field.period", key, args));
  }
}
