package vn.parindex.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.input.ConflictException;
import vn.parindex.page.Times;

/**
 * The versions of a unit's scores for a year and round: one current (current_mark 1, unique among
 * current rows), the replaced ones kept readable.
 */
@Repository
public class AssessmentVersions {

  private final JdbcClient jdbc;

  AssessmentVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One stored version of a unit's scores for a year and round. */
  public record Version(
      long id, AssessmentStage stage, String sourceName, LocalDateTime createdAt, boolean current) {
    /** When it was stored, as a reader in Vietnam writes it ("05/12/2026 08:30"). */
    public String when() {
      return Times.dateTime(createdAt);
    }
  }

  /** The current version of a unit's scores for a year and round, if any. */
  public Optional<Version> current(long unitId, int year, AssessmentStage stage) {
    return jdbc.sql(
            "select id, stage, source_name, created_at, current_mark from assessment"
                + " where unit_id = ? and index_year = ? and stage = ? and current_mark = 1")
        .params(unitId, year, stage.name())
        .query(AssessmentVersions::version)
        .optional();
  }

  /** Every version of the same unit, year and round as this assessment, newest first. */
  public List<Version> versions(long assessmentId) {
    return jdbc.sql(
            "select v.id, v.stage, v.source_name, v.created_at, v.current_mark"
                + " from assessment v join assessment a on a.unit_id = v.unit_id"
                + " and a.index_year = v.index_year and a.stage = v.stage"
                + " where a.id = ? order by v.id desc")
        .param(assessmentId)
        .query(AssessmentVersions::version)
        .list();
  }

  private static Version version(ResultSet rs, int row) throws SQLException {
    return new Version(
        rs.getLong(1),
        AssessmentStage.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getObject(4, LocalDateTime.class),
        rs.getObject(5) != null);
  }

  /** Whether this is the current version of its unit, year and round. */
  public boolean isCurrent(long assessmentId) {
    return jdbc.sql("select count(*) from assessment where id = ? and current_mark = 1")
            .param(assessmentId)
            .query(Integer.class)
            .single()
        > 0;
  }

  static ConflictException exists(Version now, String key, int year) {
    return new ConflictException(
        "/assessments/" + now.id(), List.of(), key, String.valueOf(year), now.when());
  }

  /**
   * Refuses (409, with the current one's link) when the unit has scores for that year and round.
   */
  public void refuseIfCurrent(long unitId, int year, AssessmentStage stage) {
    current(unitId, year, stage)
        .ifPresent(
            v -> {
              throw exists(v, "assessment.version.exists", year);
            });
  }

  /** Makes the assessment an older version; false when it no longer was the current one. */
  boolean release(long assessmentId) {
    return jdbc.sql("update assessment set current_mark = null where id = ? and current_mark = 1")
            .param(assessmentId)
            .update()
        == 1;
  }
}
