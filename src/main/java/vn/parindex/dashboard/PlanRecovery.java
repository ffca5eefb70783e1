package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.input.NotFoundException;

/**
 * Loads a plan (year Y, made from the assessment of Y−1) and the unit's assessment of year Y, and
 * computes what each plan line's criterion recovered ({@link Recovery}).
 */
@Service
class PlanRecovery {

  private final JdbcClient jdbc;
  private final AssessmentQueries assessments;

  PlanRecovery(JdbcClient jdbc, AssessmentQueries assessments) {
    this.jdbc = jdbc;
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

  private record PlanHead(long unitId, String unitName, int planYear, Long assessmentId) {}

  @Transactional(readOnly = true)
  Report of(long planId) {
    PlanHead plan =
        jdbc.sql(
                "select p.unit_id, u.name, p.plan_year, p.assessment_id from plan p"
                    + " join unit u on u.id = p.unit_id where p.id = ?")
            .param(planId)
            .query(
                (rs, n) ->
                    new PlanHead(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getObject(4) == null ? null : rs.getLong(4)))
            .optional()
            .orElseThrow(() -> new NotFoundException("dashboard.plan.notfound", planId));
    List<Recovery.Line> lines =
        jdbc.sql(
                "select position, code, content, points from plan_line"
                    + " where plan_id = ? and not area order by position")
            .param(planId)
            .query(
                (rs, n) ->
                    new Recovery.Line(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
            .list();
    Map<String, Recovery.Points> before = new HashMap<>();
    if (plan.assessmentId() != null) {
      points(assessments.scorecard(plan.assessmentId())).forEach(p -> before.put(p.code(), p));
    }
    Optional<Long> next = nextAssessment(plan.unitId(), plan.planYear());
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
        plan.unitName(),
        plan.planYear(),
        plan.assessmentId(),
        next.orElse(null),
        total,
        results);
  }

  /** The unit's assessment of that year: a PUBLISHED one if any, else the newest. */
  private Optional<Long> nextAssessment(long unitId, int year) {
    return jdbc
        .sql(
            "select id from assessment where unit_id = ? and index_year = ?"
                + " order by case when stage = 'PUBLISHED' then 0 else 1 end, id desc")
        .params(unitId, year)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  private static List<Recovery.Points> points(Scorecard card) {
    return card.nodes().stream().map(PlanRecovery::points).toList();
  }

  private static Recovery.Points points(ScoredNode node) {
    return new Recovery.Points(
        node.criterion().code().value(), node.criterion().name(), node.points());
  }
}
