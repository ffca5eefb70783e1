package vn.parindex.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dossiers to convert (counted in the denominator already, not yet in the numerator) for a rate of
 * {@code numerator} ÷ {@code denominator} to reach {@code targetPercent}: the smallest n with
 * (numerator + n) × 100 ≥ target × denominator. 35 of 40 paid online (87,5 %) needs 5 more for 100
 * %.
 */
final class RateNeed {

  private RateNeed() {}

  static long dossiers(long numerator, long denominator, BigDecimal targetPercent) {
    BigDecimal needed =
        targetPercent
            .multiply(BigDecimal.valueOf(denominator))
            .divide(LeafPoints.HUNDRED, 0, RoundingMode.CEILING);
    return Math.max(0, Math.min(denominator, needed.longValueExact()) - numerator);
  }
}
