package vn.parindex.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.parindex.account.People;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.Departments;

/** The tasks repository: tasks, their milestones and their updates. */
@Repository
public class Tasks {

  private static final String COLUMNS =
      "t.id, t.unit_id, t.source, t.plan_id, t.criterion_codes, t.title, t.description,"
          + " t.department_id, t.owner_user_id, t.leader_user_id, t.start_on, t.due_on, t.status,"
          + " t.progress, t.cancel_reason, t.verified_by, t.done_at, t.verified_at,"
          + " t.last_update_at, t.created_at, t.row_version";

  private final JdbcClient jdbc;
  private final Departments departments;
  private final People people;

  Tasks(JdbcClient jdbc, Departments departments, People people) {
    this.jdbc = jdbc;
    this.departments = departments;
    this.people = people;
  }

  Task insert(Task task) {
    TaskDraft d = task.draft();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into task (unit_id, source, plan_id, criterion_codes, title, description,"
                + " department_id, owner_user_id, leader_user_id, start_on, due_on, status,"
                + " progress, created_at, row_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, 0)")
        .params(
            d.unitId(),
            d.source().name(),
            d.planId(),
            String.join(";", d.criterionCodes()),
            d.title(),
            d.description(),
            d.departmentId(),
            d.ownerUserId(),
            d.leaderUserId(),
            d.startOn(),
            d.dueOn(),
            task.status().name(),
            task.progress(),
            task.createdAt())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (TaskMilestone m : d.milestones()) {
      jdbc.sql(
              "insert into task_milestone (task_id, position, title, due_on, done_on)"
                  + " values (?, ?, ?, ?, ?)")
          .params(id, m.position(), m.title(), m.dueOn(), m.doneOn())
          .update();
    }
    return task.withId(id);
  }

  /** Saves status and progress; refused when someone else saved the task in between. */
  void saveState(Task task) {
    int n =
        jdbc.sql(
                "update task set status = ?, progress = ?, cancel_reason = ?, verified_by = ?,"
                    + " done_at = ?, verified_at = ?, last_update_at = ?,"
                    + " row_version = row_version + 1"
                    + " where id = ? and row_version = ?")
            .params(
                task.status().name(),
                task.progress(),
                task.cancelReason(),
                task.verifiedBy(),
                task.doneAt(),
                task.verifiedAt(),
                task.lastUpdateAt(),
                task.id(),
                task.rowVersion())
            .update();
    if (n != 1) {
      throw new InvalidInputException(InputProblem.of(0, "status", "task.conflict"));
    }
  }

  /** Reassigns a task (owner, department, leader, due date). */
  void saveAssignment(long id, Long departmentId, Long ownerId, Long leaderId, LocalDate dueOn) {
    jdbc.sql(
            "update task set department_id = ?, owner_user_id = ?, leader_user_id = ?, due_on = ?,"
                + " row_version = row_version + 1 where id = ?")
        .params(departmentId, ownerId, leaderId, dueOn, id)
        .update();
  }

  /** Marks a milestone done on a day, or not done (null); false when there is no such one. */
  boolean markMilestone(long taskId, int position, LocalDate doneOn) {
    return jdbc.sql("update task_milestone set done_on = ? where task_id = ? and position = ?")
            .params(doneOn, taskId, position)
            .update()
        == 1;
  }

  public Optional<Task> findById(long id) {
    List<TaskMilestone> milestones = milestones(id);
    return jdbc.sql("select " + COLUMNS + " from task t where t.id = ?")
        .param(id)
        .query((rs, n) -> task(rs, milestones))
        .optional();
  }

