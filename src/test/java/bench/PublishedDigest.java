package bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SHA-256 over everything a publication stores for a round's units, without generated ids,
 * moments or line keys (random): the frozen figures, the published assessments with their entries,
 * and the plans with their texts, sections and lines. Equal before and after a change to how
 * publication writes: the same results, byte for byte.
 */
final class PublishedDigest {

  private static final String UNITS =
      " join round_unit r on r.unit_id = a.unit_id and r.round_id = ?"
          + " join index_round x on x.id = r.round_id and a.index_year = x.index_year"
          + " join unit u on u.id = a.unit_id";

  private static final String PLANS =
      " join plan p on p.id = t.plan_id and p.current_mark = 1"
          + " join assessment a on a.id = p.assessment_id and a.stage = 'PUBLISHED'"
          + " and a.current_mark = 1"
          + UNITS;

  private static final List<String> QUERIES =
      List.of(
          "select u.code, r.state, r.total_points, r.percent, r.rank_no, r.band from round_unit r"
              + " join unit u on u.id = r.unit_id where r.round_id = ? order by u.code",
          "select u.code, a.set_id, a.stage, a.reported_total, a.stated_loss, a.source_name,"
              + " a.stated_rank, a.stated_rank_of, a.stated_rank_change from assessment a"
              + UNITS
              + " where a.stage = 'PUBLISHED' and a.current_mark = 1 order by u.code",
          "select u.code, e.code, e.points, e.rate, e.numerator, e.denominator, e.count_value,"
              + " e.level_value, e.done, e.answers, e.reason, e.measure, e.note, e.source_text,"
              + " e.source_row, e.criterion_kind, e.leaf_max from assessment_entry e"
              + " join assessment a on a.id = e.assessment_id"
              + UNITS
              + " where a.stage = 'PUBLISHED' and a.current_mark = 1 order by u.code, e.code",
          "select u.code, t.plan_year, t.doc_number, t.authority_upper, t.authority_unit,"
              + " t.unit_label, t.place, t.issue_day, t.issue_month, t.issue_year, t.title,"
              + " t.subject, t.appendix_title, t.closing, t.signer_authority, t.signer_title,"
              + " t.signer_name, t.row_version from plan t"
              + " join assessment a on a.id = t.assessment_id and a.stage = 'PUBLISHED'"
              + " and a.current_mark = 1"
              + UNITS
              + " where t.current_mark = 1 order by u.code",
          "select u.code, t.kind, t.section_position, t.position, t.content from plan_text t"
              + PLANS
              + " order by u.code, t.kind, t.section_position nulls first, t.position",
          "select u.code, t.position, t.heading, t.responsible from plan_section t"
              + PLANS
              + " order by u.code, t.position",
          "select u.code, t.position, t.area, t.code, t.content, t.max_points, t.points, t.reason,"
              + " t.measure, t.responsible, t.deadline, t.note, t.loss_kind from plan_line t"
              + PLANS
              + " order by u.code, t.position");

  static String of(JdbcTemplate jdbc, long round) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    StringBuilder counts = new StringBuilder();
    for (String sql : QUERIES) {
      int[] rows = {0};
      jdbc.query(
          sql,
          rs -> {
            rows[0]++;
            int columns = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= columns; i++) {
              String value = rs.getString(i);
              digest.update((value == null ? "\\N" : value).getBytes(StandardCharsets.UTF_8));
              digest.update((byte) (i == columns ? '\n' : '\t'));
            }
          },
          round);
      counts.append(counts.isEmpty() ? "" : "/").append(rows[0]);
    }
    return HexFormat.of().formatHex(digest.digest()) + " (rows " + counts + ")";
  }

  private PublishedDigest() {}
}
