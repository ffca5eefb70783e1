package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** A parent unit's children side by side: latest scores and rank, and plan completion. */
record ProvinceDashboard(
    long unitId, String unitCode, String unitName, Integer year, List<ChildRow> rows) {

  /** Score fields are null for a child without scores that year. */
  record ChildRow(
      long unitId,
      String code,
      String name,
      BigDecimal total,
      BigDecimal percent,
      Integer rank,
      Integer peers,
      String band,
      TaskCounts tasks) {}
}
