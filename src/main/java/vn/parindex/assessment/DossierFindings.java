package vn.parindex.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.dossier.Indicators;

/**
 * The checker's findings that need the unit's one-stop dossiers ({@link DossierCheck}): read for
 * the assessment's year, up to today while the year runs. A set without sources asks nothing.
 */
@Component
class DossierFindings {

  private final Indicators indicators;
  private final Clock clock;

  DossierFindings(Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.clock = clock;
  }

  List<Finding> of(Scorecard card) {
    boolean sourced = card.criteriaSet().leaves().stream().anyMatch(c -> c.source() != null);
    int year = card.assessment().year();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate today = LocalDate.now(clock);
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate to = today.isBefore(end) ? today : end;
    if (!sourced || to.isBefore(from)) {
      return List.of();
    }
    Map<String, IndicatorFigure> figures =
        indicators.of(card.assessment().unitId(), from, to).stream()
            .collect(Collectors.toMap(f -> f.code().name(), Function.identity()));
    return DossierCheck.check(card, figures, year);
  }
}
