package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Service;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** Builds the unit and province dashboards from what the task and assessment features give. */
@Service
class Dashboards {

  private final DashboardQueries queries;
  private final AssessmentQueries assessments;
  private final ProvinceCache province;
  private final Units units;

  Dashboards(
      DashboardQueries queries,
      AssessmentQueries assessments,
      ProvinceCache province,
      Units units) {
    this.queries = queries;
    this.assessments = assessments;
    this.province = province;
    this.units = units;
  }

  /**
   * Without a transaction of its own: its reads are single statements (a transaction would add only
   * its commit's round trip), and none holds a connection while another is asked for.
   */
  UnitDashboard unit(Unit unit, LocalDate today) {
    Map<Long, TaskCounts> counts = new HashMap<>(queries.countsByDepartment(unit.id(), today));
    List<UnitDashboard.DepartmentRow> departments = new ArrayList<>();
    TaskCounts totals = TaskCounts.NONE;
    DashboardQueries.UnitFacts facts = queries.unitFacts(unit.id());
    for (DashboardQueries.Department d : facts.departments()) {
      TaskCounts c = Optional.ofNullable(counts.remove(d.id())).orElse(TaskCounts.NONE);
      departments.add(new UnitDashboard.DepartmentRow(d.id(), d.name(), c));
      totals = totals.plus(c);
    }
    // Tasks of no department, or of a department no longer active, share one row.
    TaskCounts other = counts.values().stream().reduce(TaskCounts.NONE, TaskCounts::plus);
    if (!counts.isEmpty()) {
      departments.add(new UnitDashboard.DepartmentRow(null, null, other));
      totals = totals.plus(other);
    }
    List<DashboardQueries.AssessmentRef> byYear = queries.assessmentsByYear(unit.id());
    List<UnitDashboard.AreaLoss> areas = List.of();
    Integer areaYear = null;
    Long assessmentId = null;
    if (!byYear.isEmpty()) {
      DashboardQueries.AssessmentRef latest = byYear.get(0);
      areas = areas(assessments.scorecard(latest.id(), latest.version()));
      areaYear = latest.year();
      assessmentId = latest.id();
    }
    DashboardQueries.Family family = facts.family();
    return new UnitDashboard(
        unit.id(),
        unit.code(),
        unit.name(),
        family.parentCode(),
        family.hasChildren(),
        departments,
        totals,
        areaYear,
        assessmentId,
        areas,
        trend(unit, byYear));
  }

  static List<UnitDashboard.AreaLoss> areas(Scorecard card) {
    List<UnitDashboard.AreaLoss> areas = new ArrayList<>();
    for (ScoredNode root : card.roots()) {
      areas.add(
          new UnitDashboard.AreaLoss(
              root.criterion().code().value(),
              root.criterion().name(),
              root.max(),
              root.points(),
              root.lost()));
    }
    return areas;
  }

  private List<UnitDashboard.YearPoint> trend(
      Unit unit, List<DashboardQueries.AssessmentRef> byYear) {
    List<UnitDashboard.YearPoint> points = new ArrayList<>();
    for (int i = byYear.size() - 1; i >= 0; i--) {
      DashboardQueries.AssessmentRef ref = byYear.get(i);
      Optional<RankingRow> ranked =
          unit.parentId() == null
              ? Optional.empty()
              : province.rank(unit.parentId(), ref.year()).stream()
                  .filter(r -> r.unitId() == unit.id())
                  .findFirst();
      UnitDashboard.YearPoint point;
      if (ranked.isPresent()) {
        RankingRow r = ranked.get();
        point =
            new UnitDashboard.YearPoint(
                ref.year(), r.total(), r.max(), r.percent(), r.rank(), r.peers(), r.band());
      } else {
        Scorecard card = assessments.scorecard(ref.id(), ref.version());
        point =
            new UnitDashboard.YearPoint(
                ref.year(),
                card.total().setScale(2, RoundingMode.HALF_UP),
                card.maxTotal(),
                card.percent(),
                null,
                null,
                card.band().orElse(null));
      }
      points.add(ref.publishedRankOver(point));
    }
    return points;
  }

  /**
   * Without a transaction of its own, as {@link #unit}: the children, the latest year and the kept
   * rankings and counts are single reads.
   */
  ProvinceDashboard province(Unit parent, Integer year, LongPredicate visible, LocalDate today) {
    return province(
        parent,
        year,
        units.children(parent.id()).stream().filter(u -> visible.test(u.id())).toList(),
        today);
  }

  /**
   * As above, the children taken from the units the caller may see, already read for the page's
   * choice of units (in the order of their codes, as {@link Units#children} gives them).
   */
  ProvinceDashboard province(Unit parent, Integer year, List<Unit> visibleUnits, LocalDate today) {
    List<Unit> children =
        visibleUnits.stream().filter(u -> parent.id().equals(u.parentId())).toList();
    Integer shown =
        year != null ? year : queries.latestYear(children.stream().map(Unit::id).toList());
    Map<Long, RankingRow> ranked = new HashMap<>();
    if (shown != null) {
      province.rank(parent.id(), shown).forEach(r -> ranked.put(r.unitId(), r));
    }
    Map<Long, TaskCounts> tasks = province.childCounts(parent.id(), today);
    List<ProvinceDashboard.ChildRow> rows = new ArrayList<>();
    for (Unit child : children) {
      RankingRow r = ranked.get(child.id());
      TaskCounts t = tasks.getOrDefault(child.id(), TaskCounts.NONE);
      rows.add(
          new ProvinceDashboard.ChildRow(
              child.id(),
              child.code(),
              child.name(),
              r == null ? null : r.total(),
              r == null ? null : r.percent(),
              r == null ? null : r.rank(),
              r == null ? null : r.peers(),
              r == null ? null : r.band(),
              t));
    }
    return new ProvinceDashboard(parent.id(), parent.code(), parent.name(), shown, rows);
  }

  static BigDecimal scaled(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }
}
