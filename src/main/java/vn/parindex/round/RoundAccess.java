package vn.parindex.round;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;

/**
 * Who does what in a round. A unit the user may not read answers 404; one they read, where their
 * role does not take this step (or the unit is not theirs to change), 403. A leader reads the units
 * below theirs ({@link UnitScope#canRead}): the council chair opens every unit's page before
 * publishing, with nothing to do there. The unit's PAR officer and departments write its entries
 * and explanations, its chairman (leader) submits; appraisers above the unit appraise and reopen;
 * the round is opened by an appraiser or administrator over its parent, and published by an
 * administrator or the parent's own leader (the council chair).
 */
@Component
public class RoundAccess {

  private final UnitScope scope;

  RoundAccess(UnitScope scope) {
    this.scope = scope;
  }

  CurrentUser user() {
    return scope.user();
  }

  /** Opening a round over the parent (and importing its survey): an appraiser or administrator. */
  void checkOpen(long parentUnitId) {
    refuseUnless(parentUnitId, mayOpen(parentUnitId));
  }

  boolean mayOpen(long parentUnitId) {
    CurrentUser user = user();
    return user.hasAny(Role.ADMIN, Role.APPRAISER) && scope.canSee(user, parentUnitId);
  }

  /**
   * Out of the reader's scope 404, else a step the reader does not take 403 (an allowed step has
   * had its scope read already: every rule holds only in scope).
   */
  private void refuseUnless(long unitId, boolean allowed) {
    if (allowed) {
      return;
    }
    scope.checkRead(user(), unitId);
    throw new AccessDeniedException("round");
  }

  /**
   * The units of the round the user may see listed; 404 when none and not the parent either. The
   * chair of the round's parent, who publishes, sees every unit of the round listed (its state, and
   * the round's results and losses), and reads each unit's page.
   */
  List<RoundUnit> visible(Round round, List<RoundUnit> units) {
    return visible(round, units, scope.visibility());
  }

  /** {@link #visible(Round, List)} with the reader's scope already read ({@link #opens()}). */
  List<RoundUnit> visible(
      Round round, List<RoundUnit> units, java.util.function.LongPredicate sees) {
    if (chairs(user(), round)) {
      return units;
    }
    List<RoundUnit> seen = units.stream().filter(u -> sees.test(u.unitId())).toList();
    if (seen.isEmpty() && !sees.test(round.parentUnitId())) {
      throw new NotFoundException("round.notFound", round.id());
    }
    return seen;
  }

  /** The units whose pages the signed-in user opens (reads): their reading scope, read once. */
  java.util.function.LongPredicate opens() {
    return scope.readability();
  }

  /** The leader of the round's parent unit: the council chair, who publishes. */
  static boolean chairs(CurrentUser user, Round round) {
    return user.has(Role.LEADER) && user.unitId() == round.parentUnitId();
  }

  void checkRead(long unitId) {
    scope.checkRead(user(), unitId);
  }

  void checkSelf(long unitId) {
    on(user(), unitId).checkSelf();
  }

  void checkExplain(long unitId) {
    on(user(), unitId).checkExplain();
  }

  /** Submitting the self-assessment or the explanations: the unit's own chairman. */
  void checkLeader(long unitId) {
    on(user(), unitId).checkLeader();
  }

  /** Appraising and reopening: an administrator, or an appraiser of a unit above this one. */
  void checkAppraise(long unitId) {
    on(user(), unitId).checkAppraise();
  }

  boolean mayAppraise(long unitId) {
    return on(user(), unitId).appraise();
  }

  /**
   * What this reader may do on one unit, its scope read once (one query for an appraiser): a page
   * asks it for each of its parts. The single-unit checks above are made of it, so both answer the
   * same.
   */
  OnUnit on(CurrentUser reader, long unitId) {
    boolean sees = scope.canSee(reader, unitId);
    return new OnUnit(reader, unitId, sees, sees || scope.readsBelow(reader, unitId));
  }

  /**
   * One reader on one unit: {@code sees} whether the unit is in their scope (what every step asks),
   * {@code reads} whether they may read it (their scope, or a leader's unit below theirs). Unread
   * answers 404, a step the reader does not take 403, as {@link UnitScope#checkWrite} does.
   */
  record OnUnit(CurrentUser reader, long unitId, boolean sees, boolean reads) {

