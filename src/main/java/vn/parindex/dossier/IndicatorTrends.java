package vn.parindex.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a set of units month by month over a year, by one grouped query: each dossier
 * counts in the month it was received (received-based indicators) and in the month it was finished
 * (finished-based ones), as {@link Indicators} counts a month.
 */
@Service
class IndicatorTrends {

  /** A procedure of a unit: the same code in two units is two procedures. */
  private static final String PROCEDURE =
      ", concat(cast(d.unit_id as varchar(20)), concat(':', d.procedure_code)) as proc ";

  private static final String MONTHS =
      "select m, "
          + IndicatorCounts.COLUMNS
          + " from (select extract(month from d.received_at) as m, case when "
          + IndicatorCounts.RECEIVED
          + " then 1 else 0 end as r, 0 as f, "
          + IndicatorCounts.FACTS
          + PROCEDURE
          + IndicatorCounts.JOINS
          + " where d.unit_id in (:units) and d.received_at >= :from and d.received_at < :to"
          + " union all select extract(month from d.finished_at) as m, 0 as r, case when "
          + IndicatorCounts.FINISHED
          + " then 1 else 0 end as f, "
          + IndicatorCounts.FACTS
          + PROCEDURE
          + IndicatorCounts.JOINS
          + " where d.unit_id in (:units) and d.finished_at >= :from and d.finished_at < :to) x"
          + " group by m";

  private final JdbcClient jdbc;

  IndicatorTrends(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Per indicator, its 12 monthly figures (January first) for these units in this year. */
  @Transactional(readOnly = true)
  Map<IndicatorCode, List<IndicatorFigure>> of(Collection<Long> unitIds, int year) {
    IndicatorCounts[] months = new IndicatorCounts[12];
    for (int i = 0; i < 12; i++) {
      months[i] = new IndicatorCounts();
    }
    if (!unitIds.isEmpty()) {
      long capable =
          jdbc.sql(
                  "select count(*) from dossier_procedure where unit_id in (:units)"
                      + " and online_level in (3, 4)")
              .param("units", unitIds)
              .query(Long.class)
              .single();
      jdbc.sql(MONTHS)
          .param("units", unitIds)
          .param("from", LocalDate.of(year, 1, 1).atStartOfDay())
          .param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
          .query(
              rs -> {
                months[rs.getInt("m") - 1].add(rs);
              });
      for (IndicatorCounts month : months) {
        month.capable = capable;
      }
    }
    Map<IndicatorCode, List<IndicatorFigure>> byCode = new EnumMap<>(IndicatorCode.class);
    for (IndicatorCode code : IndicatorCode.values()) {
      byCode.put(code, new ArrayList<>());
    }
    for (IndicatorCounts month : months) {
      month.figures().forEach(f -> byCode.get(f.code()).add(f));
    }
    return byCode;
  }
}
