package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.input.DecimalText;

/** Figures as the dashboards print them. */
final class Figures {

  private Figures() {}

  /** 2 decimals with a decimal comma ("25,00"), as published; empty for none. */
  static String comma(BigDecimal value) {
    return DecimalText.points(value, VIETNAMESE);
  }

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** A count cell's class: numeric, and marked when anything is overdue. */
  static String overdueClass(int overdue) {
    return overdue > 0 ? "num overdue" : "num";
  }
}
