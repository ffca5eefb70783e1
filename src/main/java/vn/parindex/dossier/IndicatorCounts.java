package vn.parindex.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The counts behind the eight indicators of one unit (or one month), as the aggregate queries of
 * {@link Indicators} and {@link IndicatorTrends} read them under the same column names.
 */
final class IndicatorCounts {

  /** The aggregate columns, each a sum over the rows of the period (see {@link Indicators}). */
  static final String COLUMNS =
      """
      sum(r) as received,
      sum(r * o) as online,
      sum(r * full4) as full_den,
      sum(r * full4 * o) as full_num,
      sum(r * fee) as fee_den,
      sum(r * fee * paid) as fee_num,
      sum(r * dig) as digitised,
      sum(f) as finished,
      sum(f * (1 - late)) as on_time,
      sum(f * eres) as e_result,
      sum(f * late) as late,
      sum(f * late * apol) as apologised,
      count(distinct case when r * o * capable = 1 then proc end) as used
      """;

  /**
   * Received in the period: withdrawn dossiers, and those only registered or refused at reception,
   * are never received.
   */
  static final String RECEIVED =
      "d.received_at >= :from and d.received_at < :to and d.status not in (1, 3, 7)";

  /** Finished in the period: only processed or returned dossiers are finished. */
  static final String FINISHED =
      "d.finished_at >= :from and d.finished_at < :to and d.status in (9, 10)";

  /** The facts the indicators count, each 1 or 0 per dossier row. */
  static final String FACTS =
      """
      case when d.channel = 2 then 1 else 0 end as o,
      case when p.online_level = 4 then 1 else 0 end as full4,
      case when p.online_level in (3, 4) then 1 else 0 end as capable,
      case when d.fee_total > 0 then 1 else 0 end as fee,
      case when d.paid_online then 1 else 0 end as paid,
      case when d.digitised then 1 else 0 end as dig,
      case when d.e_result then 1 else 0 end as eres,
      case when d.late then 1 else 0 end as late,
      case when a.id is not null then 1 else 0 end as apol
      """;

  /** Each dossier row flagged once: received in the period (r), finished in it (f), its facts. */
  static final String FLAGS =
      "case when "
          + RECEIVED
          + " then 1 else 0 end as r, case when "
          + FINISHED
          + " then 1 else 0 end as f, "
          + FACTS
          + ", d.procedure_code as proc ";

  /** The dossier with its procedure and its apology letter, as {@link #FLAGS} reads them. */
  static final String JOINS =
      """
      from dossier d
      left join dossier_procedure p on p.unit_id = d.unit_id and p.code = d.procedure_code
      left join dossier_apology a on a.unit_id = d.unit_id and a.dossier_code = d.code
      """;

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

  /** Adds the aggregate columns of this row (named as in {@link #COLUMNS}). */
  void add(ResultSet rs) throws SQLException {
    received += rs.getLong("received");
    online += rs.getLong("online");
    fullDen += rs.getLong("full_den");
    fullNum += rs.getLong("full_num");
    feeDen += rs.getLong("fee_den");
    feeNum += rs.getLong("fee_num");
    digitised += rs.getLong("digitised");
    finished += rs.getLong("finished");
    onTime += rs.getLong("on_time");
    eResult += rs.getLong("e_result");
    late += rs.getLong("late");
    apologised += rs.getLong("apologised");
    used += rs.getLong("used");
  }

  List<IndicatorFigure> figures() {
    return List.of(
        new IndicatorFigure(IndicatorCode.ON_TIME, onTime, finished),
        new IndicatorFigure(IndicatorCode.ONLINE, online, received),
        new IndicatorFigure(IndicatorCode.FULL_ONLINE, fullNum, fullDen),
        new IndicatorFigure(IndicatorCode.ONLINE_PAYMENT, feeNum, feeDen),
        new IndicatorFigure(IndicatorCode.DIGITISED, digitised, received),
        new IndicatorFigure(IndicatorCode.E_RESULT, eResult, finished),
        new IndicatorFigure(IndicatorCode.SERVICES_WITH_ONLINE, Math.min(used, capable), capable),
        new IndicatorFigure(IndicatorCode.APOLOGY, apologised, late));
  }
}
