package vn.parindex.assessment;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.Accounts;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.framework.FrameworkAccess;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Who may see and change which assessment, score table and ranking: anyone who may read the unit
 * reads (its scope, and a leader every unit below theirs); administrators, PAR officers and
 * appraisers import and edit scores within their own scope; administrators and appraisers import
 * published results and create units. Unknown or out of reach answers 404, revealing nothing;
 * readable but not theirs to change, or without the role, answers 403.
 */
@Component
public class AssessmentAccess {

  static final Role[] SCORE_WRITERS = {Role.ADMIN, Role.PAR_OFFICER, Role.APPRAISER};
  static final Role[] UNIT_WRITERS = {Role.ADMIN, Role.APPRAISER};

  private final JdbcClient jdbc;
  private final UnitScope scope;
  private final Units units;
  private final FrameworkAccess frameworks;
  private final Accounts accounts;
  private final Clock clock;

  AssessmentAccess(
      JdbcClient jdbc,
      UnitScope scope,
      Units units,
      FrameworkAccess frameworks,
      Accounts accounts,
      Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
    this.jdbc = jdbc;
    this.scope = scope;
    this.units = units;
    this.frameworks = frameworks;
  }

  /** The signed-in user acting now: controllers pass it to the services, which audit it. */
  public Actor actor() {
    return Actor.now(accounts.current(), clock);
  }

  /**
   * What the score table's page offers the caller on this unit, its scope read once: "Sửa" on each
   * leaf to those who may edit its scores ({@link #checkWrite}'s rule), "Lập kế hoạch khắc phục" to
   * plan.PlanAccess's writers (an administrator or a PAR officer), both in their own scope.
   */
  public Offers offers(long unitId) {
    CurrentUser user = scope.user();
    boolean own = scope.canSee(user, unitId);
    return new Offers(
        own && user.hasAny(SCORE_WRITERS), own && user.hasAny(Role.ADMIN, Role.PAR_OFFICER));
  }

  /** What the score table's page offers: editing the scores, drafting the plan. */
  public record Offers(boolean edit, boolean draft) {}

  /** The assessment's unit; 404 unless it exists and the user may read its unit. */
  public long checkRead(long assessmentId) {
    Long unitId =
        jdbc.sql("select unit_id from assessment where id = ?")
            .param(assessmentId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (unitId == null || !scope.canRead(scope.user(), unitId)) {
      throw new NotFoundException("assessment.notfound", assessmentId);
    }
    return unitId;
  }

  /**
   * Acting on the assessment (editing it, drafting its plan): 404 as for reading, then 403 unless
   * its unit is in the user's own scope (a leader reads the units below theirs, changes none).
   */
  public long checkActOn(long assessmentId) {
    long unitId = checkRead(assessmentId);
    if (!scope.canSee(scope.user(), unitId)) {
      throw new AccessDeniedException("scope");
    }
    return unitId;
  }

  /** Editing a score: as {@link #checkActOn}, then 403 unless the user scores. */
  public long checkWrite(long assessmentId) {
    long unitId = checkActOn(assessmentId);
    scope.require(SCORE_WRITERS);
    return unitId;
  }

  /** The signed-in user's reading scope, as a test of unit ids (to filter a list of tables). */
  public java.util.function.LongPredicate readable() {
    return scope.readability();
  }

  /**
   * Importing a score table for the unit of this code, or for a new unit under {@code newParent}
   * (when {@code newCode} is given), scored against {@code criteriaSet} when chosen. An unknown
   * unit code is the import's 422.
   */
  public void checkImport(String unitCode, String newCode, Long newParent, Long criteriaSet) {
    if (newCode != null && !newCode.isBlank()) {
      if (newParent == null) {
        scope.require(Role.ADMIN);
      } else {
        scope.checkWrite(newParent, UNIT_WRITERS);
      }
    } else {
      Optional<Unit> unit = byCode(unitCode);
      if (unit.isPresent()) {
        scope.checkWrite(unit.get().id(), SCORE_WRITERS);
      } else {
        scope.require(SCORE_WRITERS);
      }
    }
    if (criteriaSet != null) {
      frameworks.checkRead(criteriaSet);
    }
  }

  /** The unit of this code for a list of its assessments; 404 unless known and readable. */
  public Unit checkUnit(String unitCode) {
    Unit unit =
        byCode(unitCode).orElseThrow(() -> new NotFoundException("unit.not.found", unitCode));
    scope.checkRead(scope.user(), unit.id());
    return unit;
  }

  /** Importing published results for the units under this parent (administrator, appraiser). */
  public void checkResults(String parentCode) {
    Unit parent =
        byCode(parentCode).orElseThrow(() -> new NotFoundException("unit.not.found", parentCode));
    scope.checkWrite(parent.id(), UNIT_WRITERS);
  }

  /** A ranking among the children of a parent: in scope, or the parent of the user's own unit. */
  public void checkRanking(String parentCode) {
    if (parentCode == null) {
      return;
    }
    Unit parent =
        byCode(parentCode).orElseThrow(() -> new NotFoundException("unit.not.found", parentCode));
    CurrentUser user = scope.user();
    if (scope.canRead(user, parent.id())) {
      return;
    }
    Long ownParent = units.findById(user.unitId()).map(Unit::parentId).orElse(null);
    if (!parent.id().equals(ownParent)) {
      throw new NotFoundException("unit.not.found", parentCode);
    }
  }

  private Optional<Unit> byCode(String code) {
    return code == null || code.isBlank() ? Optional.empty() : units.findByCode(code.trim());
  }
}
