package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V134 writes on every entry already stored what its criterion is, by the rule the ranking's join
 * applied (a leaf: a criterion with a method, with its maximum; an area: a root without one; else
 * neither, also for a code its set does not have), on H2 and on PostgreSQL, and its checks refuse a
 * leaf without its maximum or a maximum on anything else.
 */
class EntryCriterionMigrationTest {

  /** The rows as an earlier release wrote them: no criterion_kind, no leaf_max. */
  static final String[] ROWS = {
    "insert into unit (id, code, name, type, parent_id, demo) values"
        + " (9001, 'EC', 'Tỉnh Thử', 'PROVINCE', null, false),"
        + " (9002, 'EC-1', 'Xã Một', 'COMMUNE', 9001, false)",
    "insert into criteria_set (id, name, index_year, unit_type, version, partial, source,"
        + " created_at) values (9101, 'Bộ thử', 2024, 'COMMUNE', 1, false, 't',"
        + " timestamp '2025-01-10 08:00:00'), (9102, 'Bộ khác', 2024, 'COMMUNE', 2, false, 't',"
        + " timestamp '2025-01-10 08:00:00')",
    "insert into criterion (set_id, code, parent_code, position, name, max_points, method, params)"
        + " values (9101, '1', null, 1, 'Lĩnh vực 1', 10.0000, null, null),"
        + " (9101, '1.1', '1', 2, 'Tiêu chí có con', 5.0000, null, null),"
        + " (9101, '1.1.1', '1.1', 3, 'Tiêu chí thành phần', 2.5000, 'MANUAL', null),"
        + " (9101, '1.2', '1', 4, 'Tiêu chí lá', 5.0000, 'BINARY', null),"
        + " (9102, '7.1', '7', 1, 'Tiêu chí của bộ khác', 4.0000, 'MANUAL', null)",
    "insert into assessment (id, unit_id, index_year, set_id, stage, created_at) values"
        + " (9201, 9002, 2024, 9101, 'PUBLISHED', timestamp '2025-02-01 09:00:00')",
    "insert into assessment_entry (assessment_id, code, points) values (9201, '1', 8.5000),"
        + " (9201, '1.1', 4.0000), (9201, '1.1.1', 2.0000), (9201, '1.2', null),"
        + " (9201, '7.1', 3.0000), (9201, '9.9', 1.0000)",
  };

  static final List<String> EXPECTED =
      List.of("1:2:-", "1.1:0:-", "1.1.1:1:2.5", "1.2:1:5", "7.1:0:-", "9.9:0:-");

  @Test
  void backfillsExistingEntriesOnH2() throws SQLException {
    Backfills.onH2("134", ROWS, EntryCriterionMigrationTest::checks);
  }

  @Test
  void backfillsExistingEntriesOnPostgresql() throws SQLException {
    Backfills.onPostgresql("134", ROWS, EntryCriterionMigrationTest::checks);
  }

  private static void checks(Statement s) throws SQLException {
    List<String> stored = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "select code, criterion_kind, leaf_max from assessment_entry"
                + " where assessment_id = 9201 order by code")) {
      while (rs.next()) {
        BigDecimal max = rs.getBigDecimal(3);
        stored.add(
            rs.getString(1)
                + ":"
                + rs.getInt(2)
                + ":"
                + (max == null ? "-" : max.stripTrailingZeros().toPlainString()));
      }
    }
    assertThat(stored).containsExactlyElementsOf(EXPECTED);
    assertThatThrownBy(
            () ->
                s.execute(
                    "insert into assessment_entry (assessment_id, code, criterion_kind)"
                        + " values (9201, '2.1', 1)"))
        .as("a leaf without its maximum")
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(
            () ->
                s.execute(
                    "insert into assessment_entry (assessment_id, code, leaf_max)"
                        + " values (9201, '2.2', 1)"))
        .as("a maximum on an entry whose criterion is not recorded")
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(
            () ->
                s.execute(
                    "insert into assessment_entry (assessment_id, code, criterion_kind)"
                        + " values (9201, '2.3', 5)"))
        .as("an unknown kind")
        .isInstanceOf(SQLException.class);
  }
}
