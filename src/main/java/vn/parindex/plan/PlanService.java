package vn.parindex.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.ConflictException;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Times;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Drafts plans from stored assessments and saves edited plans once they keep the rules; the caller
 * says who acts (the audit trail records that actor).
 */
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
  private final ApplicationEventPublisher events;

  PlanService(
      Plans plans,
      Assessments assessments,
      CriteriaSets criteriaSets,
      Units units,
      Rankings rankings,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.audit = audit;
    this.events = events;
    this.plans = plans;
    this.assessments = assessments;
    this.criteriaSets = criteriaSets;
    this.units = units;
    this.rankings = rankings;
  }

  /**
   * Drafts and stores a plan for an assessment, with the rank the ranking feature knows; refused
   * (409 with its link) when the assessment already has a plan.
   */
  @Transactional
  public Plan draft(Actor by, long assessmentId) {
    return draft(by, assessmentId, false, null);
  }

  /**
   * Drafts the assessment's plan; when it has one, only with {@code replace} (else 409 with the
   * current plan's link), and only if {@code seenId}, when given, is still the current plan. The
   * new version replaces the current one, which stays readable; its lines keep their keys (and so
   * their tasks) by criterion code. Two at once: one success, one 409.
   */
  @Transactional
  public Plan draft(Actor by, long assessmentId, boolean replace, Long seenId) {
    Assessment assessment = assessment(assessmentId);
    return draft(by, assessment, rankings.rankOf(assessment), replace, seenId);
  }

  /** Drafts and stores a plan with a rank the caller decides (e.g. one stated in a document). */
  @Transactional
  public Plan draft(Actor by, long assessmentId, Optional<UnitRank> rank) {
    return draft(by, assessment(assessmentId), rank, false, null);
  }

  /** The same with a stated rank, replacing the current plan when asked to. */
  @Transactional
  public Plan draft(
      Actor by, long assessmentId, Optional<UnitRank> rank, boolean replace, Long seenId) {
    return draft(by, assessment(assessmentId), rank, replace, seenId);
  }

  /** The current plan of an assessment, if any. */
  public Optional<Plans.Current> currentOf(long assessmentId) {
    return plans.current(assessmentId);
  }

  private Plan draft(
      Actor by, Assessment assessment, Optional<UnitRank> rank, boolean replace, Long seen) {
    Optional<Plans.Current> current = plans.current(assessment.id());
    Optional<Plan> replaced = Optional.empty();
    if (current.isPresent()) {
      Plans.Current now = current.get();
      if (!replace || (seen != null && seen != now.id())) {
        throw new ConflictException(
            "/plans/" + now.id(),
            List.of(),
            replace ? "plan.version.changed" : "plan.version.exists",
            Times.dateTime(now.createdAt()));
      }
      replaced = Optional.of(get(now.id()));
      if (!plans.release(now.id())) {
        throw new ConflictException(
            "/plans/" + now.id(),
            List.of(),
            "plan.version.changed",
            Times.dateTime(now.createdAt()));
      }
    }
    CriteriaSet set =
        criteriaSets
            .findById(assessment.criteriaSetId())
            .orElseThrow(() -> new IllegalStateException("no set " + assessment.criteriaSetId()));
    Unit unit =
        units
            .findById(assessment.unitId())
            .orElseThrow(() -> new IllegalStateException("no unit " + assessment.unitId()));
    Optional<Unit> parent = Optional.ofNullable(unit.parentId()).flatMap(units::findById);
    Plan drafted = drafter.draft(Scorecard.of(set, assessment), unit, parent, rank);
    replaced.ifPresent(old -> keepLineKeys(old, drafted));
    Plan plan;
    try {
      plan = plans.save(drafted);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(null, List.of(), "plan.version.concurrent");
    }
    audit.record(by, AUDIT_TYPE, plan.id(), "created", null, plan.header().title());
    replaced.ifPresent(
        old -> {
          audit.record(by, AUDIT_TYPE, plan.id(), "replaces", null, "#" + old.id());
          events.publishEvent(new PlanReplaced(old.id(), plan.id()));
        });
    return get(plan.id());
  }

  /** The new draft's lines take the keys of the old version's lines of the same criterion. */
  private static void keepLineKeys(Plan old, Plan drafted) {
    Map<String, String> keys = new HashMap<>();
    old.lines().stream()
        .filter(l -> l.code() != null && l.key() != null)
        .forEach(l -> keys.putIfAbsent(l.code() + (l.area() ? "#area" : ""), l.key()));
    drafted.replaceLines(
        drafted.lines().stream()
            .map(l -> l.withKey(keys.get(l.code() + (l.area() ? "#area" : ""))))
            .toList());
  }

  public Plan get(long id) {
    return plans.findById(id).orElseThrow(() -> new NotFoundException("plan.notfound", id));
  }

  /**
   * Saves an edited plan; refuses it whole (nothing stored) when it breaks a rule, and with 409
   * naming what the other person changed when it was edited from a version saved over since.
   */
  @Transactional
  public Plan save(Actor by, Plan plan) {
    Plan before = get(plan.id());
    plan.check();
    if (before.version() != plan.version()) {
      throw stale(plan);
    }
    Plan saved;
    try {
      saved = plans.save(plan);
    } catch (ConflictException e) {
      throw stale(plan);
    }
    List<PlanChanges.Change> changes = PlanChanges.between(before, saved);
    for (PlanChanges.Change c : changes) {
      audit.record(by, AUDIT_TYPE, plan.id(), c.field(), c.oldValue(), c.newValue());
    }
    plans.recordChanges(
        plan.id(), saved.version(), changes.stream().map(PlanChanges.Change::field).toList());
    return get(plan.id());
  }

  /** Refused: with the fields changed since the version the editor saw. */
  private ConflictException stale(Plan plan) {
    List<String> fields = plans.changedSince(plan.id(), plan.version());
    return new ConflictException(
        "/plans/" + plan.id(), fields, "plan.version.stale", String.valueOf(fields.size()));
  }

  private Assessment assessment(long id) {
    return assessments
        .findById(id)
        .orElseThrow(() -> new NotFoundException("plan.assessment.notfound", id));
  }
}
