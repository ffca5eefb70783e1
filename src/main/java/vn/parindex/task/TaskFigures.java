package vn.parindex.task;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the other features (dashboards, reminders) may read of tasks, one query per call: counts per
 * group and rows. "Open" is {@link TaskStatus#open()} and "overdue" {@link TaskStatus#overdue},
 * stated here once for SQL from the enum itself, so a new status is counted as its own methods say.
 */
@Repository
public class TaskFigures {

  /**
   * Tasks of a group, cancelled ones left out: verified, done (awaiting verification), open and not
   * yet due, open and overdue; {@code doneOnTime} counts the done or verified ones finished by
   * their due date (their last move to DONE, else when verified or last changed).
   */
  public record Counts(int verified, int done, int open, int overdue, int doneOnTime) {}

  /** A task as a list shows it; names are the department's and the owner's features' to give. */
  public record Line(
      long id,
      String title,
      Long departmentId,
      Long ownerId,
      String criterionCodes,
      LocalDate startOn,
      LocalDate dueOn,
      TaskStatus status,
      int progress,
      boolean overdue) {}

  /** An open task and who it concerns; its last activity is its newest update, change or start. */
  public record Open(
      long id,
      long unitId,
      String title,
      LocalDate dueOn,
      Long ownerId,
      Long leaderId,
      Long departmentId,
      LocalDate lastActivityOn) {}

  static final String OPEN = sqlList(TaskStatus::open);

  /** Formatted with the group column and the condition; :today, then the condition's names. */
  private static final String COUNTS =
      ("select %%s, sum(case when t.status = 'VERIFIED' then 1 else 0 end),"
              + " sum(case when t.status = 'DONE' then 1 else 0 end),"
              + " sum(case when t.status in (%1$s) and t.due_on >= :today then 1 else 0 end),"
              + " sum(case when t.status in (%1$s) and t.due_on < :today then 1 else 0 end),"
              + " sum(case when t.status in ('DONE', 'VERIFIED') and cast(coalesce(t.done_at,"
              + " t.verified_at, t.last_update_at, t.created_at) as date) <= t.due_on then 1 else"
              + " 0 end) from task t where t.status <> 'CANCELLED' and %%s group by 1")
          .formatted(OPEN);

  private final JdbcClient jdbc;

  TaskFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Counts per department of a unit; key 0 for the tasks of no department. */
  public Map<Long, Counts> byDepartment(long unitId, LocalDate today) {
    return counts(
        "coalesce(t.department_id, 0)", "t.unit_id = :unit", today, Map.of("unit", unitId));
  }

  /** Counts per unit, for the units given (a parent's children); units without tasks are absent. */
  public Map<Long, Counts> byUnit(Collection<Long> unitIds, LocalDate today) {
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    return counts("t.unit_id", "t.unit_id in (:units)", today, Map.of("units", unitIds));
  }

  private Map<Long, Counts> counts(
      String group, String where, LocalDate today, Map<String, Object> params) {
    Map<Long, Counts> result = new HashMap<>();
    jdbc.sql(COUNTS.formatted(group, where))
        .param("today", Date.valueOf(today))
        .params(params)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), counts(rs));
            });
    return result;
  }

  private static Counts counts(ResultSet rs) throws SQLException {
    return new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
  }

  /** The tasks of a unit, soonest due first. */
  public List<Line> ofUnit(long unitId, LocalDate today) {
    return jdbc.sql(
            "select id, title, department_id, owner_user_id, criterion_codes, start_on, due_on,"
                + " status, progress from task where unit_id = ? order by due_on, id")
        .param(unitId)
        .query(
            (rs, n) -> {
              LocalDate due = rs.getObject(7, LocalDate.class);
              TaskStatus status = TaskStatus.valueOf(rs.getString(8));
              return new Line(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, Long.class),
                  rs.getObject(4, Long.class),
                  rs.getString(5),
                  rs.getObject(6, LocalDate.class),
                  due,
                  status,
                  rs.getInt(9),
                  status.overdue(due, today));
            })
        .list();
  }

  /** Every open task, by id, with its last activity (for the reminder job). */
  public List<Open> open() {
    return jdbc.sql(
            "select t.id, t.unit_id, t.title, t.due_on, t.owner_user_id, t.leader_user_id,"
                + " t.department_id, t.last_update_at, t.created_at,"
                + " (select max(u.at) from task_update u where u.task_id = t.id)"
                + " from task t where t.status in ("
                + OPEN
                + ") order by t.id")
        .query(
            (rs, n) ->
                new Open(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, Long.class),
                    rs.getObject(6, Long.class),
                    rs.getObject(7, Long.class),
                    latest(
                            rs.getObject(8, LocalDateTime.class),
                            rs.getObject(9, LocalDateTime.class),
                            rs.getObject(10, LocalDateTime.class))
                        .toLocalDate()))
        .list();
  }

  /** The statuses that pass, as an SQL list of literals: {@code 'PLANNED', 'IN_PROGRESS'}. */
  static String sqlList(Predicate<TaskStatus> which) {
    return Arrays.stream(TaskStatus.values())
        .filter(which)
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", "));
  }

  private static LocalDateTime latest(LocalDateTime... times) {
    return Stream.of(times).filter(t -> t != null).max(LocalDateTime::compareTo).orElseThrow();
  }
}
