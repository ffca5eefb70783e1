package vn.parindex.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.input.NotFoundException;
import vn.parindex.reminder.DueItem;
import vn.parindex.reminder.ObligationCalendar;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The dashboard's lists as {@link ListExport}s, headed in the request's language: departments,
 * areas, trend (of a unit), province (children of a unit), rankings, tasks, the obligations
 * calendar of a unit, and the units the caller may see.
 */
@Component
class DashboardLists {

  private final Dashboards dashboards;
  private final DashboardQueries queries;
  private final ProvinceCache rankings;
  private final MessageSource messages;
  private final ObligationCalendar calendar;
  private final Units units;
  private final Clock clock;

  DashboardLists(
      Dashboards dashboards,
      DashboardQueries queries,
      ProvinceCache rankings,
      MessageSource messages,
      ObligationCalendar calendar,
      Units units,
      Clock clock) {
    this.clock = clock;
    this.dashboards = dashboards;
    this.queries = queries;
    this.rankings = rankings;
    this.messages = messages;
    this.calendar = calendar;
    this.units = units;
  }

  ListExport list(String list, Unit unit, Integer year, DashboardAccess access) {
    LocalDate today = LocalDate.now(clock);
    switch (list) {
      case "departments":
        return departments(dashboards.unit(unit, today));
      case "areas":
        return areas(dashboards.unit(unit, today));
      case "trend":
        return trend(dashboards.unit(unit, today));
      case "province":
        return province(dashboards.province(unit, year, access.visible(), today));
      case "rankings":
        return rankings(unit, year, access);
      case "tasks":
        return tasks(unit, today);
      case "obligations":
        return obligations(unit, year == null ? today.getYear() : year, today);
      case "units":
        return units(access);
      default:
        throw new NotFoundException("dashboard.export.list", list);
    }
  }

  ListExport departments(UnitDashboard d) {
    List<List<Object>> rows = new ArrayList<>();
    for (UnitDashboard.DepartmentRow r : d.departments()) {
      TaskCounts c = r.counts();
      rows.add(
          Arrays.asList(
              r.name() == null ? text("dashboard.department.none") : r.name(),
              c.verified(),
              c.done(),
              c.open(),
              c.overdue(),
              c.total(),
              c.onTimePercent(),
              c.completionPercent()));
    }
    return new ListExport(
        text("dashboard.export.departments") + " " + d.unitName(),
        headers(
            "dashboard.col.department",
            "dashboard.status.verified",
            "dashboard.status.done",
            "dashboard.status.open",
            "dashboard.status.overdue",
            "dashboard.col.tasks",
            "dashboard.col.ontime",
            "dashboard.col.completion"),
        rows);
  }

  ListExport areas(UnitDashboard d) {
    List<List<Object>> rows = new ArrayList<>();
    for (UnitDashboard.AreaLoss a : d.areas()) {
      rows.add(Arrays.asList(a.code(), a.name(), a.max(), a.points(), a.lost()));
    }
    return new ListExport(
        text("dashboard.export.areas") + " " + d.unitName(),
        headers(
            "dashboard.col.code",
            "dashboard.col.area",
            "dashboard.col.max",
            "dashboard.col.points",
            "dashboard.col.lost"),
        rows);
  }

  ListExport trend(UnitDashboard d) {
    List<List<Object>> rows = new ArrayList<>();
    for (UnitDashboard.YearPoint p : d.trend()) {
      rows.add(
          Arrays.asList(p.year(), p.total(), p.max(), p.percent(), p.rank(), p.peers(), p.band()));
    }
    return new ListExport(
        text("dashboard.export.trend") + " " + d.unitName(),
        headers(
            "dashboard.col.year",
            "dashboard.col.total",
            "dashboard.col.max",
            "dashboard.col.percent",
            "dashboard.col.rank",
            "dashboard.col.peers",
            "dashboard.col.band"),
        rows);
  }

  ListExport province(ProvinceDashboard p) {
    List<List<Object>> rows = new ArrayList<>();
    for (ProvinceDashboard.ChildRow r : p.rows()) {
      rows.add(
          Arrays.asList(
              r.code(),
              r.name(),
              r.total(),
              r.percent(),
              r.rank(),
              r.band(),
              r.tasks().completionPercent(),
              r.tasks().overdue(),
              r.tasks().total()));
    }
    return new ListExport(
        text("dashboard.export.province")
            + " "
            + p.unitName()
            + (p.year() == null ? "" : " " + p.year()),
        headers(
            "dashboard.col.code",
            "dashboard.col.unit",
            "dashboard.col.total",
            "dashboard.col.percent",
            "dashboard.col.rank",
            "dashboard.col.band",
            "dashboard.col.completion",
            "dashboard.status.overdue",
            "dashboard.col.tasks"),
        rows);
  }