    /** A reader whose reading is their scope (everyone but a leader above the unit). */
    OnUnit(CurrentUser reader, long unitId, boolean sees) {
      this(reader, unitId, sees, sees);
    }

    void checkRead() {
      if (!reads) {
        throw new NotFoundException("account.scope.outside");
      }
    }

    void checkSelf() {
      refuseUnless(self());
    }

    void checkExplain() {
      refuseUnless(explain());
    }

    void checkLeader() {
      refuseUnless(leader());
    }

    void checkAppraise() {
      refuseUnless(appraise());
    }

    // What the reader may do, each rule written once: the checks above refuse from these, and a
    // page asks them without a refusal thrown (each would fill a ~150-frame stack trace).

    /** The unit's officer and departments enter its self-assessment. */
    boolean self() {
      return sees && reader.hasAny(Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL);
    }

    /** They, and its chairman, write its explanations. */
    boolean explain() {
      return sees && reader.hasAny(Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL, Role.LEADER);
    }

    /** Its own chairman submits. */
    boolean leader() {
      return sees && reader.has(Role.LEADER) && reader.unitId() == unitId;
    }

    /** An administrator, or an appraiser of a unit above this one. */
    boolean appraise() {
      return sees
          && reader.hasAny(Role.ADMIN, Role.APPRAISER)
          && (reader.has(Role.ADMIN) || reader.unitId() != unitId);
    }

    /** Out of the reader's scope 404, else a step the reader does not take 403. */
    private void refuseUnless(boolean allowed) {
      checkRead();
      if (!allowed) {
        throw new AccessDeniedException("round");
      }
    }
  }

  void checkPublish(Round round) {
    refuseUnless(round.parentUnitId(), mayPublish(round));
  }

  /** Publishing: an administrator, or the chair of the round's parent. */
  boolean mayPublish(Round round) {
    CurrentUser user = user();
    return (user.has(Role.ADMIN) || chairs(user, round))
        && scope.canSee(user, round.parentUnitId());
  }

  /** Uploading a document of the unit: its officer, departments or chairman. */
  void checkEvidence(long unitId) {
    scope.checkWrite(unitId, Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL, Role.LEADER);
  }

  /** Drafting the unit's remediation plan from its published losses: who drafts plans. */
  void checkPlan(long unitId) {
    scope.checkWrite(unitId, Role.ADMIN, Role.PAR_OFFICER);
  }

  /** Assigning the unit's criteria to its departments: its own PAR officer, or an administrator. */
  void checkAssignFillers(long unitId) {
    refuseUnless(unitId, mayAssignFillers(unitId));
  }

  boolean mayAssignFillers(long unitId) {
    CurrentUser user = user();
    return assignsFillers(user, unitId) && scope.canSee(user, unitId);
  }

  /** The role part of assigning a unit's fillers: an administrator, or the unit's own officer. */
  static boolean assignsFillers(CurrentUser user, long unitId) {
    return user.has(Role.ADMIN) || user.has(Role.PAR_OFFICER) && user.unitId() == unitId;
  }

  /** Assigning criteria to appraising departments: whoever may open the round over its parent. */
  void checkAssignAppraisers(Round round) {
    checkOpen(round.parentUnitId());
  }

  boolean mayAssignAppraisers(Round round) {
    return mayOpen(round.parentUnitId());
  }

  /**
   * Those of the units the signed-in user appraises, as {@link #checkAppraise} decides, the scope
   * read once (a round's units, not every unit the user may see).
   */
  java.util.Set<Long> appraised(java.util.Collection<Long> unitIds) {
    CurrentUser user = user();
    java.util.function.LongPredicate sees = scope.visibility();
    java.util.Set<Long> appraised = new java.util.HashSet<>();
    for (long id : unitIds) {
      if (new OnUnit(user, id, sees.test(id)).appraise()) {
        appraised.add(id);
      }
    }
    return appraised;
  }

  /**
   * The units this user appraises, by id, as {@link #checkAppraise} decides (one query, for lists).
   */
  java.util.Map<Long, vn.parindex.unit.Unit> appraisable(CurrentUser user) {
    java.util.Map<Long, vn.parindex.unit.Unit> units = new java.util.HashMap<>();
    if (user.hasAny(Role.ADMIN, Role.APPRAISER)) {
      for (vn.parindex.unit.Unit u : scope.visibleUnits(user)) {
        if (new OnUnit(user, u.id(), true).appraise()) {
          units.put(u.id(), u);
        }
      }
    }
    return units;
  }
}
