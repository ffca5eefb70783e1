package vn.parindex.dossier;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The traffic lights of the province's page: a rate at or above {@code green} percent is green, at
 * or above {@code amber} amber, below it red; one indicator may have its own ({@code
 * parindex.indicators.by-code.ON_TIME.green=98}).
 */
@ConfigurationProperties("parindex.indicators")
record IndicatorThresholds(BigDecimal green, BigDecimal amber, Map<IndicatorCode, Level> byCode) {

  /** The thresholds of one indicator. */
  record Level(BigDecimal green, BigDecimal amber) {}

  IndicatorThresholds {
    green = green == null ? BigDecimal.valueOf(95) : green;
    amber = amber == null ? BigDecimal.valueOf(80) : amber;
    byCode = byCode == null ? Map.of() : Map.copyOf(byCode);
  }

  /** The light of a figure; {@link Light#NONE} when it is not applicable. */
  Light light(IndicatorFigure figure) {
    if (figure.rate().isEmpty()) {
      return Light.NONE;
    }
    BigDecimal rate = figure.rate().get();
    Level own = byCode.get(figure.code());
    BigDecimal g = own != null && own.green() != null ? own.green() : green;
    BigDecimal a = own != null && own.amber() != null ? own.amber() : amber;
    if (rate.compareTo(g) >= 0) {
      return Light.GREEN;
    }
    return rate.compareTo(a) >= 0 ? Light.AMBER : Light.RED;
  }

  /** A traffic light, always shown with its word ({@code dossier.indicator.light.GREEN}). */
  enum Light {
    GREEN,
    AMBER,
    RED,
    NONE
  }
}
