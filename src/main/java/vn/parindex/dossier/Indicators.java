package vn.parindex.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-quality indicators of units over a period of days (both ends included, local days in
 * Asia/Ho_Chi_Minh), computed from their dossier records by three aggregate queries whatever the
 * number of units: dossiers received in the period, dossiers finished in it, and the online-capable
 * procedures. Withdrawn dossiers, and those only registered or refused at reception, count nowhere.
 */
@Service
public class Indicators {

  private static final String RECEIVED =
      """
      select d.unit_id,
             count(*) as received,
             sum(case when d.channel = 2 then 1 else 0 end) as online,
             sum(case when p.online_level = 4 then 1 else 0 end) as full_den,
             sum(case when p.online_level = 4 and d.channel = 2 then 1 else 0 end) as full_num,
             sum(case when d.fee_total > 0 then 1 else 0 end) as fee_den,
             sum(case when d.fee_total > 0 and d.paid_online then 1 else 0 end) as fee_num,
             sum(case when d.digitised then 1 else 0 end) as digitised
      from dossier d
      left join dossier_procedure p on p.unit_id = d.unit_id and p.code = d.procedure_code
      where d.unit_id in (:units) and d.received_at >= :from and d.received_at < :to
        and d.status not in (1, 3, 7)
      group by d.unit_id
      """;

  private static final String FINISHED =
      """
      select d.unit_id,
             count(*) as finished,
             sum(case when d.late then 0 else 1 end) as on_time,
             sum(case when d.e_result then 1 else 0 end) as e_result,
             sum(case when d.late then 1 else 0 end) as late,
             sum(case when d.late and a.id is not null then 1 else 0 end) as apologised
      from dossier d
      left join dossier_apology a on a.unit_id = d.unit_id and a.dossier_code = d.code
      where d.unit_id in (:units) and d.finished_at >= :from and d.finished_at < :to
        and d.status in (9, 10)
      group by d.unit_id
      """;

  private static final String SERVICES =
      """
      select p.unit_id,
             count(*) as capable,
             sum(case when exists (
                   select 1 from dossier d
                   where d.unit_id = p.unit_id and d.procedure_code = p.code and d.channel = 2
                     and d.received_at >= :from and d.received_at < :to
                     and d.status not in (1, 3, 7)) then 1 else 0 end) as used
      from dossier_procedure p
      where p.unit_id in (:units) and p.online_level in (3, 4)
      group by p.unit_id
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
    Map<Long, Counts> counts = new HashMap<>();
    unitIds.forEach(id -> counts.put(id, new Counts()));
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    LocalDateTime start = from.atStartOfDay();
    LocalDateTime end = to.plusDays(1).atStartOfDay();
    query(RECEIVED, unitIds, start, end)
        .query(
            rs -> {
              Counts c = counts.get(rs.getLong("unit_id"));
              c.received = rs.getLong("received");
              c.online = rs.getLong("online");
              c.fullDen = rs.getLong("full_den");
              c.fullNum = rs.getLong("full_num");
              c.feeDen = rs.getLong("fee_den");
              c.feeNum = rs.getLong("fee_num");
              c.digitised = rs.getLong("digitised");
            });
    query(FINISHED, unitIds, start, end)
        .query(
            rs -> {
              Counts c = counts.get(rs.getLong("unit_id"));
              c.finished = rs.getLong("finished");
              c.onTime = rs.getLong("on_time");
              c.eResult = rs.getLong("e_result");
              c.late = rs.getLong("late");
              c.apologised = rs.getLong("apologised");
            });
    query(SERVICES, unitIds, start, end)
        .query(
            rs -> {
              Counts c = counts.get(rs.getLong("unit_id"));
              c.capable = rs.getLong("capable");
              c.used = rs.getLong("used");
            });
    Map<Long, List<IndicatorFigure>> figures = new HashMap<>();
    counts.forEach((unit, c) -> figures.put(unit, c.figures()));
    return figures;
  }

  private JdbcClient.StatementSpec query(
      String sql, Collection<Long> unitIds, LocalDateTime start, LocalDateTime end) {
    return jdbc.sql(sql).param("units", unitIds).param("from", start).param("to", end);
  }

  /** The counts of one unit as the three queries fill them. */
  private static final class Counts {
    long received;
    long online;
    long fullDen;
    long fullNum;
    long feeDen;
    long feeNum;
    long digitised;
    long finished;
    long onTime;
    long eResult;
    long late;
    long apologised;
    long capable;
    long used;

    List<IndicatorFigure> figures() {
      List<IndicatorFigure> list = new ArrayList<>();
      list.add(new IndicatorFigure(IndicatorCode.ON_TIME, onTime, finished));
      list.add(new IndicatorFigure(IndicatorCode.ONLINE, online, received));
      list.add(new IndicatorFigure(IndicatorCode.FULL_ONLINE, fullNum, fullDen));
      list.add(new IndicatorFigure(IndicatorCode.ONLINE_PAYMENT, feeNum, feeDen));
      list.add(new IndicatorFigure(IndicatorCode.DIGITISED, digitised, received));
      list.add(new IndicatorFigure(IndicatorCode.E_RESULT, eResult, finished));
      list.add(new IndicatorFigure(IndicatorCode.SERVICES_WITH_ONLINE, used, capable));
      list.add(new IndicatorFigure(IndicatorCode.APOLOGY, apologised, late));
      return List.copyOf(list);
    }
  }
}
