package vn.parindex.simulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.dossier.Indicators;

/** A unit's live indicator over a year: from 1 January to today, or to 31 December once past. */
@Component
class LiveFigures {

  private final Indicators indicators;
  private final Clock clock;

  LiveFigures(Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The figure of the year to date; empty when the year has not begun. */
  Optional<IndicatorFigure> of(long unitId, int year, IndicatorCode code) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate to = today().isBefore(end) ? today() : end;
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    return indicators.of(unitId, from, to).stream().filter(f -> f.code() == code).findFirst();
  }
}
