package vn.parindex.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One indicator of a unit over a period: the exact numerator and denominator, and the rate in
 * percent. A denominator of 0 means "not applicable": there is no rate, never 0% or 100%.
 */
public record IndicatorFigure(IndicatorCode code, long numerator, long denominator) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public IndicatorFigure {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(code + ": " + numerator + "/" + denominator);
    }
  }

  public boolean applicable() {
    return denominator > 0;
  }

  /** The rate in percent at the given scale (half up, as published figures are rounded). */
  public Optional<BigDecimal> percent(int scale) {
    if (!applicable()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  /** The rate in percent with two decimals, as the portal and the appraisal tables state it. */
  public Optional<BigDecimal> rate() {
    return percent(2);
  }
}
