package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V146 writes on every evidence link already stored the round unit of its entry, on H2 and on
 * PostgreSQL, and from then on refuses a link whose unit is not its entry's.
 */
class EntryEvidenceUnitMigrationTest {

  /** The rows as an earlier release wrote them: links without their unit. */
  static final String[] ROWS = {
    "insert into unit (id, code, name, type, parent_id, demo) values"
        + " (9001, 'EV', 'Tỉnh Thử', 'PROVINCE', null, false),"
        + " (9002, 'EV-1', 'Xã Một', 'COMMUNE', 9001, false),"
        + " (9003, 'EV-2', 'Xã Hai', 'COMMUNE', 9001, false)",
    "insert into criteria_set (id, name, index_year, unit_type, version, partial, source,"
        + " created_at) values (9101, 'Bộ thử', 2026, 'COMMUNE', 1, false, 't',"
        + " timestamp '2026-01-10 08:00:00')",
    "insert into index_round (id, index_year, parent_unit_id, set_id, self_from, self_to,"
        + " round1_due, explanation_due, round2_due, publication_on, created_at) values"
        + " (9201, 2026, 9001, 9101, date '2026-01-01', date '2026-02-01', date '2026-03-01',"
        + " date '2026-03-15', date '2026-04-01', date '2026-05-01', timestamp '2026-01-01"
        + " 08:00:00')",
    "insert into round_unit (id, round_id, unit_id, state) values (9301, 9201, 9002, 'DRAFT'),"
        + " (9302, 9201, 9003, 'DRAFT')",
    "insert into round_entry (id, round_unit_id, code) values (9401, 9301, '1.1'),"
        + " (9402, 9301, '1.2'), (9403, 9302, '1.1')",
    "insert into evidence_document (id, unit_id, sha256, size_bytes, content_type, original_name,"
        + " doc_number, doc_date, issuer, title, uploaded_at) values (9501, 9002, 'a', 1,"
        + " 'application/pdf', 'a.pdf', '1/KH', date '2026-01-05', 'UBND', 'Kế hoạch',"
        + " timestamp '2026-01-05 08:00:00'), (9502, 9003, 'b', 1, 'application/pdf', 'b.pdf',"
        + " '2/KH', date '2026-01-06', 'UBND', 'Báo cáo', timestamp '2026-01-06 08:00:00')",
    "insert into round_entry_evidence (entry_id, document_id, purpose) values"
        + " (9401, 9501, 'SELF'), (9402, 9501, 'SELF'), (9402, 9501, 'EXPLANATION'),"
        + " (9403, 9502, 'SELF')",
  };

  @Test
  void backfillsExistingLinksOnH2() throws SQLException {
    Backfills.onH2("146", ROWS, EntryEvidenceUnitMigrationTest::checks);
  }

  @Test
  void backfillsExistingLinksOnPostgresql() throws SQLException {
    Backfills.onPostgresql("146", ROWS, EntryEvidenceUnitMigrationTest::checks);
  }

  private static void checks(Statement s) throws SQLException {
    List<String> stored = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "select entry_id, purpose, round_unit_id from round_entry_evidence"
                + " order by entry_id, purpose")) {
      while (rs.next()) {
        stored.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getLong(3));
      }
    }
    assertThat(stored)
        .containsExactly(
            "9401:SELF:9301", "9402:EXPLANATION:9301", "9402:SELF:9301", "9403:SELF:9302");
    assertThatThrownBy(
            () ->
                s.execute(
                    "insert into round_entry_evidence (entry_id, round_unit_id, document_id,"
                        + " purpose) values (9403, 9301, 9501, 'EXPLANATION')"))
        .as("a link under another unit than its entry's")
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(
            () ->
                s.execute(
                    "insert into round_entry_evidence (entry_id, document_id, purpose)"
                        + " values (9403, 9502, 'EXPLANATION')"))
        .as("a link without its unit")
        .isInstanceOf(SQLException.class);
    s.execute("delete from round_entry where id = 9402");
    try (ResultSet rs = s.executeQuery("select count(*) from round_entry_evidence")) {
      rs.next();
      assertThat(rs.getInt(1)).as("an entry's links go with it").isEqualTo(2);
    }
  }
}
