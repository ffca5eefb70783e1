package bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second floor for publication, beside the (the ranking aggregate and one batch insert of
 * plan-line-sized rows into a table without keys): what PostgreSQL alone takes to store the rows a
 * publication stores, into tables of the same shape. The round's published entries, plan texts,
 * sections and lines are read back (untimed) and sent again by COPY, the fastest way a client hands
 * rows to PostgreSQL, into copies of their tables with the same columns, defaults, checks, indexes
 * and foreign keys (so each row is checked against the same parent rows as publication's), in one
 * transaction with the ranking aggregate. The gap between publication and this floor is what
 * publication adds to storing its rows: reading the round, drafting, round trips.
 */
final class StorageFloor {

  /** The stored rows of one table: its columns (without the generated id) and the COPY text. */
  private record Rows(String table, String columns, byte[] csv) {}

  private static final String PUBLISHED =
      "select a.id from assessment a join round_unit r on r.unit_id = a.unit_id and r.round_id = %d"
          + " join index_round x on x.id = r.round_id and a.index_year = x.index_year"
          + " where a.stage = 'PUBLISHED' and a.current_mark = 1";

  private static final String PLANS =
      "select p.id from plan p where p.current_mark = 1 and p.assessment_id in (" + PUBLISHED + ")";

  private final DataSource data;
  private final JdbcTemplate jdbc;
  private final long round;
  private final List<Rows> tables = new ArrayList<>();

  StorageFloor(DataSource data, JdbcTemplate jdbc, long round) {
    this.data = data;
    this.jdbc = jdbc;
    this.round = round;
  }

  /** Reads the published rows back and makes the empty tables of the same shape. */
  StorageFloor prepare() throws Exception {
    take("assessment_entry", "assessment_id in (" + PUBLISHED.formatted(round) + ")");
    take("plan_text", "plan_id in (" + PLANS.formatted(round) + ")");
    take("plan_section", "plan_id in (" + PLANS.formatted(round) + ")");
    take("plan_line", "plan_id in (" + PLANS.formatted(round) + ")");
    return this;
  }

  int rows() {
    int rows = 0;
    for (Rows t : tables) {
      for (byte b : t.csv) {
        rows += b == '\n' ? 1 : 0;
      }
    }
    return rows;
  }

  /** Median of 5 warm runs (after one cold): the aggregate and every COPY, one transaction each. */
  double measure() throws Exception {
    double[] ms = new double[6];
    for (int i = 0; i < ms.length; i++) {
      for (Rows t : tables) {
        jdbc.execute("truncate bench_store_" + t.table);
      }
      try (Connection connection = data.getConnection()) {
        connection.setAutoCommit(false);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long start = System.nanoTime();
        try (var statement = connection.prepareStatement(RoundBenchmark.FLOOR_SQL)) {
          statement.setLong(1, round);
          try (var rs = statement.executeQuery()) {
            while (rs.next()) {
              rs.getBigDecimal(2);
            }
          }
        }
        for (Rows t : tables) {
          copy.copyIn(
              "copy bench_store_" + t.table + " (" + t.columns + ") from stdin (format csv)",
              new ByteArrayInputStream(t.csv));
        }
        connection.commit();
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
    Arrays.sort(warm);
    return warm[2];
  }

  private void take(String table, String which) throws Exception {
    String columns =
        String.join(
            ", ",
            jdbc.queryForList(
                "select column_name from information_schema.columns where table_schema ="
                    + " current_schema() and table_name = ? and column_name <> 'id'"
                    + " order by ordinal_position",
                String.class,
                table));
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (Connection connection = data.getConnection()) {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyOut(
              "copy (select "
                  + columns
                  + " from "
                  + table
                  + " where "
                  + which
                  + " order by id)"
                  + " to stdout (format csv)",
              csv);
    }
    jdbc.execute("create table bench_store_" + table + " (like " + table + " including all)");
    for (String key :
        jdbc.queryForList(
            "select pg_get_constraintdef(oid) from pg_constraint where conrelid = ?::regclass"
                + " and contype = 'f'",
            String.class,
            table)) {
      jdbc.execute("alter table bench_store_" + table + " add " + key);
    }
    tables.add(new Rows(table, columns, csv.toByteArray()));
  }
}
