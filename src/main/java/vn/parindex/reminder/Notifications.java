package vn.parindex.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A user's in-app notifications (written by the reminder job, read in the bell and page). */
@Repository
public class Notifications {

  /** One notification as the user reads it. */
  public record Item(
      long id,
      String kind,
      String refType,
      long refId,
      String message,
      LocalDateTime createdAt,
      LocalDateTime readAt) {

    public boolean unread() {
      return readAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  Notifications(JdbcClient jdbc, Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
  }

  public List<Item> latest(long userId, int limit) {
    return jdbc.sql(
            "select id, kind, ref_type, ref_id, message, created_at, read_at from notification"
                + " where user_id = ? order by created_at desc, id desc limit ?")
        .params(userId, limit)
        .query(Item.class)
        .list();
  }

  public int unreadCount(long userId) {
    return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
        .param(userId)
        .query(Integer.class)
        .single();
  }

  /** Marks one of the user's notifications read; another user's id changes nothing. */
  public int markRead(long id, long userId) {
    return jdbc.sql(
            "update notification set read_at = ? where id = ? and user_id = ? and read_at is null")
        .params(LocalDateTime.now(clock), id, userId)
        .update();
  }

  public int markAllRead(long userId) {
    return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
        .params(LocalDateTime.now(clock), userId)
        .update();
  }
}
