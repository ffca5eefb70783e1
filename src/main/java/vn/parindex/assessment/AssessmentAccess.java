package vn.parindex.assessment;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Who may see and change which assessment, score table and ranking: anyone in the unit's scope
 * reads; administrators, PAR officers and appraisers import and edit scores; administrators and
 * appraisers import published results and create units. Out of scope or unknown answers 404,
 * revealing nothing; in scope without the role answers 403.
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
   * Whether the caller may draft a remediation plan (plan.PlanAccess's writers, an administrator or
   * a PAR officer): the score table's page offers the button only to them.
   */
  public boolean planWriter() {
    return scope.has(Role.ADMIN, Role.PAR_OFFICER);
  }

  /** The assessment's unit; 404 unless it exists and is in scope. */
  public long checkRead(long assessmentId) {
    Long unitId =
        jdbc.sql("select unit_id from assessment where id = ?")
            .param(assessmentId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (unitId == null || !scope.canSee(unitId)) {
      throw new NotFoundException("assessment.notfound", assessmentId);
    }
    return unitId;
  }

  /** Editing a score: 404 as for reading, then 403 unless the user scores. */
  public long checkWrite(long assessmentId) {
    long unitId = checkRead(assessmentId);
    scope.require(SCORE_WRITERS);
    return unitId;
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

  /** The unit of this code for a list of its assessments; 404 unless known and in scope. */
  public Unit checkUnit(String unitCode) {
    Unit unit =
        byCode(unitCode).orElseThrow(() -> new NotFoundException("unit.not.found", unitCode));
    scope.check(unit.id());
    return unit;
  }

  /** Importing published results for the units under this parent (administrator, appraiser). */
  public void checkResults(String parentCode) {
    checkUnit(parentCode);
    scope.require(UNIT_WRITERS);
  }

  /** A ranking among the children of a parent: in scope, or the parent of the user's own unit. */
  public void checkRanking(String parentCode) {
    if (parentCode == null) {
      return;
    }
    Unit parent =
        byCode(parentCode).orElseThrow(() -> new NotFoundException("unit.not.found", parentCode));
    if (scope.canSee(parent.id())) {
      return;
    }
    CurrentUser user = scope.user();
    Long ownParent = units.findById(user.unitId()).map(Unit::parentId).orElse(null);
    if (!parent.id().equals(ownParent)) {
      throw new NotFoundException("unit.not.found", parentCode);
    }
  }

  private Optional<Unit> byCode(String code) {
    return code == null || code.isBlank() ? Optional.empty() : units.findByCode(code.trim());
  }
}
