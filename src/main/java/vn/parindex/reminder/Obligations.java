package vn.parindex.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Obligations (the defaults and a unit's own) and their recorded occurrences. */
@Repository
public class Obligations {

  private static final String COLUMNS =
      "id, unit_id, criterion_code, title, kind, from_md, to_md, times_per_year, within_days,"
          + " responsible, department_id";

  private final JdbcClient jdbc;

  Obligations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit's obligations for the current year (see {@link #forUnit(long, int)}). */
  public List<Obligation> forUnit(long unitId) {
    return forUnit(unitId, LocalDate.now().getYear());
  }

  /**
   * The unit's obligations for a year: those of the criteria set that applies (same year and unit
   * type, newest complete version first), the defaults it does not replace, and the unit's own; see
   * {@link ObligationMerge}.
   */
  public List<Obligation> forUnit(long unitId, int year) {
    return merged(unitId, year).obligations();
  }

  /** A unit's obligations for a year, and which default each set obligation replaced. */
  public record Merged(List<Obligation> obligations, Map<Long, Long> replacements) {}

  public Merged merged(long unitId, int year) {
    List<Obligation> defaults =
        list("unit_id is null and set_id is null order by position, id", List.of());
    List<Obligation> own =
        list("unit_id = ? and set_id is null order by position, id", List.of(unitId));
    List<Obligation> ofSet = setFor(unitId, year).map(this::ofSet).orElse(List.of());
    return new Merged(
        ObligationMerge.merge(defaults, ofSet, own), ObligationMerge.replacements(defaults, ofSet));
  }

  /** The criteria set that applies to a unit in a year, if any. */
  public Optional<Long> setFor(long unitId, int year) {
    return jdbc
        .sql(
            "select cs.id from criteria_set cs join unit u on u.type = cs.unit_type"
                + " where u.id = ? and cs.index_year = ? order by cs.partial, cs.version desc")
        .params(unitId, year)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  /** The obligations a criteria set carries, in the order of the set's file. */
  public List<Obligation> ofSet(long setId) {
    return list("set_id = ? order by position, id", List.of(setId));
  }

  /** Stores a criteria set's obligations (each naming its criterion), in order. */
  public void addForSet(long setId, List<Obligation> all) {
    int position = 0;
    for (Obligation o : all) {
      jdbc.sql(
              "insert into obligation (set_id, criterion_code, title, kind, from_md, to_md,"
                  + " times_per_year, within_days, responsible, position)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              setId,
              o.criterionCode(),
              o.title(),
              o.kind().name(),
              Obligation.format(o.from()),
              Obligation.format(o.to()),
              o.timesPerYear(),
              o.withinDays(),
              o.responsible(),
              position++)
          .update();
    }
  }

  private List<Obligation> list(String where, List<Object> params) {
    return jdbc.sql("select " + COLUMNS + " from obligation where " + where)
        .params(params)
        .query(Obligations::obligation)
        .list();
  }

  public Optional<Obligation> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from obligation where id = ?")
        .param(id)
        .query(Obligations::obligation)
        .optional();
  }

  public long add(Obligation o) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into obligation (unit_id, criterion_code, title, kind, from_md, to_md,"
                + " times_per_year, within_days, responsible, department_id, position)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 100)")
        .params(
            o.unitId(),
            o.criterionCode(),
            o.title(),
            o.kind().name(),
            Obligation.format(o.from()),
            Obligation.format(o.to()),
            o.timesPerYear(),
            o.withinDays(),
            o.responsible(),
            o.departmentId())
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Adds several, all or none. */
  @Transactional
  public List<Long> addAll(List<Obligation> all) {
    return all.stream().map(this::add).toList();
  }

  public List<Occurrence> occurrences(long unitId, int year) {
    return jdbc.sql(
            "select id, obligation_id, requested_on, done_on, evidence from obligation_occurrence"
                + " where unit_id = ? and index_year = ? order by id")
        .params(unitId, year)
        .query(
            (rs, n) ->
                new Occurrence(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)))
        .list();
  }

  /** Records a done occurrence or a request (requestedOn set, doneOn maybe null). */
  public void record(
      long obligationId,
      long unitId,
      int year,
      LocalDate requestedOn,
      LocalDate doneOn,
      String evidence,
      Long userId) {
    jdbc.sql(
            "insert into obligation_occurrence (obligation_id, unit_id, index_year, requested_on,"
                + " done_on, evidence, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            obligationId, unitId, year, requestedOn, doneOn, evidence, userId, LocalDateTime.now())
        .update();
  }

  /** Marks a pending request answered. */
  public int answer(long occurrenceId, long unitId, LocalDate doneOn, String evidence) {
    return jdbc.sql(
            "update obligation_occurrence set done_on = ?, evidence = ? where id = ? and unit_id = ?")
        .params(doneOn, evidence, occurrenceId, unitId)
        .update();
  }

  private static Obligation obligation(ResultSet rs, int n) throws SQLException {
    return new Obligation(
        rs.getLong("id"),
        (Long) rs.getObject("unit_id", Long.class),
        rs.getString("criterion_code"),
        rs.getString("title"),
        ObligationKind.valueOf(rs.getString("kind")),
        Obligation.parseMonthDay(rs.getString("from_md")),
        Obligation.parseMonthDay(rs.getString("to_md")),
        rs.getObject("times_per_year", Integer.class),
        rs.getObject("within_days", Integer.class),
        rs.getString("responsible"),
        rs.getObject("department_id", Long.class));
  }
}
