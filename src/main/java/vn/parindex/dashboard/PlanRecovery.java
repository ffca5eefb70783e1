package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.AssessmentYears;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.input.NotFoundException;
import vn.parindex.plan.Plan;
import vn.parindex.plan.Plans;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Loads a plan (year Y, made from the assessment of Y−1) and the unit's assessment of year Y, and
 * computes what each plan line's criterion recovered ({@link Recovery}).
 */
@Service
class PlanRecovery {

  private final Plans plans;
  private final Units units;
  private final AssessmentYears years;
  private final AssessmentQueries assessments;

  PlanRecovery(Plans plans, Units units, AssessmentYears years, AssessmentQueries assessments) {
    this.plans = plans;
    this.units = units;
    this.years = years;
    this.assessments = assessments;
  }

  /** {@code nextAssessmentId} is null when the unit has no scores for the plan's year yet. */
  record Report(
      long planId,
      long unitId,
      String unitName,
      int planYear,
      Long baseAssessmentId,
      Long nextAssessmentId,
      BigDecimal totalRecovered,
      List<Recovery.Result> lines) {}

  @Transactional(readOnly = true)
  Report of(long planId) {
    Plan plan =
        plans
            .findById(planId)
            .orElseThrow(() -> new NotFoundException("dashboard.plan.notfound", planId));
    String unitName = units.findById(plan.unitId()).map(Unit::name).orElse(null);
    List<Recovery.Line> lines =
        plan.lines().stream()
            .filter(l -> !l.area())
            .map(l -> new Recovery.Line(l.position(), l.code(), l.content(), l.points()))
            .toList();
    Map<String, Recovery.Points> before = new HashMap<>();
    if (plan.assessmentId() != null) {
      points(assessments.scorecard(plan.assessmentId())).forEach(p -> before.put(p.code(), p));
    }
    // The unit's assessment of the plan's year: a PUBLISHED one if any, else the newest.
    Optional<Long> next =
        years.ofYear(plan.unitId(), plan.year()).map(AssessmentYears.YearAssessment::id);
    List<Recovery.Points> after =
        next.map(id -> points(assessments.scorecard(id))).orElse(List.of());
    List<Recovery.Result> results = Recovery.compute(lines, before, after);
    BigDecimal total =
        results.stream()
            .map(Recovery.Result::recovered)
            .filter(r -> r != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Report(
        planId,
        plan.unitId(),
        unitName,
        plan.year(),
        plan.assessmentId(),
        next.orElse(null),
        total,
        results);
  }

  private static List<Recovery.Points> points(Scorecard card) {
    return card.nodes().stream().map(PlanRecovery::points).toList();
  }

  private static Recovery.Points points(ScoredNode node) {
    return new Recovery.Points(
        node.criterion().code().value(), node.criterion().name(), node.points());
  }
}
