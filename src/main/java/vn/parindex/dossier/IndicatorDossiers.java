package vn.parindex.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers behind one indicator of a unit over a period: every dossier of its denominator,
 * those that do not count in the numerator (that pull the rate down) first, a page at a time. The
 * rules restate {@link IndicatorCounts} per indicator, so a list always adds up to its figure.
 */
@Service
class IndicatorDossiers {

  /** The largest page a caller may ask for. */
  static final int MAX_SIZE = 500;

  private static final String RECEIVED = IndicatorCounts.RECEIVED;
  private static final String FINISHED = IndicatorCounts.FINISHED;

  private final JdbcClient jdbc;

  IndicatorDossiers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of dossiers (0-based), {@code size} bounded by {@link #MAX_SIZE}. */
  @Transactional(readOnly = true)
  IndicatorDossierPage of(
      long unitId, IndicatorCode code, IndicatorPeriod period, int page, int size) {
    int bounded = Math.max(1, Math.min(size, MAX_SIZE));
    int from = Math.max(0, page);
    String[] rule = rule(code);
    String where = " where d.unit_id = :unit and " + rule[0];
    long total =
        params(jdbc.sql("select count(*) " + IndicatorCounts.JOINS + where), unitId, period)
            .query(Long.class)
            .single();
    List<IndicatorDossier> rows =
        params(
                jdbc.sql(
                    "select d.code, d.procedure_code, p.name, d.received_at,"
                        + " coalesce(d.effective_due_at, d.due_at) as due, d.finished_at,"
                        + " d.status, d.channel, d.late, a.id as apology_id, a.letter_number,"
                        + " a.letter_date, a.version, a.file_name, case when "
                        + rule[1]
                        + " then 1 else 0 end as counts "
                        + IndicatorCounts.JOINS
                        + where
                        + " order by counts, d.received_at, d.code"
                        + " limit :limit offset :offset"),
                unitId,
                period)
            .param("limit", bounded)
            .param("offset", (long) from * bounded)
            .query(IndicatorDossiers::row)
            .list();
    return new IndicatorDossierPage(code, total, from, bounded, rows);
  }

  /** The denominator's condition and the numerator's, per indicator. */
  private static String[] rule(IndicatorCode code) {
    return switch (code) {
      case ON_TIME -> new String[] {FINISHED, "coalesce(d.late, false) = false"};
      case ONLINE -> new String[] {RECEIVED, "d.channel = 2"};
      case FULL_ONLINE -> new String[] {RECEIVED + " and p.online_level = 4", "d.channel = 2"};
      case ONLINE_PAYMENT -> new String[] {RECEIVED + " and d.fee_total > 0", "d.paid_online"};
      case DIGITISED -> new String[] {RECEIVED, "d.digitised"};
      case E_RESULT -> new String[] {FINISHED, "d.e_result"};
      // the dossiers of the online-capable procedures: those in person show what to move online
      case SERVICES_WITH_ONLINE ->
          new String[] {RECEIVED + " and p.online_level in (3, 4)", "d.channel = 2"};
      case APOLOGY -> new String[] {FINISHED + " and d.late", "a.id is not null"};
    };
  }

  private static JdbcClient.StatementSpec params(
      JdbcClient.StatementSpec sql, long unitId, IndicatorPeriod period) {
    return sql.param("unit", unitId)
        .param("from", period.from().atStartOfDay())
        .param("to", Indicators.end(period.to()));
  }

  private static IndicatorDossier row(ResultSet rs, int n) throws SQLException {
    long apologyId = rs.getLong("apology_id");
    IndicatorDossier.Apology apology =
        rs.wasNull()
            ? null
            : new IndicatorDossier.Apology(
                apologyId,
                rs.getString("letter_number"),
                rs.getObject("letter_date", java.time.LocalDate.class),
                rs.getInt("version"),
                rs.getString("file_name"));
    int channel = rs.getInt("channel");
    Integer channelOrNull = rs.wasNull() ? null : channel;
    boolean late = rs.getBoolean("late");
    Boolean lateOrNull = rs.wasNull() ? null : late;
    return new IndicatorDossier(
        rs.getString("code"),
        rs.getString("procedure_code"),
        rs.getString("name"),
        rs.getObject("received_at", java.time.LocalDateTime.class),
        rs.getObject("due", java.time.LocalDateTime.class),
        rs.getObject("finished_at", java.time.LocalDateTime.class),
        rs.getInt("status"),
        channelOrNull,
        lateOrNull,
        rs.getInt("counts") == 1,
        apology);
  }
}
