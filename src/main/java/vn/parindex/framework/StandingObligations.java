package vn.parindex.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The obligations no criteria set carries: the defaults every unit has and a unit's own. Stored
 * beside the sets' obligations (one table, one reading: {@link ObligationRows}), for the reminder
 * feature's calendar.
 */
@Repository
public class StandingObligations {

  private final JdbcClient jdbc;

  StandingObligations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The defaults every unit has, in order. */
  public List<Obligation> defaults() {
    return list("unit_id is null and set_id is null order by position, id", List.of());
  }

  /** The unit's own, in order. */
  public List<Obligation> ofUnit(long unitId) {
    return list("unit_id = ? and set_id is null order by position, id", List.of(unitId));
  }

  /** Any obligation by id, a set's included. */
  public Optional<Obligation> find(long id) {
    return jdbc.sql("select " + ObligationRows.COLUMNS + " from obligation where id = ?")
        .param(id)
        .query(ObligationRows::map)
        .optional();
  }

  /** Adds a unit's own obligation ({@code o.unitId()}) or a default (none); its id. */
  public long add(Obligation o) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(ObligationRows.INSERT)
        .params(ObligationRows.values(null, o.unitId(), o, 100))
        .update(key, "id");
    return key.getKey().longValue();
  }

  private List<Obligation> list(String where, List<Object> params) {
    return jdbc.sql("select " + ObligationRows.COLUMNS + " from obligation where " + where)
        .params(params)
        .query(ObligationRows::map)
        .list();
  }
}
