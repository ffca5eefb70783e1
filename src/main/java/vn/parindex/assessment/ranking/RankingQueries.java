package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.EntryCriterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;

/**
 * Loads every peer's assessment of a year in two or three queries (headers, then their entries), so
 * a ranking of 3,000 communes does not become 3,000 round trips.
 */
@Repository
class RankingQueries {

  private static final String NO_INPUT =
      "(e.rate is null and e.numerator is null and e.denominator is null and e.count_value is null"
          + " and e.level_value is null and e.done is null and e.answers is null)";

  private final JdbcClient jdbc;

  RankingQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The assessment each child of {@code parentId} is ranked on in {@code year}: a PUBLISHED one if
   * any, the newest otherwise, with its unit's code and name. Keyed by unit id; entries not loaded.
   */
  Map<Long, RankingHeader> headers(long parentId, int year) {
    Map<Long, RankingHeader> chosen = new HashMap<>();
    jdbc.sql(
            "select a.id, a.unit_id, u.code, u.name, a.set_id, a.stage, a.reported_total,"
                + " a.stated_loss, a.source_name, a.created_at"
                + " from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ? and a.index_year = ?")
        .params(parentId, year)
        .query(RankingQueries::header)
        .list()
        .forEach(h -> chosen.merge(h.unitId(), h, RankingQueries::preferred));
    return chosen;
  }

  /** The newest year any child of {@code parentId} has scores for; null when none has. */
  Integer latestYear(long parentId) {
    return jdbc.sql(
            "select max(a.index_year) from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ?")
        .param(parentId)
        .query(Integer.class)
        .optional()
        .orElse(null);
  }

  /** Points lost on listed leaves, summed by the database, and whether entries must be read. */
  record LeafLoss(BigDecimal lost, boolean needsEntries) {}

  /**
   * For one criteria set: per assessment, the points lost on leaves that record points, and whether
   * it has entries the sum cannot stand for (a leaf scored from inputs, an area subtotal, an entry
   * whose criterion was not recorded). Each entry carries what its criterion is ({@link
   * EntryCriterion}, written at every save): the sum reads entries alone, no join to the criteria
   * on the code, and entries of other criteria (an inner one, a code not in the set) are ignored.
   */
  Map<Long, LeafLoss> leafLosses(long parentId, int year, long setId) {
    Map<Long, LeafLoss> result = new HashMap<>();
    // The peers' assessments first, as a distinct derived table: PostgreSQL then hashes their
    // 3,321 ids and probes each entry once (joined flat it probes the assessment, then the unit;
    // as "in (select ...)" H2 re-runs the subquery per entry). leaf_max is null off leaves.
    jdbc.sql(
            "select e.assessment_id, coalesce(sum(e.leaf_max - e.points), 0),"
                + " count(*) filter (where e.criterion_kind is null or e.criterion_kind = "
                + EntryCriterion.LEAF
                + " and e.points is null or e.criterion_kind = "
                + EntryCriterion.AREA
                + " and e.points is not null)"
                + " from (select distinct a.id from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ? and a.index_year = ? and a.set_id = ?) p"
                + " join assessment_entry e on e.assessment_id = p.id"
                + " group by e.assessment_id")
        .params(parentId, year, setId)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), new LeafLoss(rs.getBigDecimal(2), rs.getLong(3) > 0));
            });
    return result;
  }

  /**
   * The entries of these assessments (all among the children of {@code parentId} in {@code year}).
   */
  Map<Long, List<AssessmentEntry>> entries(long parentId, int year, Set<Long> ids) {
    Map<Long, List<AssessmentEntry>> entries = new HashMap<>();
    Map<String, CriterionCode> codes = new HashMap<>();
    String scope =
        " from assessment_entry e join assessment a on a.id = e.assessment_id"
            + " join unit u on u.id = a.unit_id where u.parent_id = ? and a.index_year = ?";
    // Most entries carry points only: one pass for points and a flag, a second only for inputs.
    boolean[] anyInput = {false};
    jdbc.sql(
            "select e.assessment_id, e.code, e.points, case when "
                + NO_INPUT
                + " then 0 else 1 end"
                + scope)
        .params(parentId, year)
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong(1);
              if (rs.getInt(4) == 1) {
                anyInput[0] = true;
              } else if (ids.contains(id)) {
                entries.computeIfAbsent(id, k -> new ArrayList<>()).add(entry(rs, codes));
              }
            });
    if (anyInput[0]) {
      jdbc.sql(
              "select e.assessment_id, e.code, e.points, e.rate, e.numerator, e.denominator,"
                  + " e.count_value, e.level_value, e.done, e.answers"
                  + scope
                  + " and not "
                  + NO_INPUT)
          .params(parentId, year)
          .query(
              (ResultSet rs) -> {
                long id = rs.getLong(1);
                if (ids.contains(id)) {
                  entries
                      .computeIfAbsent(id, k -> new ArrayList<>())
                      .add(entryWithInput(rs, codes));
                }
              });
    }
    return entries;
  }

  private static RankingHeader preferred(RankingHeader a, RankingHeader b) {
    boolean aPublished = a.stage() == AssessmentStage.PUBLISHED;
    boolean bPublished = b.stage() == AssessmentStage.PUBLISHED;
    if (aPublished != bPublished) {
      return aPublished ? a : b;
    }
    return a.id() > b.id() ? a : b;
  }

  private static RankingHeader header(ResultSet rs, int row) throws SQLException {
    return new RankingHeader(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getLong("set_id"),
        AssessmentStage.valueOf(rs.getString("stage")),
        rs.getBigDecimal("reported_total"),
        rs.getBigDecimal("stated_loss"),
        rs.getString("source_name"),
        rs.getObject("created_at", LocalDateTime.class));
  }

  private static AssessmentEntry entry(ResultSet rs, Map<String, CriterionCode> codes)
      throws SQLException {
    var points = rs.getBigDecimal(3);
    return new AssessmentEntry(
        codes.computeIfAbsent(rs.getString(2), CriterionCode::of),
        points,
        points == null ? ScoreInput.none() : ScoreInput.ofPoints(points),
        null,
        null,
        null,
        null,
        null);
  }

  private static AssessmentEntry entryWithInput(ResultSet rs, Map<String, CriterionCode> codes)
      throws SQLException {
    ScoreInput input =
        new ScoreInput(
            null,
            (Boolean) rs.getObject(9, Boolean.class),
            rs.getString(8),
            rs.getBigDecimal(4),
            rs.getBigDecimal(5),
            rs.getBigDecimal(6),
            (Integer) rs.getObject(7, Integer.class),
            Assessments.Answers.parse(rs.getString(10)));
    return new AssessmentEntry(
        codes.computeIfAbsent(rs.getString(2), CriterionCode::of),
        rs.getBigDecimal(3),
        input,
        null,
        null,
        null,
        null,
        null);
  }
}
