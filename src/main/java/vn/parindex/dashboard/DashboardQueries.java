package vn.parindex.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.parindex.account.People;
import vn.parindex.assessment.AssessmentYears;
import vn.parindex.task.TaskFigures;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * What the dashboards read, asked of the features that own it (tasks, units, departments,
 * assessments, people), one query per call: the dashboard restates no rule of theirs.
 */
@Component
class DashboardQueries {

  private final TaskFigures tasks;
  private final Units units;
  private final Departments departments;
  private final AssessmentYears assessments;
  private final People people;

  DashboardQueries(
      TaskFigures tasks,
      Units units,
      Departments departments,
      AssessmentYears assessments,
      People people) {
    this.tasks = tasks;
    this.units = units;
    this.departments = departments;
    this.assessments = assessments;
    this.people = people;
  }

  record Department(long id, String name) {}

  /**
   * A unit's active departments, by name, and its {@link Family}, in one read (the unit feature
   * gives both at once).
   */
  record UnitFacts(List<Department> departments, Family family) {}

  UnitFacts unitFacts(long unitId) {
    Departments.UnitDepartments unit =
        departments
            .withFamily(unitId)
            .orElse(new Departments.UnitDepartments(null, null, false, List.of()));
    return new UnitFacts(
        unit.departments().stream()
            .filter(vn.parindex.unit.Department::active)
            .map(d -> new Department(d.id(), d.name()))
            .toList(),
        new Family(unit.parentCode(), unit.hasChildren()));
  }

  /** Per department id (0 for tasks without a department) of a unit. */
  Map<Long, TaskCounts> countsByDepartment(long unitId, LocalDate today) {
    return counts(tasks.byDepartment(unitId, today));
  }

  /** Per unit, for the children of a parent. */
  Map<Long, TaskCounts> countsByChildUnit(long parentId, LocalDate today) {
    return counts(tasks.byUnit(units.childIds(parentId), today));
  }

  private static Map<Long, TaskCounts> counts(Map<Long, TaskFigures.Counts> figures) {
    Map<Long, TaskCounts> result = new LinkedHashMap<>();
    figures.forEach((key, c) -> result.put(key, counts(c)));
    return result;
  }

  private static TaskCounts counts(TaskFigures.Counts c) {
    // On time: done or verified by the due date, plus the open tasks not yet due.
    return new TaskCounts(c.verified(), c.done(), c.open(), c.overdue(), c.doneOnTime() + c.open());
  }

  /** A unit's parent's code (null for a root) and whether it has children. */
  record Family(String parentCode, boolean hasChildren) {}

  /**
   * An assessment of a year, at its row version, with the rank its published result states ({@code
   * statedRank} of {@code statedRankOf} units), when it states one.
   */
  record AssessmentRef(
      long id, int year, String stage, int version, Integer statedRank, Integer statedRankOf) {

    /**
     * The year's point with the published rank when that ranks the unit among more units than
     * ParIndex holds scores for (a commune whose peers were never imported is not "1/1").
     */
    UnitDashboard.YearPoint publishedRankOver(UnitDashboard.YearPoint point) {
      if (statedRank == null
          || statedRankOf == null
          || (point.peers() != null && point.peers() >= statedRankOf)) {
        return point;
      }
      return new UnitDashboard.YearPoint(
          point.year(),
          point.total(),
          point.max(),
          point.percent(),
          statedRank,
          statedRankOf,
          point.band());
    }
  }

  /**
   * One assessment per year of a unit, newest year first: a PUBLISHED one if any, else the newest
   * (as the ranking chooses).
   */
  List<AssessmentRef> assessmentsByYear(long unitId) {
    return assessments.byYear(unitId).stream()
        .map(
            a ->
                new AssessmentRef(
                    a.id(), a.year(), a.stage(), a.version(), a.statedRank(), a.statedRankOf()))
        .toList();
  }

  /** The newest year any child of the parent has scores for. */
  Integer latestChildYear(long parentId) {
    return latestYear(units.childIds(parentId));
  }

  /** The newest year any of these units has scores for. */
  Integer latestYear(List<Long> unitIds) {
    return assessments.latestYear(unitIds);
  }

  /** The tasks of a unit, soonest due first, with their departments' and owners' names. */
  List<TaskRow> tasks(long unitId, LocalDate today) {
    List<TaskFigures.Line> lines = tasks.ofUnit(unitId, today);
    Map<Long, String> departmentNames = new HashMap<>();
    departments.ofUnit(unitId).forEach(d -> departmentNames.put(d.id(), d.name()));
    Set<Long> owners = new HashSet<>();
    lines.stream().map(TaskFigures.Line::ownerId).filter(Objects::nonNull).forEach(owners::add);
    Map<Long, String> ownerNames = people.names(owners);
    return lines.stream()
        .map(
            t ->
                new TaskRow(
                    t.id(),
                    t.title(),
                    t.departmentId() == null ? null : departmentNames.get(t.departmentId()),
                    t.ownerId() == null ? null : ownerNames.get(t.ownerId()),
                    t.criterionCodes(),
                    t.startOn(),
                    t.dueOn(),
                    t.status().name(),
                    t.progress(),
                    t.overdue()))
        .toList();
  }
}
