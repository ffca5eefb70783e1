package vn.parindex.unit.catalogue;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.Unit;

/**
 * The catalogue's writes to the unit tables, in JDBC batches: thousands of rows in a few round
 * trips instead of one statement each.
 */
@Repository
class CatalogueRows {

  private static final int BATCH = 500;
  private static final int ROWS_PER_INSERT = 400;

  private final JdbcTemplate jdbc;

  CatalogueRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Many rows per statement: a handful of round trips for 3,321 communes, on H2 as on PostgreSQL.
   */
  void insert(List<Unit> units) {
    for (int from = 0; from < units.size(); from += ROWS_PER_INSERT) {
      List<Unit> chunk = units.subList(from, Math.min(units.size(), from + ROWS_PER_INSERT));
      String values = String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?)"));
      List<Object> params = new ArrayList<>(chunk.size() * 7);
      for (Unit unit : chunk) {
        params.addAll(
            Arrays.asList(
                unit.code(),
                unit.name(),
                unit.type().name(),
                unit.parentId(),
                unit.validFrom(),
                unit.validTo(),
                unit.demo()));
      }
      jdbc.update(
          "insert into unit (code, name, type, parent_id, valid_from, valid_to, demo) values "
              + values,
          params.toArray());
    }
  }

  /** Gives a unit whose name is blank the catalogue's; false when it had a name. */
  boolean nameIfBlank(long id, String name) {
    return jdbc.update("update unit set name = ? where id = ? and trim(name) = ''", name, id) == 1;
  }

  /** Every lineage link present, as "predecessor→successor". */
  Set<String> lineagePairs() {
    return new HashSet<>(
        jdbc.query(
            "select predecessor_id, successor_id from unit_lineage",
            (rs, n) -> pair(rs.getLong(1), rs.getLong(2))));
  }

  void link(List<Lineage> links) {
    jdbc.batchUpdate(
        "insert into unit_lineage (predecessor_id, successor_id, kind, effective_on)"
            + " values (?, ?, ?, ?)",
        links,
        BATCH,
        (ps, l) -> {
          ps.setLong(1, l.predecessorId());
          ps.setLong(2, l.successorId());
          ps.setString(3, l.kind().name());
          ps.setObject(4, l.effectiveOn(), Types.DATE);
        });
  }

  static String pair(long predecessor, long successor) {
    return predecessor + "→" + successor;
  }
}
