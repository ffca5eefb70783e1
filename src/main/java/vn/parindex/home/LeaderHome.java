package vn.parindex.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.page.Page;
import vn.parindex.page.Times;
import vn.parindex.reminder.Notifications;
import vn.parindex.reminder.ReminderKind;
import vn.parindex.task.TaskFilter;
import vn.parindex.task.TaskRow;
import vn.parindex.task.TaskService;
import vn.parindex.unit.Units;

/**
 * The leader's blocks: tasks reported done that wait for their verification, the escalations they
 * have not yet read, the unit's late tasks counted by department, and, for the leader of a unit
 * with units below (the province's chairman), the way to their results, plans and progress.
 */
@Component
class LeaderHome {

  private final TaskService tasks;
  private final Notifications notifications;
  private final Units units;

  LeaderHome(TaskService tasks, Notifications notifications, Units units) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.units = units;
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
    List<Section> sections = new ArrayList<>();
    below(user).ifPresent(sections::add);
    sections.addAll(
        List.of(
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
                new Section.Link("home.action.board", "/tasks"))));
    return sections;
  }

  /**
   * The units right below the leader's, which they read (account.UnitScope#canRead): one line to
   * their dashboard of results, plans and progress. None for a unit with nothing below.
   */
  private Optional<Section> below(CurrentUser user) {
    int children = units.childIds(user.unitId()).size();
    if (children == 0) {
      return Optional.empty();
    }
    String href =
        "/dashboard/province?unit="
            + Page.param(units.findById(user.unitId()).orElseThrow().code());
    return Optional.of(
        Section.of(
            "below",
            "home.leader.below",
            "home.leader.below",
            List.of(Section.Item.link(Label.key("home.leader.below.item", children), href, null)),
            new Section.Link("home.action.province", href)));
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
