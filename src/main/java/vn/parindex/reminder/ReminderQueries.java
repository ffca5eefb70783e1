package vn.parindex.reminder;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the reminder job reads: open tasks and the people to remind (V50/V60 tables). */
@Repository
class ReminderQueries {

  private final JdbcClient jdbc;

  ReminderQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<OpenTask> openTasks() {
    return jdbc.sql(
            "select t.id, t.unit_id, t.title, t.due_on, t.owner_user_id, t.leader_user_id,"
                + " t.department_id, t.last_update_at, t.created_at,"
                + " (select max(u.at) from task_update u where u.task_id = t.id)"
                + " from task t where t.status in ('PLANNED', 'IN_PROGRESS') order by t.id")
        .query(
            (rs, n) ->
                new OpenTask(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, java.time.LocalDate.class),
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

  /** Enabled users by id, with their roles. */
  Map<Long, Person> people() {
    return people("", new Object[0]);
  }

  /** The enabled users of one unit by id, with their roles (those a task's event may concern). */
  Map<Long, Person> peopleOf(long unitId) {
    return people(" and unit_id = ?", new Object[] {unitId});
  }

  /** A user's name, or null for no such user. */
  String nameOf(long userId) {
    return jdbc.sql("select display_name from app_user where id = ?")
        .param(userId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private Map<Long, Person> people(String where, Object[] params) {
    Map<Long, Set<String>> roles = new HashMap<>();
    jdbc.sql("select user_id, role from user_role")
        .query(
            rs -> {
              roles.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            });
    Map<Long, Person> people = new HashMap<>();
    jdbc.sql(
            "select id, display_name, email, unit_id, department_id from app_user where enabled"
                + where)
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong(1);
              people.put(
                  id,
                  new Person(
                      id,
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      rs.getObject(5, Long.class),
                      roles.getOrDefault(id, Set.of())));
            });
    return people;
  }

  private static LocalDateTime latest(LocalDateTime... times) {
    LocalDateTime latest = null;
    for (LocalDateTime time : times) {
      if (time != null && (latest == null || time.isAfter(latest))) {
        latest = time;
      }
    }
    return latest;
  }
}
