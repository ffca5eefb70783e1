package vn.parindex.round;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.input.ConflictException;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;

/**
 * Who fills and who appraises which criterion: reads and replaces a unit's fillers and a round's
 * appraising departments (versioned, audited, all or nothing), and checks a step of one leaf
 * against them inside that step's transaction.
 */
@Service
class CriterionAssignments {

  static final String FILLERS = "ROUND_FILLERS";
  static final String APPRAISERS = "ROUND_APPRAISERS";

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundOpening opening;
  private final AssignmentStore store;
  private final Departments departments;
  private final AuditLog audit;
  private final Clock clock;

  CriterionAssignments(
      RoundLoader loader,
      Rounds rounds,
      RoundOpening opening,
      AssignmentStore store,
      Departments departments,
      AuditLog audit,
      Clock clock) {
    this.loader = loader;
    this.rounds = rounds;
    this.opening = opening;
    this.store = store;
    this.departments = departments;
    this.audit = audit;
    this.clock = clock;
  }

  Assignments fillers(long roundUnitId) {
    return named(store.fillers(roundUnitId));
  }

  Assignments appraisers(long roundId) {
    return named(store.appraisers(roundId));
  }

  /** Who fills and who appraises one unit's criteria, as its page shows them. */
  record OnUnit(Assignments fillers, Assignments appraisers) {}

  /**
   * The unit's fillers and its round's appraisers read together for the unit's page: one statement,
   * and one for their departments' names when there are any.
   */
  OnUnit onUnit(long roundUnitId, long roundId) {
    AssignmentStore.Both both = store.both(roundUnitId, roundId);
    Set<Long> departmentIds = new HashSet<>(both.fillers().codes().values());
    departmentIds.addAll(both.appraisers().codes().values());
    Map<Long, String> names = departments.names(departmentIds);
    return new OnUnit(named(both.fillers(), names), named(both.appraisers(), names));
  }

  /** The unit's row in the round (not locked), 404 when the unit is not in it. */
  RoundUnit roundUnit(long roundId, Unit unit) {
    return loader.row(roundId, unit);
  }

  /** Replaces the unit's fillers, from the version they were read at; returns the new ones. */
  @Transactional
  Assignments assignFillers(
      long roundId, Unit unit, List<Assignments.Line> lines, Integer version, Actor by) {
    RoundLoader.Step step = loader.lock(roundId, unit, by.day(clock));
    RoundUnit row = step.roundUnit();
    if (row.state() == RoundState.PUBLISHED) {
      throw Refusal.step("assign.published");
    }
    Assignments before = fillers(row.id());
    int from = checkVersion(before, version);
    Assignments after = Assignments.of(lines, step.set(), active(unit.id()), from + 1);
    store.replaceFillers(row.id(), from, after.assigned());
    record(by, FILLERS, row.id(), before, after);
    return fillers(row.id());
  }

  /** Replaces the round's appraising departments (of its parent unit), from their version. */
  @Transactional
  Assignments assignAppraisers(
      long roundId, List<Assignments.Line> lines, Integer version, Actor by) {
    Round round =
        rounds.lock(roundId).orElseThrow(() -> new NotFoundException("round.notFound", roundId));
    if (round.published()) {
      throw Refusal.step("assign.published");
    }
    Assignments before = appraisers(roundId);
    int from = checkVersion(before, version);
    Assignments after =
        Assignments.of(lines, loader.set(round), active(round.parentUnitId()), from + 1);
    store.replaceAppraisers(roundId, from, after.assigned());
    record(by, APPRAISERS, roundId, before, after);
    return appraisers(roundId);
  }

  /** Opens a round and, in the same transaction, assigns its appraising departments. */
  @Transactional
  long openWith(RoundOpening.Command command, List<Assignments.Line> appraisers, Actor by) {
    long id = opening.open(command, by);
    if (appraisers != null && !appraisers.isEmpty()) {
      assignAppraisers(id, appraisers, 0, by);
    }
    return id;
  }

  /** 403 unless this person fills the leaf in the unit (called with the unit's row locked). */
  void checkFill(RoundLoader.Step step, String code, CurrentUser user) {
    if (!user.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN)) {
      fillers(step.roundUnit().id()).checkFills(user, code);
    }
  }

  /** 403 unless this appraiser appraises the leaf in the round. */
  void checkAppraise(RoundLoader.Step step, String code, CurrentUser user) {
    if (!user.has(Role.ADMIN) && user.departmentId() != null) {
      appraisers(step.round().id()).checkAppraises(user, code);
    }
  }

  /** 403 unless this appraiser ends a unit's appraisal round ({@link Assignments#letsEnd}). */
  void checkComplete(RoundLoader.Step step, CurrentUser user) {
    if (!appraisers(step.round().id()).letsEnd(user)) {
      throw new CriterionRefused("round.assign.refused.complete");
    }
  }

  /** The departments that may take criteria: the unit's active ones, id → name. */
  Map<Long, String> active(long unitId) {
    return departments.ofUnit(unitId).stream()
        .filter(Department::active)
        .collect(
            Collectors.toMap(
                Department::id, Department::name, (x, y) -> x, java.util.LinkedHashMap::new));
  }

  private static int checkVersion(Assignments stored, Integer version) {
    int given = vn.parindex.input.VersionRequiredException.require(version);
    if (given != stored.version()) {
      throw new ConflictException(null, List.of(), "round.assign.refused.stale");
    }
    return given;
  }

  private void record(Actor by, String type, long id, Assignments before, Assignments after) {
    for (Assignments.Change c : before.changes(after)) {
      audit.record(by, type, id, c.code(), c.before(), c.after());
    }
  }

  private Assignments named(AssignmentStore.Stored stored) {
    return named(stored, departments.names(new HashSet<>(stored.codes().values())));
  }

  private static Assignments named(AssignmentStore.Stored stored, Map<Long, String> names) {
    List<Assignments.Assigned> assigned =
        stored.codes().entrySet().stream()
            .map(
                e ->
                    new Assignments.Assigned(
                        e.getKey(), e.getValue(), names.getOrDefault(e.getValue(), "")))
            .toList();
    return new Assignments(assigned, stored.version());
  }
}
