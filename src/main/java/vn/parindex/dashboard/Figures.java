package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as the dashboards print them. */
final class Figures {

  private Figures() {}

  /** 2 decimals with a decimal comma ("25,00"), as published; empty for none. */
  static String comma(BigDecimal value) {
    return value == null
        ? ""
        : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }
}
