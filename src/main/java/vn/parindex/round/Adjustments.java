package vn.parindex.round;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bonus and penalty points of a round's units (table round_adjustment). */
@Repository
class Adjustments {

  private final JdbcClient jdbc;

  Adjustments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every unit's bonus and penalty points in the round, by round unit id, in one query. */
  java.util.Map<Long, List<Adjustment>> ofRound(long roundId) {
    java.util.Map<Long, List<Adjustment>> all = new java.util.HashMap<>();
    jdbc.sql(
            "select a.round_unit_id, a.kind, a.reason, a.amount from round_adjustment a"
                + " join round_unit u on u.id = a.round_unit_id where u.round_id = ?"
                + " order by a.id")
        .param(roundId)
        .query(
            rs -> {
              all.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                  .add(
                      new Adjustment(
                          Adjustment.Kind.valueOf(rs.getString(2)),
                          rs.getString(3),
                          new java.math.BigDecimal(
                              vn.parindex.input.Decimals.plain(rs.getBigDecimal(4)))));
            });
    return all;
  }

  List<Adjustment> of(long roundUnitId) {
    return jdbc.sql(
            "select kind, reason, amount from round_adjustment where round_unit_id = ? order by id")
        .param(roundUnitId)
        .query(
            (rs, n) ->
                new Adjustment(
                    Adjustment.Kind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    new java.math.BigDecimal(
                        vn.parindex.input.Decimals.plain(rs.getBigDecimal(3)))))
        .list();
  }

  /** The version of the unit's list, moved on by every save. */
  int version(long roundUnitId) {
    return jdbc.sql("select adjustment_version from round_unit where id = ?")
        .param(roundUnitId)
        .query(Integer.class)
        .single();
  }

  /** Replaces the unit's list if it is still at {@code version}; false when it moved on. */
  boolean replace(
      long roundUnitId, int version, List<Adjustment> list, String by, LocalDateTime at) {
    int moved =
        jdbc.sql(
                "update round_unit set adjustment_version = adjustment_version + 1"
                    + " where id = ? and adjustment_version = ?")
            .params(roundUnitId, version)
            .update();
    if (moved == 0) {
      return false;
    }
    jdbc.sql("delete from round_adjustment where round_unit_id = ?").param(roundUnitId).update();
    for (Adjustment a : list) {
      jdbc.sql(
              "insert into round_adjustment (round_unit_id, kind, reason, amount, entered_by,"
                  + " entered_at) values (?, ?, ?, ?, ?, ?)")
          .params(roundUnitId, a.kind().name(), a.reason(), a.amount(), by, at)
          .update();
    }
    return true;
  }
}
