package vn.parindex.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A unit's reminder policy, or the defaults when it has none. */
@Repository
public class ReminderPolicies {

  private final JdbcClient jdbc;
  private final Clock clock;

  ReminderPolicies(JdbcClient jdbc, Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
  }

  public ReminderPolicy forUnit(long unitId) {
    return jdbc.sql(
            "select days_before, on_overdue, stuck_days, escalate_after_days, daily_digest,"
                + " send_hour, warn_days from reminder_policy where unit_id = ?")
        .param(unitId)
        .query(
            (rs, n) ->
                new ReminderPolicy(
                    unitId,
                    ReminderPolicy.parseDays(rs.getString(1)),
                    rs.getBoolean(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getBoolean(5),
                    rs.getInt(6),
                    rs.getInt(7)))
        .optional()
        .orElseGet(() -> ReminderPolicy.defaults(unitId));
  }

  public void save(ReminderPolicy policy) {
    // Both statements take the same values in the same order.
    List<Object> values =
        Arrays.asList(
            policy.daysBeforeText(),
            policy.onOverdue(),
            policy.stuckDays(),
            policy.escalateAfterDays(),
            policy.dailyDigest(),
            policy.sendHour(),
            policy.warnDays(),
            LocalDateTime.now(clock),
            policy.unitId());
    int updated =
        jdbc.sql(
                "update reminder_policy set days_before = ?, on_overdue = ?, stuck_days = ?,"
                    + " escalate_after_days = ?, daily_digest = ?, send_hour = ?, warn_days = ?,"
                    + " updated_at = ? where unit_id = ?")
            .params(values)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into reminder_policy (days_before, on_overdue, stuck_days,"
                  + " escalate_after_days, daily_digest, send_hour, warn_days, updated_at, unit_id)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(values)
          .update();
    }
  }
}
