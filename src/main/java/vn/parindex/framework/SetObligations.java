package vn.parindex.framework;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The obligations a criteria set carries, stored with the set and read back with it. */
@Repository
class SetObligations {

  private final JdbcClient jdbc;

  SetObligations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** In the order of the set's file. */
  List<Obligation> of(long setId) {
    return jdbc.sql(
            "select "
                + ObligationRows.COLUMNS
                + " from obligation where set_id = ? order by position, id")
        .param(setId)
        .query(ObligationRows::map)
        .list();
  }

  /** Stores a set's obligations (each naming its criterion), in order. */
  void add(long setId, List<Obligation> all) {
    int position = 0;
    for (Obligation o : all) {
      jdbc.sql(ObligationRows.INSERT)
          .params(ObligationRows.values(setId, null, o, position++))
          .update();
    }
  }
}
