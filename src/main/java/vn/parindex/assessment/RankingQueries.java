package vn.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;

/**
 * Loads every peer's assessment of a year in two queries (headers, then all their entries), so a
 * ranking of 3,000 communes does not become 3,000 round trips.
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
   * any, the newest otherwise. Entries included. Keyed by unit id.
   */
  Map<Long, Assessment> peerAssessments(long parentId, int year) {
    Map<Long, Header> chosen = new HashMap<>();
    jdbc.sql(
            "select a.id, a.unit_id, a.set_id, a.stage, a.reported_total, a.stated_loss,"
                + " a.source_name, a.created_at from assessment a join unit u on u.id = a.unit_id"
                + " where u.parent_id = ? and a.index_year = ?")
        .params(parentId, year)
        .query(RankingQueries::header)
        .list()
        .forEach(h -> chosen.merge(h.unitId(), h, RankingQueries::preferred));
    if (chosen.isEmpty()) {
      return Map.of();
    }
    Map<Long, Header> byId = new HashMap<>();
    chosen.values().forEach(h -> byId.put(h.id(), h));
    Map<Long, List<AssessmentEntry>> entries = new HashMap<>();
    Map<String, CriterionCode> codes = new HashMap<>();
    String scope =
        " from assessment_entry e join assessment a on a.id = e.assessment_id"
            + " join unit u on u.id = a.unit_id where u.parent_id = ? and a.index_year = ?";
    // Most entries carry points only: three columns for those, all columns for the rest.
    jdbc.sql("select e.assessment_id, e.code, e.points" + scope + " and " + NO_INPUT)
        .params(parentId, year)
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong(1);
              if (byId.containsKey(id)) {
                entries.computeIfAbsent(id, k -> new ArrayList<>()).add(entry(rs, codes));
              }
            });
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
              if (byId.containsKey(id)) {
                entries.computeIfAbsent(id, k -> new ArrayList<>()).add(entryWithInput(rs, codes));
              }
            });
    Map<Long, Assessment> result = new LinkedHashMap<>();
    for (Header h : chosen.values()) {
      result.put(h.unitId(), h.toAssessment(year, entries.getOrDefault(h.id(), List.of())));
    }
    return result;
  }

  private static Header preferred(Header a, Header b) {
    boolean aPublished = a.stage() == AssessmentStage.PUBLISHED;
    boolean bPublished = b.stage() == AssessmentStage.PUBLISHED;
    if (aPublished != bPublished) {
      return aPublished ? a : b;
    }
    return a.id() > b.id() ? a : b;
  }

  private static Header header(ResultSet rs, int row) throws SQLException {
    return new Header(
        rs.getLong("id"),
        rs.getLong("unit_id"),
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

  private record Header(
      long id,
      long unitId,
      long setId,
      AssessmentStage stage,
      java.math.BigDecimal reportedTotal,
      java.math.BigDecimal statedLoss,
      String sourceName,
      LocalDateTime createdAt) {

    Assessment toAssessment(int year, List<AssessmentEntry> entries) {
      return new Assessment(
          id,
          unitId,
          year,
          setId,
          stage,
          reportedTotal,
          statedLoss,
          sourceName,
          createdAt,
          entries);
    }
  }
}
