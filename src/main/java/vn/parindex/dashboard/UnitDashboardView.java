package vn.parindex.dashboard;

import java.util.List;
import vn.parindex.page.Page;

/**
 * The unit dashboard's tables as shown: figures formatted once here (2 decimals, decimal comma) and
 * the unit's code escaped once for the page's links, so that each cell is a plain read. {@code
 * parentParam} is null unless the user may open the parent's page.
 */
record UnitDashboardView(
    String unitParam,
    String parentParam,
    List<DepartmentLine> departments,
    DepartmentLine totals,
    List<AreaLine> areas,
    List<TrendLine> trend) {

  /** {@code name} is null for the tasks of no department. */
  record DepartmentLine(
      String name,
      int verified,
      int done,
      int open,
      int overdue,
      String overdueClass,
      int total,
      String onTime,
      String completion) {

    static DepartmentLine of(String name, TaskCounts c) {
      return new DepartmentLine(
          name,
          c.verified(),
          c.done(),
          c.open(),
          c.overdue(),
          Figures.overdueClass(c.overdue()),
          c.total(),
          Figures.comma(c.onTimePercent()),
          Figures.comma(c.completionPercent()));
    }
  }

  record AreaLine(String label, String max, String points, String lost) {}

  record TrendLine(int year, String total, String rank, String band) {}

  /** {@code parentVisible}: the parent is among the units the user may open. */
  static UnitDashboardView of(UnitDashboard d, boolean parentVisible) {
    return new UnitDashboardView(
        Page.param(d.unitCode()),
        d.parentCode() == null || !parentVisible ? null : Page.param(d.parentCode()),
        d.departments().stream().map(r -> DepartmentLine.of(r.name(), r.counts())).toList(),
        DepartmentLine.of(null, d.totals()),
        d.areas().stream()
            .map(
                a ->
                    new AreaLine(
                        a.code() + ". " + a.name(),
                        Figures.comma(a.max()),
                        Figures.comma(a.points()),
                        Figures.comma(a.lost())))
            .toList(),
        d.trend().stream()
            .map(
                p ->
                    new TrendLine(
                        p.year(),
                        Figures.comma(p.total()),
                        p.rank() == null ? "" : p.rank() + "/" + p.peers(),
                        p.band()))
            .toList());
  }
}
