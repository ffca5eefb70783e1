package vn.parindex.plan;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.input.NotFoundException;

/**
 * Who may see and change which remediation plan: anyone who may read the unit reads it (its scope,
 * and a leader the plans of every unit below theirs); its unit's PAR officer and administrators
 * draft and edit it. A plan out of reach answers 404 as if it did not exist; readable but not in
 * the user's own scope, or without the role, 403.
 */
@Component
public class PlanAccess {

  static final Role[] PLAN_WRITERS = {Role.ADMIN, Role.PAR_OFFICER};

  private final JdbcClient jdbc;
  private final UnitScope scope;
  private final AssessmentAccess assessments;
  private final Clock clock;

  PlanAccess(JdbcClient jdbc, UnitScope scope, AssessmentAccess assessments, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.assessments = assessments;
    this.clock = clock;
  }

  /** The signed-in user acting now: controllers pass it to the plan service, which audits it. */
  public Actor actor() {
    return Actor.now(scope.user(), clock);
  }

  /** The plan's unit; 404 unless the plan exists and is in scope. */
  public long checkRead(long planId) {
    return checkRead(scope.user(), planId);
  }

  /** As {@link #checkRead(long)}, for a service given its actor. */
  public long checkRead(CurrentUser user, long planId) {
    Long unitId =
        jdbc.sql("select unit_id from plan where id = ?")
            .param(planId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (unitId == null || !scope.canRead(user, unitId)) {
      throw new NotFoundException("plan.notfound", planId);
    }
    return unitId;
  }

  /** Whether the user may edit this unit's plans (the editor offers its form only to them). */
  public boolean mayWrite(CurrentUser user, long unitId) {
    return user.hasAny(PLAN_WRITERS) && scope.canSee(user, unitId);
  }

  /** The signed-in user's reading scope, as a test of unit ids (to filter a list of plans). */
  public java.util.function.LongPredicate readable() {
    return scope.readability();
  }

  /** Editing the plan: 404 as for reading, then 403 unless the user drafts plans. */
  public long checkWrite(long planId) {
    return checkWrite(scope.user(), planId);
  }

  /** As {@link #checkWrite(long)}, for a service given its actor. */
  public long checkWrite(CurrentUser user, long planId) {
    long unitId = checkRead(user, planId);
    if (!mayWrite(user, unitId)) {
      throw new AccessDeniedException("role");
    }
    return unitId;
  }

  /**
   * Drafting a plan from an assessment: the assessment in the user's own scope, and the user drafts
   * plans.
   */
  public void checkDraft(long assessmentId) {
    assessments.checkActOn(assessmentId);
    scope.require(PLAN_WRITERS);
  }

  /** Following a score table to its plan: the assessment in scope. */
  public void checkAssessmentRead(long assessmentId) {
    assessments.checkRead(assessmentId);
  }
}
