package vn.parindex.workday;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.account.Actor;

/** The table of official swapped days: read a year, write a row at the version it was read at. */
@Repository
class Swaps {

  private static final String COLUMNS =
      "id, swap_date, working, reason, version, updated_at, updated_by";

  private final JdbcClient jdbc;

  Swaps(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Swap> ofYear(int year) {
    return jdbc.sql(
            "select " + COLUMNS + " from workday_swap where swap_year = ? order by swap_date")
        .param(year)
        .query(Swaps::row)
        .list();
  }

  Optional<Swap> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from workday_swap where id = ?")
        .param(id)
        .query(Swaps::row)
        .optional();
  }

  Optional<Swap> onDate(LocalDate date) {
    return jdbc.sql("select " + COLUMNS + " from workday_swap where swap_date = ?")
        .param(date)
        .query(Swaps::row)
        .optional();
  }

  private static Swap row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Swap(
        rs.getLong("id"),
        rs.getObject("swap_date", LocalDate.class),
        rs.getBoolean("working"),
        rs.getString("reason"),
        rs.getInt("version"),
        rs.getObject("updated_at", java.time.LocalDateTime.class),
        rs.getString("updated_by"));
  }

  /** The new row's id; a duplicate date fails on the unique index. */
  long insert(LocalDate date, boolean working, String reason, Actor by) {
    jdbc.sql(
            "insert into workday_swap (swap_date, swap_year, working, reason, version, updated_at,"
                + " updated_by) values (?, ?, ?, ?, 0, ?, ?)")
        .params(date, date.getYear(), working, reason, by.stored(), by.user().username())
        .update();
    return onDate(date).orElseThrow().id();
  }

  /** Whether the row was at {@code version} and is now changed (and one version further). */
  boolean update(long id, int version, boolean working, String reason, Actor by) {
    return jdbc.sql(
                "update workday_swap set working = ?, reason = ?, version = version + 1,"
                    + " updated_at = ?, updated_by = ? where id = ? and version = ?")
            .params(working, reason, by.stored(), by.user().username(), id, version)
            .update()
        == 1;
  }

  /** Whether the row was at {@code version} and is now gone. */
  boolean delete(long id, int version) {
    return jdbc.sql("delete from workday_swap where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }
}
