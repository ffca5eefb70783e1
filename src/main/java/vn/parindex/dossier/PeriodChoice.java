package vn.parindex.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period the chooser offers: its value ({@link IndicatorPeriod#parse}) and its label's message
 * key and arguments ("Tháng 5/2026"). Live first, then this year and last year by year, quarter and
 * month, up to today, then the three years before as whole years (the year an index result was
 * published for is often two years back).
 */
record PeriodChoice(String value, String key, Object[] args) {

  static List<PeriodChoice> around(LocalDate today) {
    List<PeriodChoice> all = new ArrayList<>();
    all.add(
        new PeriodChoice(IndicatorPeriod.TODAY, "dossier.indicator.period.today", new Object[0]));
    for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
      all.add(choice(String.valueOf(year), "dossier.indicator.period.year", year));
      for (int q = 4; q >= 1; q--) {
        if (LocalDate.of(year, q * 3 - 2, 1).isAfter(today)) {
          continue;
        }
        all.add(choice(year + "-Q" + q, "dossier.indicator.period.quarter", q, year));
      }
      for (int m = 12; m >= 1; m--) {
        if (LocalDate.of(year, m, 1).isAfter(today)) {
          continue;
        }
        all.add(choice("%d-%02d".formatted(year, m), "dossier.indicator.period.month", m, year));
      }
    }
    for (int year = today.getYear() - 2; year >= today.getYear() - 4; year--) {
      all.add(choice(String.valueOf(year), "dossier.indicator.period.year", year));
    }
    return List.copyOf(all);
  }

  private static PeriodChoice choice(String value, String key, Object... args) {
    // years and months as plain digits, never "2.026"
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = String.valueOf(args[i]);
    }
    return new PeriodChoice(value, key, shown);
  }
}
