package vn.parindex.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which assessment stands for a unit's year, for the features that chart or compare years
 * (dashboards, plan recovery): a PUBLISHED one if any, else the newest, as the ranking chooses. One
 * query per call.
 */
@Repository
public class AssessmentYears {

  /**
   * An assessment of a year, at its row version, with the rank its published result states ({@code
   * statedRank} of {@code statedRankOf} units), when it states one.
   */
  public record YearAssessment(
      long id, int year, String stage, int version, Integer statedRank, Integer statedRankOf) {}

  private final JdbcClient jdbc;

  AssessmentYears(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One assessment per year of a unit, newest year first. */
  public List<YearAssessment> byYear(long unitId) {
    Map<Integer, YearAssessment> chosen = new LinkedHashMap<>();
    jdbc.sql(
            "select id, index_year, stage, row_version, stated_rank, stated_rank_of from assessment"
                + " where unit_id = ?"
                + " order by index_year desc, case when stage = 'PUBLISHED' then 0 else 1 end,"
                + " id desc")
        .param(unitId)
        .query(
            (rs, n) ->
                new YearAssessment(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getObject(5, Integer.class),
                    rs.getObject(6, Integer.class)))
        .list()
        .forEach(a -> chosen.putIfAbsent(a.year(), a));
    return List.copyOf(chosen.values());
  }

  /** The unit's assessment of that year, if it has one. */
  public Optional<YearAssessment> ofYear(long unitId, int year) {
    return byYear(unitId).stream().filter(a -> a.year() == year).findFirst();
  }

  /** The newest year any of these units has scores for; null when none has. */
  public Integer latestYear(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return null;
    }
    return jdbc.sql("select max(index_year) from assessment where unit_id in (:units)")
        .param("units", unitIds)
        .query(Integer.class)
        .optional()
        .orElse(null);
  }
}
