package vn.parindex.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.SetRules;

/**
 * A unit's total at publication: the final points of its leaves, plus its survey points, with the
 * criteria set's rule for a missing survey (zero, or rescale: the scored points × set max ÷ (set
 * max − the max of the survey leaves without points)), then plus bonus, minus penalty, never below
 * 0. Bonus and penalty are not rescaled: they are points given or taken as such.
 */
@Component
class RoundTotals {

  private final SurveyPoints survey;
  private final Adjustments adjustments;

  RoundTotals(SurveyPoints survey, Adjustments adjustments) {
    this.survey = survey;
    this.adjustments = adjustments;
  }

  BigDecimal of(CriteriaSet set, RoundUnit unit, List<Entry> entries) {
    Map<String, BigDecimal> finals = new HashMap<>();
    entries.forEach(e -> finals.put(e.code, e.finalPoints));
    List<Adjustment> list = adjustments.of(unit.id());
    return total(
        set,
        finals,
        survey.ofUnit(unit.id()),
        Adjustment.sum(list, Adjustment.Kind.BONUS),
        Adjustment.sum(list, Adjustment.Kind.PENALTY));
  }

  /**
   * Every unit's total in the round, by round unit id: its survey points and adjustments read for
   * the whole round at once (a publication must not cost two queries a unit).
   */
  Map<Long, BigDecimal> ofRound(
      CriteriaSet set,
      long roundId,
      List<RoundUnit> units,
      Map<Long, List<Entry>> entriesOf,
      Map<Long, Map<String, BigDecimal>> surveyOf) {
    Map<Long, List<Adjustment>> adjustmentsOf = adjustments.ofRound(roundId);
    Map<Long, BigDecimal> totals = new HashMap<>();
    for (RoundUnit unit : units) {
      Map<String, BigDecimal> finals = new HashMap<>();
      entriesOf.getOrDefault(unit.id(), List.of()).forEach(e -> finals.put(e.code, e.finalPoints));
      List<Adjustment> list = adjustmentsOf.getOrDefault(unit.id(), List.of());
      totals.put(
          unit.id(),
          total(
              set,
              finals,
              surveyOf.getOrDefault(unit.id(), Map.of()),
              Adjustment.sum(list, Adjustment.Kind.BONUS),
              Adjustment.sum(list, Adjustment.Kind.PENALTY)));
    }
    return totals;
  }

  /**
   * A leaf's points as publication counts them: a survey leaf's imported points (it has no stages
   * of its own), another leaf's final points; null when it has none.
   */
  static BigDecimal leafPoints(
      Criterion leaf, BigDecimal finalPoints, Map<String, BigDecimal> surveyPoints) {
    return leaf.methodOrManual().kind() == MethodKind.SURVEY
        ? surveyPoints.get(leaf.code().value())
        : finalPoints;
  }

  static BigDecimal total(
      CriteriaSet set,
      Map<String, BigDecimal> finals,
      Map<String, BigDecimal> surveyPoints,
      BigDecimal bonus,
      BigDecimal penalty) {
    BigDecimal scored = BigDecimal.ZERO;
    BigDecimal missing = BigDecimal.ZERO;
    for (Criterion leaf : set.leaves()) {
      BigDecimal points = leafPoints(leaf, finals.get(leaf.code().value()), surveyPoints);
      if (points != null) {
        scored = scored.add(points);
      } else if (leaf.methodOrManual().kind() == MethodKind.SURVEY) {
        missing = missing.add(leaf.maxPoints());
      }
    }
    BigDecimal max = set.totalMax();
    if (set.rules().surveyMissing() == SetRules.SurveyMissing.RESCALE
        && missing.signum() > 0
        && max.compareTo(missing) > 0) {
      scored = scored.multiply(max).divide(max.subtract(missing), 4, RoundingMode.HALF_UP);
    }
    return scored.add(bonus).subtract(penalty).max(BigDecimal.ZERO);
  }
}
