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
 * Loads every peer's assessment of a year in one query (headers with their leaf sums) and, only for
 * assessments the sums cannot stand for, one or two more (their entries), so a ranking of 3,000
 * communes does not become 3,000 round trips.
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
   * any, the newest otherwise, with its unit's code and name and the points its leaves lost, summed
   * by the database; keyed by unit id, entries not loaded. Without a reported total, the sum is of
   * the leaves that record points, and {@code needsEntries} tells an assessment with entries the
   * sum cannot stand for (a leaf scored from inputs, an area subtotal, an entry whose criterion was
   * not recorded). Each entry carries what its criterion is ({@link EntryCriterion}, written at
   * every save, the leaf's maximum with it): the sum reads entries alone, whatever the set, and
   * ignores entries of other criteria (an inner one, a code not in the set).
   */
  Map<Long, RankingHeader> headers(long parentId, int year) {
    List<RankingHeader> rows = new ArrayList<>();
    Map<Long, LeafSum> sums = new HashMap<>();
    // One statement, one round trip: the headers, then the sums, as a union of two parts each
    // planned on its own. Joined to the grouped sums (left join), H2 re-ran the aggregate per
    // header (twice the floor's CPU), and the sums left-joined from the headers cost PostgreSQL its
    // parallel plan. The peers' assessments are a distinct derived table, so PostgreSQL hashes
    // their ids and probes each entry once (joined flat it probed the assessment, then the unit;
    // as "in (select ...)" H2 re-runs the subquery per entry).
    jdbc.sql(
            "select a.id, a.unit_id, u.code, u.name, a.set_id, a.stage, a.reported_total,"
                + " a.stated_loss, a.source_name, a.created_at, null as lost, null as odd"
                + " from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ? and a.index_year = ?"
                + " union all select e.assessment_id, null, null, null, null, null, null, null,"
                + " null, null, sum(e.leaf_max - e.points),"
                + " count(*) filter (where e.criterion_kind is null or e.criterion_kind = "
                + EntryCriterion.LEAF
                + " and e.points is null or e.criterion_kind = "
                + EntryCriterion.AREA
                + " and e.points is not null)"
                + " from (select distinct a.id from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ? and a.index_year = ? and a.reported_total is null) p"
                + " join assessment_entry e on e.assessment_id = p.id"
                + " group by e.assessment_id")
        .params(parentId, year, parentId, year)
        .query(
            (ResultSet rs) -> {
              // A sum's row has no stage (never null in a header: the column is not null).
              if (rs.getString(6) == null) {
                sums.put(rs.getLong(1), new LeafSum(rs.getBigDecimal(11), rs.getLong(12) > 0));
              } else {
                rows.add(header(rs));
              }
            });
    Map<Long, RankingHeader> chosen = new HashMap<>();
    for (RankingHeader row : rows) {
      LeafSum sum = sums.get(row.id());
      RankingHeader h =
          row.reportedTotal() != null
              ? row
              : row.withLeafSum(
                  sum == null || sum.lost() == null ? BigDecimal.ZERO : sum.lost(),
                  sum != null && sum.needsEntries());
      chosen.merge(h.unitId(), h, RankingQueries::preferred);
    }
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

  /** Per assessment, the points its leaves lost and whether its entries must be read. */
  private record LeafSum(BigDecimal lost, boolean needsEntries) {}

  /** By column index, as selected in {@link #headers}; no sum yet. */
  private static RankingHeader header(ResultSet rs) throws SQLException {
    return new RankingHeader(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        AssessmentStage.valueOf(rs.getString(6)),
        rs.getBigDecimal(7),
        rs.getBigDecimal(8),
        rs.getString(9),
        rs.getObject(10, LocalDateTime.class),
        null,
        false);
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
