package vn.parindex.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.assessment.Assessments;
import vn.parindex.page.Times;
import vn.parindex.plan.Plan;
import vn.parindex.plan.Plans;
import vn.parindex.reminder.DueItem;
import vn.parindex.reminder.DueStatus;
import vn.parindex.reminder.ObligationCalendar;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.TaskFilter;
import vn.parindex.task.TaskRow;
import vn.parindex.task.TaskService;

/**
 * The PAR officer's blocks: the unit's score tables by year with their plans, each plan's progress,
 * the overdue tasks, the obligations due soon or missed.
 */
@Component
class OfficerHome {

  private final Assessments assessments;
  private final Plans plans;
  private final PlanTasks planTasks;
  private final TaskService tasks;
  private final ObligationCalendar calendar;

  OfficerHome(
      Assessments assessments,
      Plans plans,
      PlanTasks planTasks,
      TaskService tasks,
      ObligationCalendar calendar) {
    this.assessments = assessments;
    this.plans = plans;
    this.planTasks = planTasks;
    this.tasks = tasks;
    this.calendar = calendar;
  }

  List<Section> sections(CurrentUser user, LocalDate today) {
    long unit = user.unitId();
    List<Plan> unitPlans =
        plans.listOfUnit(unit).stream().map(p -> planTasks.plan(user, p.id())).toList();
    List<Section.Item> tables = new ArrayList<>();
    assessments.listOfUnit(unit).stream()
        .sorted(Comparator.comparingInt(Assessments.Summary::year).reversed())
        .forEach(
            a -> {
              List<Plan> ofTable =
                  unitPlans.stream()
                      .filter(p -> Long.valueOf(a.id()).equals(p.assessmentId()))
                      .toList();
              tables.add(
                  new Section.Item(
                      Label.key("home.table", String.valueOf(a.year()), a.unitName()),
                      "/assessments/" + a.id(),
                      ofTable.isEmpty()
                          ? Label.key("home.table.noPlan")
                          : Label.key("home.table.plans", ofTable.size()),
                      ofTable.isEmpty()));
            });
    List<Section.Item> progress = new ArrayList<>();
    for (Plan plan : unitPlans) {
      progress.add(
          Section.Item.link(
              planLabel(plan),
              "/plans/" + plan.id() + "/progress",
              Progress.of(planTasks.tasksOf(user, plan.id()), today).note()));
    }
    return List.of(
        Section.of(
            "tables",
            "home.officer.tables",
            "home.officer.tables.none",
            tables,
            new Section.Link("home.action.upload", "/assessments/upload")),
        Section.of(
            "plans",
            "home.officer.plans",
            "home.officer.plans.none",
            progress,
            new Section.Link("home.action.plans", "/plans")),
        Section.of(
            "overdue",
            "home.officer.overdue",
            "home.officer.overdue.none",
            overdue(tasks.board(user, TaskFilter.ofUnit(unit)), today),
            new Section.Link("home.action.board", "/tasks")),
        Section.of(
            "obligations",
            "home.officer.obligations",
            "home.officer.obligations.none",
            obligations(calendar.of(unit, today.getYear(), today)),
            new Section.Link("home.action.obligations", "/obligations")));
  }

  /** "Kế hoạch năm 2025: Khắc phục …", by the plan's subject (its title is the genre, KẾ HOẠCH). */
  static Label planLabel(Plan plan) {
    String subject = plan.header().subject();
    return Label.key(
        "home.plan",
        String.valueOf(plan.year()),
        subject == null || subject.isBlank() ? plan.header().title() : subject);
  }

  /** The unit's overdue tasks, the longest late first. */
  static List<Section.Item> overdue(List<TaskRow> rows, LocalDate today) {
    return rows.stream()
        .filter(t -> t.overdue(today))
        .map(
            t ->
                new Section.Item(
                    Label.of(t.title()),
                    "/tasks/" + t.id(),
                    Label.key(
                        "home.task.late",
                        Times.date(t.dueOn()),
                        ChronoUnit.DAYS.between(t.dueOn(), today),
                        t.departmentName() == null ? "—" : t.departmentName()),
                    true))
        .toList();
  }

  private static List<Section.Item> obligations(List<DueItem> items) {
    return items.stream()
        .filter(i -> i.status() == DueStatus.DUE_SOON || i.status() == DueStatus.MISSED)
        .sorted(Comparator.comparing(DueItem::dueOn))
        .map(
            i ->
                new Section.Item(
                    Label.of(i.obligation().title()),
                    "/obligations?year=" + i.dueOn().getYear(),
                    Label.key(
                        "home.obligation.due",
                        Times.date(i.dueOn()),
                        Label.key("reminder.status." + i.status().name())),
                    i.status() == DueStatus.MISSED))
        .toList();
  }
}
