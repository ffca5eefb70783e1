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

  /** A unit's fillers (F) with their version, a row with a null code when there are none. */
  private static final String FILLERS =
      "select 'F', u.fillers_version, f.code, f.department_id from round_unit u"
          + " left join round_filler f on f.round_unit_id = u.id where u.id = ?";

  /** A round's appraising departments (A) with their version, as {@link #FILLERS}. */
  private static final String APPRAISERS =
      "select 'A', r.appraisers_version, a.code, a.department_id from index_round r"
          + " left join round_appraiser a on a.round_id = r.id where r.id = ?";

  private final JdbcClient jdbc;

  AssignmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Assignments as stored: code → department id, and their version. */
  record Stored(Map<String, Long> codes, int version) {}

  /** A unit's fillers and its round's appraising departments, as {@link #both} reads them. */
  record Both(Stored fillers, Stored appraisers) {}

  /**
   * The unit's fillers in the round and their version, read in one statement (the version is the
   * one of the fillers read, however a save falls between the page's reads).
   */
  Stored fillers(long roundUnitId) {
    return versioned(FILLERS, roundUnitId).get("F");
  }

  /** The round's appraising departments and their version (one statement). */
  Stored appraisers(long roundId) {
    return versioned(APPRAISERS, roundId).get("A");
  }

  /** The unit's fillers and its round's appraising departments, each with its version, at once. */
  Both both(long roundUnitId, long roundId) {
    Map<String, Stored> read =
        versioned(FILLERS + " union all " + APPRAISERS, roundUnitId, roundId);
    return new Both(read.get("F"), read.get("A"));
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

  /**
   * The assignments of each part (F, A) the statement selects, from its version row and its
   * assignments (a null code when none); a part whose row is missing refused, as a separate read of
   * its version was.
   */
  private Map<String, Stored> versioned(String sql, Object... ids) {
    Map<String, Map<String, Long>> codes = new java.util.HashMap<>(4);
    Map<String, Integer> versions = new java.util.HashMap<>(4);
    jdbc.sql(sql)
        .params(ids)
        .query(
            rs -> {
              String part = rs.getString(1);
              versions.put(part, rs.getInt(2));
              Map<String, Long> of = codes.computeIfAbsent(part, k -> new java.util.HashMap<>());
              String code = rs.getString(3);
              if (code != null) {
                of.put(code, rs.getLong(4));
              }
            });
    if (versions.size() != ids.length) {
      throw new org.springframework.dao.EmptyResultDataAccessException(1);
    }
    Map<String, Stored> stored = new java.util.HashMap<>(4);
    versions.forEach((part, version) -> stored.put(part, new Stored(codes.get(part), version)));
    return stored;
  }
}
