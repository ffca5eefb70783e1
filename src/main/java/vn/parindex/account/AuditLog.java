package vn.parindex.account;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail: who changed which field of which object, old → new, and when. */
@Component
public class AuditLog {

  /** One change, as shown on the object's history. */
  public record Change(
      String field, String oldValue, String newValue, String username, LocalDateTime at) {}

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batch;

  AuditLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** One change of many recorded at once by {@link #recordAll}. */
  public record Record(long entityId, String field, Object oldValue, Object newValue) {}

  /**
   * Records many changes of one actor on objects of one type in one batch (a publication records
   * one per unit: a statement each made it grow with the province); unchanged values are skipped as
   * by {@link #record}.
   */
  public void recordAll(Actor by, String entityType, List<Record> records) {
    List<Object[]> rows = new java.util.ArrayList<>();
    for (Record r : records) {
      String before = r.oldValue() == null ? null : String.valueOf(r.oldValue());
      String after = r.newValue() == null ? null : String.valueOf(r.newValue());
      if (!Objects.equals(before, after)) {
        rows.add(
            new Object[] {
              entityType,
              r.entityId(),
              r.field(),
              // typed: an untyped null costs a round trip asking the database for its type
              new org.springframework.jdbc.core.SqlParameterValue(
                  java.sql.Types.VARCHAR, clip(before)),
              new org.springframework.jdbc.core.SqlParameterValue(
                  java.sql.Types.VARCHAR, clip(after)),
              by.id(),
              by.user().username(),
              by.stored()
            });
      }
    }
    if (!rows.isEmpty()) {
      batch.batchUpdate(INSERT, rows);
    }
  }

  private static final String INSERT =
      "insert into audit_event (entity_type, entity_id, field, old_value, new_value, user_id,"
          + " username, at) values (?, ?, ?, ?, ?, (select id from app_user where id = ?), ?, ?)";

  /**
   * Records a change of one field by the actor at the moment of the action (the caller says who
   * acts: a service never reads the signed-in user); nothing is recorded when the value did not
   * change.
   */
  public void record(
      Actor by, String entityType, long entityId, String field, Object oldValue, Object newValue) {
    write(
        entityType,
        entityId,
        field,
        oldValue,
        newValue,
        by.id(),
        by.user().username(),
        by.stored());
  }

  private void write(
      String entityType,
      long entityId,
      String field,
      Object oldValue,
      Object newValue,
      long userId,
      String username,
      LocalDateTime at) {
    String before = oldValue == null ? null : String.valueOf(oldValue);
    String after = newValue == null ? null : String.valueOf(newValue);
    if (Objects.equals(before, after)) {
      return;
    }
    jdbc.sql(INSERT)
        .params(entityType, entityId, field, clip(before), clip(after), userId, username, at)
        .update();
  }

  public List<Change> history(String entityType, long entityId) {
    return jdbc.sql(
            "select field, old_value, new_value, username, at from audit_event"
                + " where entity_type = ? and entity_id = ? order by at desc, id desc")
        .params(entityType, entityId)
        .query(
            (rs, n) ->
                new Change(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDateTime.class)))
        .list();
  }

  /**
   * The history with each stored field name turned into what a reader sees (e.g. "2.3 · points" →
   * "Tiêu chí 2.3 · Số điểm").
   */
  public List<Change> history(
      String entityType, long entityId, java.util.function.UnaryOperator<String> fieldLabel) {
    return history(entityType, entityId).stream()
        .map(
            c ->
                new Change(
                    fieldLabel.apply(c.field()), c.oldValue(), c.newValue(), c.username(), c.at()))
        .toList();
  }

  /** A change as the administrator's list of the latest shows it. */
  public record Recent(
      String entityType, long entityId, String field, String username, LocalDateTime at) {}

  /** The latest changes of any object, newest first. */
  public List<Recent> recent(int limit) {
    return jdbc.sql(
            "select entity_type, entity_id, field, username, at from audit_event"
                + " order by at desc, id desc limit ?")
        .param(limit)
        .query(Recent.class)
        .list();
  }

  private static String clip(String value) {
    return value == null || value.length() <= 4000 ? value : value.substring(0, 4000);
  }
}
