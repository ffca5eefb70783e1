package vn.parindex.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        .query(RoundIndex::document)
        .list();
  }

  /** These documents by id, in one query; an id that is no document is left out. */
  Map<Long, RoundSheets.Document> documents(Collection<Long> ids) {
    Map<Long, RoundSheets.Document> found = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, doc_number, doc_date, title from evidence_document where id in (:ids)")
          .param("ids", ids)
          .query(RoundIndex::document)
          .list()
          .forEach(d -> found.put(d.id(), d));
    }
    return found;
  }

  private static RoundSheets.Document document(ResultSet rs, int n) throws SQLException {
    return new RoundSheets.Document(
        rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
  }
}
