package vn.parindex.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence files' metadata: which task (and update) each belongs to. */
@Repository
public class EvidenceFiles {

  private static final String COLUMNS =
      "id, task_id, task_update_id, sha256, size_bytes, content_type, original_name, doc_number,"
          + " doc_date, issuer, title, uploaded_at";

  private final JdbcClient jdbc;

  EvidenceFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      long taskId,
      Long updateId,
      EvidenceStore.Stored file,
      EvidenceMeta meta,
      Long userId,
      LocalDateTime at) {
    jdbc.sql(
            "insert into evidence_file (task_id, task_update_id, sha256, size_bytes, content_type,"
                + " original_name, doc_number, doc_date, issuer, title, uploaded_by, uploaded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            taskId,
            updateId,
            file.sha256(),
            file.size(),
            file.type().mediaType(),
            file.safeName(),
            meta.docNumber(),
            meta.docDate(),
            meta.issuer(),
            meta.title(),
            userId,
            at)
        .update();
  }

  public List<EvidenceFile> ofTask(long taskId) {
    return jdbc.sql("select " + COLUMNS + " from evidence_file where task_id = ? order by id")
        .param(taskId)
        .query(EvidenceFiles::file)
        .list();
  }

  public int countOfTask(long taskId) {
    return jdbc.sql("select count(*) from evidence_file where task_id = ?")
        .param(taskId)
        .query(Integer.class)
        .single();
  }

  public Optional<EvidenceFile> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from evidence_file where id = ?")
        .param(id)
        .query(EvidenceFiles::file)
        .optional();
  }

  /**
   * An evidence file of a verified task that stands for a plan line (the plan's and line's keys).
   */
  public record OfVerifiedTask(
      EvidenceFile file, String taskTitle, long planId, String lineKey, LocalDateTime verifiedAt) {}

  /**
   * The evidence files of the unit's verified tasks made from a plan line, oldest first: last
   * year's remediation work, offered as this year's proof of the criterion its line is for.
   */
  public List<OfVerifiedTask> ofVerifiedTasks(long unitId) {
    return jdbc.sql(
            "select f.id, f.task_id, f.task_update_id, f.sha256, f.size_bytes, f.content_type,"
                + " f.original_name, f.doc_number, f.doc_date, f.issuer, f.title, f.uploaded_at,"
                + " t.title, t.plan_id, t.plan_line_key, t.verified_at"
                + " from evidence_file f join task t on t.id = f.task_id"
                + " where t.unit_id = ? and t.status = 'VERIFIED' and t.plan_id is not null"
                + " and t.plan_line_key is not null order by f.id")
        .param(unitId)
        .query(
            (rs, n) ->
                new OfVerifiedTask(
                    file(rs, n),
                    rs.getString(13),
                    rs.getLong(14),
                    rs.getString(15),
                    rs.getObject(16, LocalDateTime.class)))
        .list();
  }

  private static EvidenceFile file(ResultSet rs, int n) throws SQLException {
    return new EvidenceFile(
        rs.getLong(1),
        rs.getLong(2),
        rs.getObject(3, Long.class),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getObject(9, LocalDate.class),
        rs.getString(10),
        rs.getString(11),
        rs.getObject(12, LocalDateTime.class));
  }
}
