package vn.parindex.round;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import vn.parindex.dossier.IndicatorFigure;

/**
 * How a unit's entry stands against its leaf's dossier figure: the period of the round's year, the
 * rate the entry states, whether it holds the dossiers' own counts, and whether two rates differ at
 * the precision the entry was typed with (90.8 states 90.79 well; never finer than 2 decimals).
 */
final class DossierRates {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DossierRates() {}

  static LocalDate from(int year) {
    return LocalDate.of(year, 1, 1);
  }

  /** The last day counted: today while the year runs, its 31 December once it is over. */
  static LocalDate to(int year, LocalDate today) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return today.isBefore(end) ? today : end;
  }

  /** The rate typed, else numerator ÷ denominator in percent; empty when neither is given. */
  static Optional<BigDecimal> stated(SelfInput self) {
    if (self.rate() != null) {
      return Optional.of(self.rate());
    }
    if (self.numerator() == null
        || self.denominator() == null
        || self.denominator().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        self.numerator().multiply(HUNDRED).divide(self.denominator(), MathContext.DECIMAL64));
  }

  /** The entry holds exactly the dossiers' numerator and denominator (and no typed rate). */
  static boolean holds(SelfInput self, IndicatorFigure figure) {
    return self.rate() == null
        && self.numerator() != null
        && self.denominator() != null
        && self.numerator().compareTo(BigDecimal.valueOf(figure.numerator())) == 0
        && self.denominator().compareTo(BigDecimal.valueOf(figure.denominator())) == 0;
  }

  static boolean differ(BigDecimal stated, BigDecimal rate) {
    int scale = scale(stated);
    return stated
            .setScale(scale, RoundingMode.HALF_UP)
            .compareTo(rate.setScale(scale, RoundingMode.HALF_UP))
        != 0;
  }

  /** The stated rate as the warning shows it: at most 2 decimals. */
  static BigDecimal shown(BigDecimal stated) {
    return stated.setScale(scale(stated), RoundingMode.HALF_UP);
  }

  private static int scale(BigDecimal stated) {
    return Math.min(2, Math.max(0, stated.stripTrailingZeros().scale()));
  }
}
