package vn.parindex.plan;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.AuditLog;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** Drafts plans from stored assessments and saves edited plans once they keep the rules. */
@Service
public class PlanService {

  /** The entity type of a plan's changes in the audit trail. */
  public static final String AUDIT_TYPE = "PLAN";

  private final Plans plans;
  private final Assessments assessments;
  private final CriteriaSets criteriaSets;
  private final Units units;
  private final Rankings rankings;
  private final PlanDrafter drafter = new PlanDrafter();
  private final AuditLog audit;

  PlanService(
      Plans plans,
      Assessments assessments,
      CriteriaSets criteriaSets,
      Units units,
      Rankings rankings,
      AuditLog audit) {
    this.audit = audit;
    this.plans = plans;
    this.assessments = assessments;
    this.criteriaSets = criteriaSets;
    this.units = units;
    this.rankings = rankings;
  }

  /** Drafts and stores a plan for an assessment, with the rank the ranking feature knows. */
  @Transactional
  public Plan draft(long assessmentId) {
    Assessment assessment = assessment(assessmentId);
    return draft(assessment, rankings.rankOf(assessment));
  }

  /** Drafts and stores a plan with a rank the caller decides (e.g. one stated in a document). */
  @Transactional
  public Plan draft(long assessmentId, Optional<UnitRank> rank) {
    return draft(assessment(assessmentId), rank);
  }

  private Plan draft(Assessment assessment, Optional<UnitRank> rank) {
    CriteriaSet set =
        criteriaSets
            .findById(assessment.criteriaSetId())
            .orElseThrow(() -> new IllegalStateException("no set " + assessment.criteriaSetId()));
    Unit unit =
        units
            .findById(assessment.unitId())
            .orElseThrow(() -> new IllegalStateException("no unit " + assessment.unitId()));
    Optional<Unit> parent = Optional.ofNullable(unit.parentId()).flatMap(units::findById);
    Plan plan = plans.save(drafter.draft(Scorecard.of(set, assessment), unit, parent, rank));
    audit.record(AUDIT_TYPE, plan.id(), "created", null, plan.header().title());
    return plan;
  }

  public Plan get(long id) {
    return plans.findById(id).orElseThrow(() -> new NotFoundException("plan.notfound", id));
  }

  /** Saves an edited plan; refuses it whole (nothing stored) when it breaks a rule. */
  @Transactional
  public Plan save(Plan plan) {
    Plan before = get(plan.id());
    plan.check();
    Plan saved = plans.save(plan);
    for (PlanChanges.Change c : PlanChanges.between(before, saved)) {
      audit.record(AUDIT_TYPE, plan.id(), c.field(), c.oldValue(), c.newValue());
    }
    return saved;
  }

  private Assessment assessment(long id) {
    return assessments
        .findById(id)
        .orElseThrow(() -> new NotFoundException("plan.assessment.notfound", id));
  }
}
