package vn.parindex.assessment.publicresults;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only reads of the public results, each filtered to PUBLISHED current assessments: whatever a
 * caller asks, a draft, a self-assessment or a replaced version cannot come out of here.
 */
@Repository
class PublishedQueries {

  private static final String PUBLISHED = " stage = 'PUBLISHED' and current_mark = 1";

  private final JdbcClient jdbc;

  PublishedQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A published assessment at its row version (so its cached scorecard is used as it is). */
  record Published(long id, int version) {}

  /** Per unit, its published assessment of the year (the newest when there are several). */
  Map<Long, Published> publishedOf(Collection<Long> unitIds, int year) {
    Map<Long, Published> chosen = new HashMap<>();
    if (unitIds.isEmpty()) {
      return chosen;
    }
    jdbc.sql(
            "select unit_id, id, row_version from assessment where"
                + PUBLISHED
                + " and index_year = :year and unit_id in (:units)")
        .param("year", year)
        .param("units", unitIds)
        .query(
            (ResultSet rs) -> {
              chosen.merge(
                  rs.getLong(1),
                  new Published(rs.getLong(2), rs.getInt(3)),
                  (a, b) -> a.id() > b.id() ? a : b);
            });
    return chosen;
  }

  /**
   * The years the parent has published results for, newest first: its own units' or those ranked
   * under it (a round's parent above their own).
   */
  List<Integer> years(long parentId, Collection<Long> unitIds) {
    return jdbc.sql(
            "select distinct index_year from assessment where"
                + PUBLISHED
                + " and ("
                + (unitIds.isEmpty() ? "" : "unit_id in (:units) or ")
                + "ranking_parent_id = :parent) order by index_year desc")
        .paramSource(params(parentId, unitIds))
        .query(Integer.class)
        .list();
  }

  /** The units whose published result of the year was ranked under the parent (by a round). */
  Set<Long> rankedUnder(long parentId, int year) {
    return new HashSet<>(
        jdbc.sql(
                "select unit_id from assessment where"
                    + PUBLISHED
                    + " and index_year = :year and ranking_parent_id = :parent")
            .param("year", year)
            .param("parent", parentId)
            .query(Long.class)
            .list());
  }

  /** Every unit with at least one published result. */
  Set<Long> unitsWithResults() {
    return new HashSet<>(
        jdbc.sql("select distinct unit_id from assessment where" + PUBLISHED)
            .query(Long.class)
            .list());
  }

  /** Every unit a published result was ranked under (a round's parent). */
  Set<Long> rankingParents() {
    return new HashSet<>(
        jdbc.sql(
                "select distinct ranking_parent_id from assessment where"
                    + PUBLISHED
                    + " and ranking_parent_id is not null")
            .query(Long.class)
            .list());
  }

  private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(
      long parentId, Collection<Long> unitIds) {
    var params =
        new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("parent", parentId);
    if (!unitIds.isEmpty()) {
      params.addValue("units", unitIds);
    }
    return params;
  }
}