  public List<TaskMilestone> milestones(long taskId) {
    return jdbc.sql(
            "select position, title, due_on, done_on from task_milestone where task_id = ?"
                + " order by position")
        .param(taskId)
        .query(
            (rs, n) ->
                new TaskMilestone(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }

  /** Tasks matching the filter, by due date. */
  public List<TaskRow> list(TaskFilter f) {
    return list(f, Map.of());
  }

  /**
   * As {@link #list(TaskFilter)}, with the names of departments the caller has just read (the board
   * lists its unit's departments anyway): only the departments not among them are read again.
   */
  public List<TaskRow> list(TaskFilter f, Map<Long, String> knownDepartments) {
    StringBuilder sql =
        new StringBuilder(
            "select t.id, t.unit_id, t.source, t.plan_id, t.criterion_codes, t.title,"
                + " t.department_id, t.owner_user_id, t.due_on, t.status, t.progress,"
                + " t.last_update_at, t.created_at from task t where 1 = 1");
    List<Object> params = new ArrayList<>();
    add(sql, params, "t.unit_id", f.unitId());
    add(sql, params, "t.department_id", f.departmentId());
    add(sql, params, "t.owner_user_id", f.ownerUserId());
    add(sql, params, "t.status", f.status() == null ? null : f.status().name());
    add(sql, params, "t.plan_id", f.planId());
    sql.append(" order by t.due_on, t.id");
    return named(
        jdbc.sql(sql.toString()).params(params).query(Tasks::row).list(), knownDepartments);
  }

  /**
   * The rows with their departments' and owners' names, asked of the features that own them: two
   * queries for the whole list, never one per row.
   */
  private List<TaskRow> named(List<TaskRow> rows, Map<Long, String> knownDepartments) {
    Set<Long> departmentIds = new HashSet<>();
    Set<Long> ownerIds = new HashSet<>();
    for (TaskRow r : rows) {
      Long department = r.departmentId();
      if (department != null && !knownDepartments.containsKey(department)) {
        departmentIds.add(department);
      }
      Optional.ofNullable(r.ownerUserId()).ifPresent(ownerIds::add);
    }
    Map<Long, String> departmentNames = new HashMap<>(knownDepartments);
    departmentNames.putAll(departments.names(departmentIds));
    Map<Long, String> ownerNames = people.names(ownerIds);
    return rows.stream()
        .map(
            r ->
                new TaskRow(
                    r.id(),
                    r.unitId(),
                    r.source(),
                    r.planId(),
                    r.criterionCodes(),
                    r.title(),
                    r.departmentId(),
                    r.departmentId() == null ? null : departmentNames.get(r.departmentId()),
                    r.ownerUserId(),
                    r.ownerUserId() == null ? null : ownerNames.get(r.ownerUserId()),
                    r.dueOn(),
                    r.status(),
                    r.progress(),
                    r.lastUpdateAt(),
                    r.createdAt()))
        .toList();
  }

  private static void add(StringBuilder sql, List<Object> params, String column, Object value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }

  long addUpdate(
      long taskId,
      Long authorId,
      LocalDateTime at,
      Integer progress,
      String comment,
      TaskStatus from,
      TaskStatus to) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into task_update (task_id, author_user_id, at, progress, comment, status_from,"
                + " status_to) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            taskId,
            authorId,
            at,
            progress,
            comment,
            from == null ? null : from.name(),
            to == null ? null : to.name())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** The task's updates, newest first, without their files. */
  List<TaskUpdate> updates(long taskId) {
    Map<Long, Long> authors = new HashMap<>();
    List<TaskUpdate> updates =
        jdbc.sql(
                "select id, author_user_id, at, progress, comment, status_from, status_to"
                    + " from task_update where task_id = ? order by at desc, id desc")
            .param(taskId)
            .query(
                (rs, n) -> {
                  Long author = rs.getObject(2, Long.class);
                  if (author != null) {
                    authors.put(rs.getLong(1), author);
                  }
                  return new TaskUpdate(
                      rs.getLong(1),
                      "",
                      rs.getObject(3, LocalDateTime.class),
                      (Integer) rs.getObject(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      List.of());
                })
            .list();
    Map<Long, String> names = people.names(Set.copyOf(authors.values()));
    return updates.stream()
        .map(
            u ->
                new TaskUpdate(
                    u.id(),
                    names.getOrDefault(authors.get(u.id()), ""),
                    u.at(),
                    u.progress(),
                    u.comment(),
                    u.statusFrom(),
                    u.statusTo(),
                    u.files()))
        .toList();
  }

  /** A row without its names (see {@link #named}). */
  private static TaskRow row(ResultSet rs, int n) throws SQLException {
    return new TaskRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        (Long) rs.getObject(4, Long.class),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, Long.class),
        null,
        rs.getObject(8, Long.class),
        null,
        rs.getObject(9, LocalDate.class),
        TaskStatus.valueOf(rs.getString(10)),
        rs.getInt(11),
        rs.getObject(12, LocalDateTime.class),
        rs.getObject(13, LocalDateTime.class));
  }

  private static Task task(ResultSet rs, List<TaskMilestone> milestones) throws SQLException {
    String codes = rs.getString("criterion_codes");
    TaskDraft draft =
        new TaskDraft(
            rs.getLong("unit_id"),
            TaskSource.valueOf(rs.getString("source")),
            rs.getObject("plan_id", Long.class),
            codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split(";")),
            rs.getString("title"),
            rs.getString("description"),
            rs.getObject("department_id", Long.class),
            rs.getObject("owner_user_id", Long.class),
            rs.getObject("leader_user_id", Long.class),
            rs.getObject("start_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class),
            milestones);
    return new Task(
        rs.getLong("id"),
        draft,
        TaskStatus.valueOf(rs.getString("status")),
        rs.getInt("progress"),
        rs.getString("cancel_reason"),
        rs.getObject("verified_by", Long.class),
        rs.getObject("done_at", LocalDateTime.class),
        rs.getObject("verified_at", LocalDateTime.class),
        rs.getObject("last_update_at", LocalDateTime.class),
        rs.getObject("created_at", LocalDateTime.class),
        rs.getInt("row_version"));
  }
}
