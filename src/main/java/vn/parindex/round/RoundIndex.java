package vn.parindex.round;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every round's id, newest year first: the pages list the ones a person may see. */
@Repository
class RoundIndex {

  private final JdbcClient jdbc;

  RoundIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Long> ids() {
    return jdbc.sql("select id from index_round order by index_year desc, id desc")
        .query(Long.class)
        .list();
  }
}
