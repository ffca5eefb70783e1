package vn.parindex.round;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the pages list beyond the steps' repositories: every round's id (newest year first; the
 * pages keep the ones a person may see) and a unit's evidence documents to pick from.
 */
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

  /** The unit's documents, newest first, as a leaf's form offers them. */
  List<RoundSheets.Document> documents(long unitId) {
    return jdbc.sql(
            "select id, doc_number, doc_date, title from evidence_document where unit_id = ?"
                + " order by doc_date desc, id desc")
        .param(unitId)
        .query(
            (rs, n) ->
                new RoundSheets.Document(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, java.time.LocalDate.class),
                    rs.getString(4)))
        .list();
  }
}
