package vn.parindex.round;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which round ranks a unit in a year for a criteria set (table round_coverage, whose key lets one
 * round only): a unit is ranked once a year per set, whichever parent the round is opened over.
 */
@Repository
class RoundCoverage {

  /** A unit already covered, and the round that covers it. */
  record Covered(long unitId, long roundId) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  RoundCoverage(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Those of {@code unitIds} a round of the year and set already covers, by round then unit. */
  List<Covered> taken(int year, long setId, List<Long> unitIds) {
    List<Covered> covered = new ArrayList<>();
    // in slices: a province's communes are a few hundred, well under any driver's parameter limit
    for (int from = 0; from < unitIds.size(); from += 500) {
      List<Long> slice = unitIds.subList(from, Math.min(unitIds.size(), from + 500));
      covered.addAll(
          jdbc.sql(
                  "select unit_id, round_id from round_coverage"
                      + " where index_year = :year and set_id = :set and unit_id in (:units)")
              .param("year", year)
              .param("set", setId)
              .param("units", slice)
              .query((rs, n) -> new Covered(rs.getLong(1), rs.getLong(2)))
              .list());
    }
    // by round, then in the order the units were asked for (their positions read once, not
    // searched for at every comparison)
    java.util.Map<Long, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < unitIds.size(); i++) {
      position.putIfAbsent(unitIds.get(i), i);
    }
    covered.sort(
        java.util.Comparator.comparingLong(Covered::roundId)
            .thenComparing(c -> position.get(c.unitId())));
    return covered;
  }

  /**
   * Records the round's units; a unit another round took meanwhile fails the key (the caller's
   * transaction then opens nothing).
   */
  void cover(long roundId, int year, long setId, List<Long> unitIds) {
    batch.batchUpdate(
        "insert into round_coverage (index_year, set_id, unit_id, round_id) values (?, ?, ?, ?)",
        unitIds.stream().map(u -> new Object[] {year, setId, u, roundId}).toList());
  }
}
