package vn.parindex.dossier;

import java.math.BigDecimal;
import vn.parindex.input.Messages;

/**
 * An indicator as the API and the pages give it: its code, name and definition in the reader's
 * language, the exact numerator and denominator, and the rate in percent (null: not applicable).
 */
record IndicatorView(
    String code,
    String name,
    String definition,
    long numerator,
    long denominator,
    BigDecimal rate) {

  static IndicatorView of(IndicatorFigure figure, Messages messages) {
    String key = "dossier.indicator." + figure.code().name();
    return new IndicatorView(
        figure.code().name(),
        messages.get(key + ".name"),
        messages.get(key + ".definition"),
        figure.numerator(),
        figure.denominator(),
        figure.rate().orElse(null));
  }
}
