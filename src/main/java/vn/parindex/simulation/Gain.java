package vn.parindex.simulation;

import java.math.BigDecimal;

/**
 * Lost points of one leaf and what it takes to win them back: {@code effort} units of its {@code
 * kind} (dossiers to convert, a document or report to issue, items to clear, a level to climb; null
 * when not known) for {@code won} points, {@code perEffort} points per unit. A rate leaf carries
 * its rate now, the rate that gives full points and the dossiers behind it, if known, and its live
 * indicator (or null).
 */
public record Gain(
    String code,
    String name,
    Kind kind,
    BigDecimal lost,
    BigDecimal won,
    Long effort,
    BigDecimal perEffort,
    BigDecimal rate,
    BigDecimal targetRate,
    Long numerator,
    Long denominator,
    String indicator) {

  /** What one unit of effort is. */
  public enum Kind {
    RATE,
    DOCUMENT,
    ITEMS,
    LEVEL,
    UNKNOWN
  }

  public boolean known() {
    return effort != null;
  }
}
