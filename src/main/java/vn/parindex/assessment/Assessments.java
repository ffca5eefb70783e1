package vn.parindex.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.AuditLog;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;

/** The assessment repository: the assessment feature's public API for loading and saving scores. */
@Repository
public class Assessments {

  private static final String COLUMNS =
      "id, unit_id, index_year, set_id, stage, reported_total, stated_loss, source_name, created_at,"
          + " stated_rank, stated_rank_of, stated_rank_change";

  /** The entity type of an assessment's changes in the audit trail. */
  public static final String AUDIT_TYPE = "ASSESSMENT";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Assessments(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  private static final int INSERT_CHUNK = 500;

  @Transactional
  public Assessment save(Assessment a) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into assessment (unit_id, index_year, set_id, stage, reported_total, stated_loss,"
                + " source_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.unitId(),
            a.year(),
            a.criteriaSetId(),
            a.stage().name(),
            a.reportedTotal(),
            a.statedLoss(),
            a.sourceName(),
            a.createdAt())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    StatedRank rank = a.statedRank();
    if (!rank.isEmpty()) {
      jdbc.sql(
              "update assessment set stated_rank = ?, stated_rank_of = ?, stated_rank_change = ?"
                  + " where id = ?")
          .params(rank.rank(), rank.of(), rank.change(), id)
          .update();
    }
    insertEntries(id, a.entries());
    audit.record(AUDIT_TYPE, id, "imported", null, a.sourceName() == null ? "—" : a.sourceName());
    return a.withId(id);
  }

