package vn.parindex.round;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.input.ConflictException;

/**
 * The assignments of a round (round_filler per unit, round_appraiser per round) and their versions
 * (round_unit.fillers_version, index_round.appraisers_version). Department names come from the unit
 * feature, given by the caller.
 */
@Repository
class AssignmentStore {

  private final JdbcClient jdbc;

  AssignmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit's fillers in the round: code → department id, and the version. */
  Map.Entry<Map<String, Long>, Integer> fillers(long roundUnitId) {
    return Map.entry(
        codes("select code, department_id from round_filler where round_unit_id = ?", roundUnitId),
        jdbc.sql("select fillers_version from round_unit where id = ?")
            .param(roundUnitId)
            .query(Integer.class)
            .single());
  }

  /** The round's appraising departments: code → department id, and the version. */
  Map.Entry<Map<String, Long>, Integer> appraisers(long roundId) {
    return Map.entry(
        codes("select code, department_id from round_appraiser where round_id = ?", roundId),
        jdbc.sql("select appraisers_version from index_round where id = ?")
            .param(roundId)
            .query(Integer.class)
            .single());
  }

  /** Every unit's fillers in the round, by round unit id (one query, for the queue). */
  Map<Long, Map<String, Long>> fillersOfRound(long roundId) {
    Map<Long, Map<String, Long>> all = new java.util.HashMap<>();
    jdbc.sql(
            "select f.round_unit_id, f.code, f.department_id from round_filler f"
                + " join round_unit u on u.id = f.round_unit_id where u.round_id = ?")
        .param(roundId)
        .query(
            rs -> {
              all.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                  .put(rs.getString(2), rs.getLong(3));
            });
    return all;
  }

  /**
   * Replaces the unit's fillers if they are still at {@code version}: the version check and its
   * increment are one statement, so of two saves from the same version one wins, the other 409.
   */
  void replaceFillers(long roundUnitId, int version, List<Assignments.Assigned> assigned) {
    int updated =
        jdbc.sql(
                "update round_unit set fillers_version = fillers_version + 1"
                    + " where id = ? and fillers_version = ?")
            .params(roundUnitId, version)
            .update();
    if (updated == 0) {
      throw new ConflictException(null, List.of(), "round.assign.refused.stale");
    }
    jdbc.sql("delete from round_filler where round_unit_id = ?").param(roundUnitId).update();
    for (Assignments.Assigned a : assigned) {
      jdbc.sql("insert into round_filler (round_unit_id, code, department_id) values (?, ?, ?)")
          .params(roundUnitId, a.code(), a.department())
          .update();
    }
  }

  /** As {@link #replaceFillers}, for the round's appraising departments. */
  void replaceAppraisers(long roundId, int version, List<Assignments.Assigned> assigned) {
    int updated =
        jdbc.sql(
                "update index_round set appraisers_version = appraisers_version + 1"
                    + " where id = ? and appraisers_version = ?")
            .params(roundId, version)
            .update();
    if (updated == 0) {
      throw new ConflictException(null, List.of(), "round.assign.refused.stale");
    }
    jdbc.sql("delete from round_appraiser where round_id = ?").param(roundId).update();
    for (Assignments.Assigned a : assigned) {
      jdbc.sql("insert into round_appraiser (round_id, code, department_id) values (?, ?, ?)")
          .params(roundId, a.code(), a.department())
          .update();
    }
  }

  private Map<String, Long> codes(String sql, long id) {
    Map<String, Long> codes = new java.util.HashMap<>();
    jdbc.sql(sql)
        .param(id)
        .query(
            rs -> {
              codes.put(rs.getString(1), rs.getLong(2));
            });
    return codes;
  }
}
