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
                  .add(adjustment(rs, 2));
            });
    return all;
  }

  List<Adjustment> of(long roundUnitId) {
    return jdbc.sql(
            "select kind, reason, amount from round_adjustment where round_unit_id = ? order by id")
        .param(roundUnitId)
        .query((rs, n) -> adjustment(rs, 1))
        .list();
  }

  /** The unit's list and the version it is at, as one page shows them and its forms send back. */
  record Listed(List<Adjustment> adjustments, int version) {}

  /**
   * The unit's list and its version in one statement: the version is the one of the list read,
   * however a save falls between the page's reads (a form from it saves, or answers 409).
   */
  Listed listed(long roundUnitId) {
    List<Adjustment> list = new java.util.ArrayList<>();
    Integer[] version = {null};
    jdbc.sql(
            "select u.adjustment_version, a.kind, a.reason, a.amount from round_unit u"
                + " left join round_adjustment a on a.round_unit_id = u.id where u.id = ?"
                + " order by a.id")
        .param(roundUnitId)
        .query(
            rs -> {
              version[0] = rs.getInt(1);
              if (rs.getString(2) != null) {
                list.add(adjustment(rs, 2));
              }
            });
    if (version[0] == null) {
      throw new org.springframework.dao.EmptyResultDataAccessException(1);
    }
    return new Listed(list, version[0]);
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

  /** The adjustment in the row's columns from {@code first}: its kind, reason and amount. */
  private static Adjustment adjustment(java.sql.ResultSet rs, int first)
      throws java.sql.SQLException {
    return new Adjustment(
        Adjustment.Kind.valueOf(rs.getString(first)),
        rs.getString(first + 1),
        new java.math.BigDecimal(vn.parindex.input.Decimals.plain(rs.getBigDecimal(first + 2))));
  }
}
