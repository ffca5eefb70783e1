package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's dashboard: tasks by department, points lost by area in the latest assessment, total and
 * rank over the years (oldest first).
 */
record UnitDashboard(
    long unitId,
    String unitCode,
    String unitName,
    String parentCode,
    boolean hasChildren,
    List<DepartmentRow> departments,
    TaskCounts totals,
    Integer areaYear,
    Long assessmentId,
    List<AreaLoss> areas,
    List<YearPoint> trend) {

  /** A department's tasks; {@code name} is null for tasks assigned to no department. */
  record DepartmentRow(Long departmentId, String name, TaskCounts counts) {}

  record AreaLoss(String code, String name, BigDecimal max, BigDecimal points, BigDecimal lost) {}

  /** {@code rank} and {@code peers} are null when the unit was not ranked that year. */
  record YearPoint(
      int year,
      BigDecimal total,
      BigDecimal max,
      BigDecimal percent,
      Integer rank,
      Integer peers,
      String band) {}
}
