package vn.parindex.round;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The assignment pages' side of {@link CriterionAssignments}: the board of who fills (or appraises)
 * each criterion, its save, and for a unit's sheet who fills each leaf and which leaves this reader
 * sees and may take. Every object is checked by {@link RoundAccess}.
 */
@Service
public class RoundAssignments {

  public record Choice(long id, String name) {}

  /**
   * One criterion of the board: {@code chosen} its own department (null when none), {@code from}
   * and {@code inherited} the parent code and department it follows otherwise.
   */
  public record Row(
      String code,
      String name,
      int depth,
      boolean leaf,
      Long chosen,
      String from,
      String inherited) {}

  /**
   * The board of one unit's fillers (unitName set) or of the round's appraisers (unitName null).
   */
  public record Board(
      long roundId,
      int year,
      String unitCode,
      String unitName,
      int version,
      List<Row> rows,
      List<Choice> departments,
      boolean canEdit) {}

  /**
   * Who fills each leaf of a unit (code → department name), the leaves this reader fills when only
   * those are shown (a department official), and the leaves an appraiser of a department appraises.
   */
  public record LeafFillers(
      Map<String, String> fillers,
      Map<String, String> appraisers,
      boolean onlyMine,
      Set<String> mine,
      String myDepartment,
      boolean noDepartment,
      Set<String> notAppraised,
      boolean ends) {

    /** The leaves to show: a department official's own, everyone else's all. */
    public List<RoundSheets.Leaf> shown(List<RoundSheets.Leaf> leaves) {
      return onlyMine ? leaves.stream().filter(l -> mine.contains(l.code())).toList() : leaves;
    }

    /** Whether the leaf is shown to the reader (a department official sees only their own). */
    public boolean shows(String code) {
      return !onlyMine || mine.contains(code);
    }

    public String filler(String code) {
      return fillers.get(code);
    }

    public String appraiser(String code) {
      return appraisers.get(code);
    }

    public boolean appraises(String code) {
      return !notAppraised.contains(code);
    }

    /** Whether the reader may end the unit's appraisal round ({@link Assignments#letsEnd}). */
    public boolean endsTheRound() {
      return ends;
    }
  }

  private final RoundLoader loader;
  private final CriterionAssignments assignments;
  private final Rounds rounds;
  private final Units units;
  private final RoundAccess access;

  RoundAssignments(
      RoundLoader loader,
      CriterionAssignments assignments,
      Rounds rounds,
      Units units,
      RoundAccess access) {
    this.loader = loader;
    this.assignments = assignments;
    this.rounds = rounds;
    this.units = units;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public Board fillers(long roundId, String unitCode) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    Assignments a = assignments.fillers(assignments.roundUnit(roundId, unit).id());
    boolean edit = access.mayAssignFillers(unit.id()) && !round.published();
    return board(round, unit, a, unit.id(), edit);
  }

  @Transactional(readOnly = true)
  public Board appraisers(long roundId) {
    Round round = loader.round(roundId);
    access.visible(round, rounds.units(roundId));
    Assignments a = assignments.appraisers(roundId);
    boolean edit = access.mayAssignAppraisers(round) && !round.published();
    Unit parent = units.findById(round.parentUnitId()).orElseThrow();
    return board(round, null, a, parent.id(), edit);
  }

  /** Saves a unit's fillers as chosen on the page (code → department id, blank for none). */
  public void saveFillers(
      long roundId, String unitCode, Map<String, String> chosen, Integer version, Actor by) {
    Unit unit = loader.unit(unitCode);
    access.checkAssignFillers(unit.id());
    assignments.assignFillers(roundId, unit, lines(chosen), version, by);
  }

  public void saveAppraisers(long roundId, Map<String, String> chosen, Integer version, Actor by) {
    access.checkAssignAppraisers(loader.round(roundId));
    assignments.assignAppraisers(roundId, lines(chosen), version, by);
  }

  /**
   * Who fills and appraises each leaf of the unit's sheet, as the reader of the page's read sees
   * it: one statement (and one for the departments' names when any are assigned), without a
   * transaction (and its commit's round trip) of its own.
   */
  public LeafFillers leafFillers(UnitRead read) {
    CurrentUser user = read.may().reader();
    Unit unit = read.unit();
    CriterionAssignments.OnUnit both = assignments.onUnit(read.row().id(), read.round().id());
    Assignments fill = both.fillers();
    Assignments appraise = both.appraisers();
    Map<String, String> fillers = new java.util.HashMap<>();
    Map<String, String> appraisers = new java.util.HashMap<>();
    Set<String> mine = new LinkedHashSet<>();
    Set<String> notAppraised = new java.util.HashSet<>();
    for (Criterion leaf : read.set().leaves()) {
      String code = leaf.code().value();
      fill.of(code).ifPresent(x -> fillers.put(code, x.departmentName()));
      appraise.of(code).ifPresent(x -> appraisers.put(code, x.departmentName()));
      if (fill.fills(user, code)) {
        mine.add(code);
      }
      if (user.has(Role.APPRAISER) && !appraise.appraises(user, code)) {
        notAppraised.add(code);
      }
    }
    boolean official =
        user.has(Role.DEPARTMENT_OFFICIAL)
            && !user.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN)
            && user.unitId() == unit.id();
    String department =
        user.departmentId() == null
            ? null
            : assignments.active(user.unitId()).get(user.departmentId());
    return new LeafFillers(
        fillers,
        appraisers,
        official,
        mine,
        department,
        official && user.departmentId() == null,
        notAppraised,
        appraise.letsEnd(user));
  }

  private Board board(Round round, Unit unit, Assignments a, long departmentsOf, boolean edit) {
    CriteriaSet set = loader.set(round);
    List<Row> rows = new ArrayList<>();
    for (Criterion c : set.criteria()) {
      String code = c.code().value();
      Optional<Assignments.Assigned> own =
          a.assigned().stream().filter(x -> x.code().equals(code)).findFirst();
      Optional<Assignments.Assigned> parent = c.code().parent().flatMap(p -> a.of(p.value()));
      rows.add(
          new Row(
              code,
              c.name(),
              c.depth(),
              set.isLeaf(c.code()),
              own.map(Assignments.Assigned::department).orElse(null),
              parent.map(Assignments.Assigned::code).orElse(null),
              parent.map(Assignments.Assigned::departmentName).orElse(null)));
    }
    List<Choice> choices =
        assignments.active(departmentsOf).entrySet().stream()
            .map(d -> new Choice(d.getKey(), d.getValue()))
            .toList();
    return new Board(
        round.id(),
        round.year(),
        unit == null ? null : unit.code(),
        unit == null ? units.findById(departmentsOf).map(Unit::name).orElse("") : unit.name(),
        a.version(),
        rows,
        choices,
        edit);
  }

  private static List<Assignments.Line> lines(Map<String, String> chosen) {
    return chosen.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> new Assignments.Line(e.getKey(), e.getValue()))
        .toList();
  }
}
