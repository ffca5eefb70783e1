package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A round's survey import and its points (tables round_survey, round_survey_point). */
@Repository
class SurveyPoints {

  /** The last import of a round: which file, how many rows, who and when, and its version. */
  record Imported(String fileName, int rows, String by, LocalDateTime at, int version) {}

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  SurveyPoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Imported> last(long roundId) {
    return jdbc.sql(
            "select file_name, row_count, imported_by, imported_at, version from round_survey"
                + " where round_id = ?")
        .param(roundId)
        .query(
            (rs, n) ->
                new Imported(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDateTime.class),
                    rs.getInt(5)))
        .optional();
  }

  /** Every point of the round: round unit → (leaf code → points). */
  Map<Long, Map<String, BigDecimal>> ofRound(long roundId) {
    Map<Long, Map<String, BigDecimal>> points = new HashMap<>();
    jdbc.sql(
            "select p.round_unit_id, p.code, p.points from round_survey_point p"
                + " join round_unit u on u.id = p.round_unit_id where u.round_id = ?")
        .param(roundId)
        .query(
            rs -> {
              points
                  .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                  .put(rs.getString(2), rs.getBigDecimal(3));
            });
    return points;
  }

  Map<String, BigDecimal> ofUnit(long roundUnitId) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    jdbc.sql("select code, points from round_survey_point where round_unit_id = ? order by code")
        .param(roundUnitId)
        .query(
            rs -> {
              points.put(rs.getString(1), rs.getBigDecimal(2));
            });
    return Collections.unmodifiableMap(points);
  }

  /** Replaces every point of the round and records the import as the next version. */
  void replace(
      long roundId,
      Optional<Imported> before,
      List<SurveyFile.Point> points,
      String fileName,
      String by,
      LocalDateTime at) {
    jdbc.sql(
            "delete from round_survey_point where round_unit_id in"
                + " (select id from round_unit where round_id = ?)")
        .param(roundId)
        .update();
    for (int from = 0; from < points.size(); from += CHUNK) {
      List<SurveyFile.Point> chunk = points.subList(from, Math.min(points.size(), from + CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() * 3);
      for (SurveyFile.Point p : chunk) {
        params.add(p.roundUnitId());
        params.add(p.code());
        params.add(p.points());
      }
      jdbc.sql(
              "insert into round_survey_point (round_unit_id, code, points) values "
                  + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")))
          .params(params)
          .update();
    }
    if (before.isEmpty()) {
      jdbc.sql(
              "insert into round_survey (round_id, file_name, row_count, imported_by, imported_at)"
                  + " values (?, ?, ?, ?, ?)")
          .params(roundId, fileName, points.size(), by, at)
          .update();
    } else {
      jdbc.sql(
              "update round_survey set file_name = ?, row_count = ?, imported_by = ?,"
                  + " imported_at = ?, version = version + 1 where round_id = ?")
          .params(fileName, points.size(), by, at, roundId)
          .update();
    }
  }
}