  ListExport rankings(Unit parent, Integer year, DashboardAccess access) {
    Integer shown = year != null ? year : queries.latestChildYear(parent.id());
    List<List<Object>> rows = new ArrayList<>();
    if (shown != null) {
      var visible = access.visible();
      for (RankingRow r : rankings.rank(parent.id(), shown)) {
        if (visible.test(r.unitId())) {
          rows.add(
              Arrays.asList(
                  r.rank(),
                  r.peers(),
                  r.unitCode(),
                  r.unitName(),
                  r.total(),
                  r.max(),
                  r.percent(),
                  r.band(),
                  r.change(),
                  r.previousRank()));
        }
      }
    }
    return new ListExport(
        text("dashboard.export.rankings")
            + " "
            + parent.name()
            + (shown == null ? "" : " " + shown),
        headers(
            "dashboard.col.rank",
            "dashboard.col.peers",
            "dashboard.col.code",
            "dashboard.col.unit",
            "dashboard.col.total",
            "dashboard.col.max",
            "dashboard.col.percent",
            "dashboard.col.band",
            "dashboard.col.change",
            "dashboard.col.previous"),
        rows);
  }

  ListExport tasks(Unit unit, LocalDate today) {
    List<List<Object>> rows = new ArrayList<>();
    for (TaskRow t : queries.tasks(unit.id(), today)) {
      rows.add(
          Arrays.asList(
              t.id(),
              t.title(),
              t.department(),
              t.owner(),
              t.criterionCodes(),
              t.startOn(),
              t.dueOn(),
              text("dashboard.task.status." + t.status()),
              t.progress(),
              t.overdue() ? text("dashboard.yes") : ""));
    }
    return new ListExport(
        text("dashboard.export.tasks") + " " + unit.name(),
        headers(
            "dashboard.col.id",
            "dashboard.col.title",
            "dashboard.col.department",
            "dashboard.col.owner",
            "dashboard.col.criteria",
            "dashboard.col.start",
            "dashboard.col.due",
            "dashboard.col.status",
            "dashboard.col.progress",
            "dashboard.status.overdue"),
        rows);
  }

  ListExport obligations(Unit unit, int year, LocalDate today) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    List<List<Object>> rows = new ArrayList<>();
    for (DueItem item : calendar.of(unit.id(), year, today)) {
      Obligation o = item.obligation();
      String period =
          o.kind() == ObligationKind.WINDOW
              ? item.startOn().format(day) + " – " + item.dueOn().format(day)
              : item.dueOn().format(day);
      rows.add(
          Arrays.asList(
              o.criterionCode(),
              o.title(),
              text("dashboard.obligation.kind." + o.kind().name()),
              period,
              o.responsible(),
              text("dashboard.obligation.status." + item.status().name()),
              item.doneOn()));
    }
    return new ListExport(
        text("dashboard.export.obligations") + " " + unit.name() + " " + year,
        headers(
            "dashboard.col.criterion",
            "dashboard.col.obligation",
            "dashboard.col.kind",
            "dashboard.col.period",
            "dashboard.col.department",
            "dashboard.col.status",
            "dashboard.col.doneon"),
        rows);
  }

  /** Every unit the caller may see, with its parent's code. */
  ListExport units(DashboardAccess access) {
    Map<Long, String> codes = new HashMap<>();
    List<Unit> all = units.all();
    all.forEach(u -> codes.put(u.id(), u.code()));
    LongPredicate visible = access.visible();
    List<List<Object>> rows = new ArrayList<>();
    for (Unit u : all) {
      if (visible.test(u.id())) {
        rows.add(
            Arrays.asList(
                u.code(),
                u.name(),
                u.type().vietnamese(),
                u.parentId() == null ? null : codes.get(u.parentId()),
                u.validFrom(),
                u.validTo()));
      }
    }
    return new ListExport(
        text("dashboard.export.units"),
        headers(
            "dashboard.col.code",
            "dashboard.col.unit",
            "dashboard.col.type",
            "dashboard.col.parent",
            "dashboard.col.validfrom",
            "dashboard.col.validto"),
        rows);
  }

  private List<String> headers(String... keys) {
    return Arrays.stream(keys).map(this::text).toList();
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