  /** Replaces one entry's recorded values (used by edits; the audit trail records the change). */
  @Transactional
  public void saveEntry(long assessmentId, AssessmentEntry e) {
    EntryChanges.Recorded before =
        jdbc.sql(
                "select points, reason, measure, note from assessment_entry"
                    + " where assessment_id = ? and code = ?")
            .params(assessmentId, e.code().value())
            .query(
                (rs, n) ->
                    new EntryChanges.Recorded(
                        rs.getBigDecimal(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .optional()
            .orElse(EntryChanges.Recorded.NONE);
    for (EntryChanges.Change c : EntryChanges.between(e.code(), before, e)) {
      audit.record(AUDIT_TYPE, assessmentId, c.field(), c.oldValue(), c.newValue());
    }
    jdbc.sql("delete from assessment_entry where assessment_id = ? and code = ?")
        .params(assessmentId, e.code().value())
        .update();
    insertEntry(assessmentId, e);
    jdbc.sql("update assessment set row_version = row_version + 1 where id = ?")
        .param(assessmentId)
        .update();
  }

  /** The assessment's row version (moves on with each entry saved); empty for an unknown id. */
  public Optional<Integer> version(long id) {
    return jdbc.sql("select row_version from assessment where id = ?")
        .param(id)
        .query(Integer.class)
        .optional();
  }

  private void insertEntry(long assessmentId, AssessmentEntry e) {
    insertEntries(assessmentId, List.of(e));
  }

  /** Many rows per statement: one statement an entry made a large table's import slow. */
  private void insertEntries(long assessmentId, List<AssessmentEntry> entries) {
    for (int from = 0; from < entries.size(); from += INSERT_CHUNK) {
      List<AssessmentEntry> chunk =
          entries.subList(from, Math.min(entries.size(), from + INSERT_CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() * 15);
      for (AssessmentEntry e : chunk) {
        ScoreInput in = e.input();
        params.addAll(
            Arrays.asList(
                assessmentId,
                e.code().value(),
                e.points(),
                in.rate(),
                in.numerator(),
                in.denominator(),
                in.count(),
                in.level(),
                in.done(),
                Answers.format(in.answers()),
                e.reason(),
                e.measure(),
                e.note(),
                e.sourceText(),
                e.sourceRow()));
      }
      jdbc.sql(
              "insert into assessment_entry (assessment_id, code, points, rate, numerator,"
                  + " denominator, count_value, level_value, done, answers, reason, measure, note,"
                  + " source_text, source_row) values "
                  + String.join(
                      ", ",
                      Collections.nCopies(
                          chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
          .params(params)
          .update();
    }
  }

  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public Optional<Assessment> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from assessment where id = ?")
        .param(id)
        .query((rs, n) -> load(rs))
        .optional();
  }

  /** Assessments of a unit, newest year first, latest stage first. */
  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public List<Assessment> findByUnit(long unitId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from assessment where unit_id = ? order by index_year desc, id desc")
        .param(unitId)
        .query((rs, n) -> load(rs))
        .list();
  }

  /** The newest assessment of a unit for a year, if any. */
  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public Optional<Assessment> findLatest(long unitId, int year) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from assessment where unit_id = ? and index_year = ? order by id desc")
        .params(unitId, year)
        .query((rs, n) -> load(rs))
        .list()
        .stream()
        .findFirst();
  }

  /** A summary row for lists. */
  public record Summary(
      long id,
      long unitId,
      String unitName,
      int year,
      AssessmentStage stage,
      String sourceName,
      LocalDateTime createdAt) {}

  public List<Summary> list() {
    return jdbc.sql(
            "select a.id, a.unit_id, u.name, a.index_year, a.stage, a.source_name, a.created_at"
                + " from assessment a join unit u on u.id = a.unit_id order by a.id desc")
        .query(
            (rs, n) ->
                new Summary(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getInt(4),
                    AssessmentStage.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getObject(7, LocalDateTime.class)))
        .list();
  }

  private Assessment load(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<AssessmentEntry> entries =
        jdbc.sql(
                "select code, points, rate, numerator, denominator, count_value, level_value,"
                    + " done, answers, reason, measure, note, source_text, source_row"
                    + " from assessment_entry where assessment_id = ? order by id")
            .param(id)
            .query((r, n) -> mapEntry(r))
            .list();
    return new Assessment(
            id,
            rs.getLong("unit_id"),
            rs.getInt("index_year"),
            rs.getLong("set_id"),
            AssessmentStage.valueOf(rs.getString("stage")),
            rs.getBigDecimal("reported_total"),
            rs.getBigDecimal("stated_loss"),
            rs.getString("source_name"),
            rs.getObject("created_at", LocalDateTime.class),
            entries)
        .withStatedRank(
            new StatedRank(
                (Integer) rs.getObject("stated_rank", Integer.class),
                (Integer) rs.getObject("stated_rank_of", Integer.class),
                (Integer) rs.getObject("stated_rank_change", Integer.class)));
  }

  private static AssessmentEntry mapEntry(ResultSet r) throws SQLException {
    ScoreInput input =
        new ScoreInput(
            null,
            (Boolean) r.getObject("done", Boolean.class),
            r.getString("level_value"),
            r.getBigDecimal("rate"),
            r.getBigDecimal("numerator"),
            r.getBigDecimal("denominator"),
            (Integer) r.getObject("count_value", Integer.class),
            Answers.parse(r.getString("answers")));
    BigDecimal points = r.getBigDecimal("points");
    if (points != null && input.isEmpty()) {
      input = ScoreInput.ofPoints(points);
    }
    return new AssessmentEntry(
        CriterionCode.of(r.getString("code")),
        points,
        input,
        r.getString("reason"),
        r.getString("measure"),
        r.getString("note"),
        r.getString("source_text"),
        (Integer) r.getObject("source_row", Integer.class));
  }

  /** Survey answers stored compactly as "A=10;B=3". */
  public static final class Answers {
    private Answers() {}

    static String format(Map<String, Integer> answers) {
      if (answers == null || answers.isEmpty()) {
        return null;
      }
      StringBuilder text = new StringBuilder();
      answers.forEach(
          (k, v) -> text.append(text.isEmpty() ? "" : ";").append(k).append('=').append(v));
      return text.toString();
    }

    public static Map<String, Integer> parse(String text) {
      Map<String, Integer> answers = new LinkedHashMap<>();
      if (text != null && !text.isBlank()) {
        for (String pair : text.split(";")) {
          String[] kv = pair.split("=", 2);
          answers.put(kv[0], Integer.valueOf(kv[1]));
        }
      }
      return answers;
    }
  }
}
