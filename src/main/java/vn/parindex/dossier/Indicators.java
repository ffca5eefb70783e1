package vn.parindex.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-quality indicators of units over a period of days (both ends included, local days in
 * Asia/Ho_Chi_Minh), computed from their dossier records in one pass over the dossiers received or
 * finished in the period, whatever the number of units, plus a count of the online-capable
 * procedures. Withdrawn dossiers, and those only registered or refused at reception, count nowhere.
 */
@Service
public class Indicators {

  private static final String DOSSIERS =
      "select unit_id, "
          + IndicatorCounts.COLUMNS
          + " from (select d.unit_id, "
          + IndicatorCounts.FLAGS
          + IndicatorCounts.JOINS
          + """
           where d.unit_id in (:units)
             and ((d.received_at >= :from and d.received_at < :to)
               or (d.finished_at >= :from and d.finished_at < :to))) x
          group by unit_id
          """;

  private static final String CAPABLE =
      """
      select unit_id, count(*) as capable from dossier_procedure
      where unit_id in (:units) and online_level in (3, 4)
      group by unit_id
      """;

  private final JdbcClient jdbc;

  Indicators(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every indicator of one unit from {@code from} to {@code to}, both days included. */
  @Transactional(readOnly = true)
  public List<IndicatorFigure> of(long unitId, LocalDate from, LocalDate to) {
    return of(List.of(unitId), from, to).get(unitId);
  }

  /** Every indicator of each unit (all units present in the answer, with zero counts if idle). */
  @Transactional(readOnly = true)
  public Map<Long, List<IndicatorFigure>> of(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, IndicatorCounts> counts = new HashMap<>();
    unitIds.forEach(id -> counts.put(id, new IndicatorCounts()));
    jdbc.sql(DOSSIERS)
        .param("units", unitIds)
        .param("from", from.atStartOfDay())
        .param("to", end(to))
        .query(
            rs -> {
              counts.get(rs.getLong("unit_id")).add(rs);
            });
    jdbc.sql(CAPABLE)
        .param("units", unitIds)
        .query(
            rs -> {
              counts.get(rs.getLong("unit_id")).capable = rs.getLong("capable");
            });
    Map<Long, List<IndicatorFigure>> figures = new HashMap<>();
    counts.forEach((unit, c) -> figures.put(unit, c.figures()));
    return figures;
  }

  /** The first moment after the last day of a period (its end is the whole last day). */
  static LocalDateTime end(LocalDate to) {
    return to.plusDays(1).atStartOfDay();
  }
}
