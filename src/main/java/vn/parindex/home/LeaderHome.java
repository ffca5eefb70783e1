package vn.parindex.home;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.page.Times;
import vn.parindex.reminder.Notifications;
import vn.parindex.reminder.ReminderKind;
import vn.parindex.task.TaskFilter;
import vn.parindex.task.TaskRow;
import vn.parindex.task.TaskService;

/**
 * The leader's blocks: tasks reported done that wait for their verification, the escalations they
 * have not yet read, and the unit's late tasks counted by department.
 */
@Component
class LeaderHome {

  private final TaskService tasks;
  private final Notifications notifications;

  LeaderHome(TaskService tasks, Notifications notifications) {
    this.tasks = tasks;
    this.notifications = notifications;
  }

  List<Section> sections(CurrentUser user, LocalDate today) {
    List<Section.Item> verify =
        tasks.toVerify(user).stream()
            .map(
                t ->
                    Section.Item.link(
                        Label.of(t.title()),
                        "/tasks/" + t.id(),
                        Label.key(
                            "home.task.awaiting",
                            t.ownerName() == null ? "—" : t.ownerName(),
                            Times.date(t.dueOn()))))
            .toList();
    List<Section.Item> escalations =
        notifications.latest(user.id(), 200).stream()
            .filter(n -> n.unread() && ReminderKind.ESCALATION.name().equals(n.kind()))
            .map(
                n ->
                    new Section.Item(
                        Label.of(n.message()),
                        "/tasks/" + n.refId(),
                        Label.key("home.notice.at", Times.date(n.createdAt().toLocalDate())),
                        true))
            .toList();
    return List.of(
        Section.of(
            "verify",
            "home.leader.verify",
            "home.leader.verify.none",
            verify,
            new Section.Link("home.action.verify", "/tasks/verify")),
        Section.of(
            "escalations",
            "home.leader.escalations",
            "home.leader.escalations.none",
            escalations,
            new Section.Link("home.action.notifications", "/notifications")),
        Section.of(
            "late",
            "home.leader.late",
            "home.leader.late.none",
            lateByDepartment(tasks.board(user, TaskFilter.ofUnit(user.unitId())), today),
            new Section.Link("home.action.board", "/tasks")));
  }

  /** One line per department with late tasks, the most late first. */
  static List<Section.Item> lateByDepartment(List<TaskRow> rows, LocalDate today) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (TaskRow t : rows) {
      if (t.overdue(today)) {
        Long key = t.departmentId() == null ? -1L : t.departmentId();
        counts.merge(key, 1L, Long::sum);
        names.putIfAbsent(key, t.departmentName());
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
        .map(
            e ->
                new Section.Item(
                    e.getKey() < 0
                        ? Label.key("home.department.none")
                        : Label.of(names.get(e.getKey())),
                    e.getKey() < 0 ? "/tasks" : "/tasks?department=" + e.getKey(),
                    Label.key("home.department.late", e.getValue()),
                    true))
        .toList();
  }
}
