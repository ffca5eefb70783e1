package vn.parindex.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanAccess;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.PlanService;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;

/** Turning a remediation plan into tasks, and the plan's progress by status. */
@Service
public class PlanTasks {

  /**
   * One ticked proposal as the officer confirmed it: {@code proposal} ("L3", "S1.2") and {@code
   * lineKey} say which plan line it comes from (else its code does), {@code split} that it is a
   * further task for a line that has its own.
   */
  public record Choice(
      String title,
      String code,
      Long departmentId,
      Long ownerUserId,
      Long leaderUserId,
      LocalDate dueOn,
      String proposal,
      String lineKey,
      boolean split,
      LocalDate startOn) {

    public Choice(
        String title,
        String code,
        Long departmentId,
        Long ownerUserId,
        Long leaderUserId,
        LocalDate dueOn,
        String proposal,
        String lineKey,
        boolean split) {
      this(
          title,
          code,
          departmentId,
          ownerUserId,
          leaderUserId,
          dueOn,
          proposal,
          lineKey,
          split,
          null);
    }

    public Choice(
        String title,
        String code,
        Long departmentId,
        Long ownerUserId,
        Long leaderUserId,
        LocalDate dueOn) {
      this(title, code, departmentId, ownerUserId, leaderUserId, dueOn, null, null, false, null);
    }

    /** The same choice, planned to start on that day. */
    public Choice startingOn(LocalDate day) {
      return new Choice(
          title,
          code,
          departmentId,
          ownerUserId,
          leaderUserId,
          dueOn,
          proposal,
          lineKey,
          split,
          day);
    }
  }

  private final PlanService plans;
  private final Departments departments;
  private final TaskService service;
  private final TaskAccess access;
  private final Tasks tasks;
  private final PlanLineTasks lineTasks;
  private final PlanAccess planAccess;

  PlanTasks(
      PlanService plans,
      Departments departments,
      TaskService service,
      TaskAccess access,
      Tasks tasks,
      PlanLineTasks lineTasks,
      PlanAccess planAccess) {
    this.lineTasks = lineTasks;
    this.planAccess = planAccess;
    this.plans = plans;
    this.departments = departments;
    this.service = service;
    this.access = access;
    this.tasks = tasks;
  }

  /** The plan, if the user may see its unit's tasks. */
  public Plan plan(CurrentUser user, long planId) {
    planAccess.checkRead(user, planId);
    Plan plan = plans.get(planId);
    access.checkBoard(user, plan.unitId());
    return plan;
  }

  /**
   * Every appendix line, then every body-section item, pre-filled; a line that has tasks lists them
   * and is not ticked.
   */
  public List<TaskProposal> proposals(CurrentUser user, long planId) {
    Plan plan = plan(user, planId);
    List<Department> active =
        departments.ofUnit(plan.unitId()).stream().filter(Department::active).toList();
    Map<String, List<TaskProposal.LineTask>> made = lineTasks.byLine(planId);
    LocalDate today = service.today();
    List<TaskProposal> out = new ArrayList<>();
    for (PlanLine line : plan.lines()) {
      if (line.area()) {
        continue;
      }
      String title = line.measure() != null ? line.measure() : line.content();
      String hint = line.responsible() != null ? line.responsible() : line.measure();
      out.add(
          new TaskProposal(
              "L" + line.position(),
              true,
              line.code(),
              clip(title),
              line.responsible(),
              guess(active, hint),
              defaultDue(plan.year(), line.deadline(), today),
              line.key(),
              made.getOrDefault(line.key(), List.of())));
    }
    List<PlanSection> sections = plan.sections();
    for (int s = 0; s < sections.size(); s++) {
      PlanSection section = sections.get(s);
      for (int i = 0; i < section.items().size(); i++) {
        String hint = section.responsible() != null ? section.responsible() : section.heading();
        String key = "S" + (s + 1) + "." + (i + 1);
        out.add(
            new TaskProposal(
                key,
                false,
                null,
                clip(section.items().get(i)),
                section.responsible(),
                guess(active, hint),
                defaultDue(plan.year(), null, today),
                key,
                made.getOrDefault(key, List.of())));
      }
    }
    return out;
  }

  /**
   * The line's deadline, else 15/11 of the plan's year; never a day already past (a plan drafted
   * late in the year gets 30 days from today).
   */
  static LocalDate defaultDue(int year, LocalDate deadline, LocalDate today) {
    if (deadline != null && !deadline.isBefore(today)) {
      return deadline;
    }
    LocalDate yearEnd = LocalDate.of(year, 11, 15);
    return yearEnd.isBefore(today) ? today.plusDays(30) : yearEnd;
  }

  /**
   * Creates the chosen tasks (source REMEDIATION_PLAN) all at once, or none. A line that already
   * has its own task is refused unless the choice is a deliberate split; a task with neither
   * department nor owner takes the department the line names, or is refused.
   */
  @Transactional
  public List<Task> create(Actor by, long planId, List<Choice> choices) {
    planAccess.checkWrite(by.user(), planId);
    Plan plan = plan(by.user(), planId);
    access.checkManage(by.user(), plan.unitId());
    List<TaskProposal> proposals = proposals(by.user(), planId);
    List<Department> active =
        departments.ofUnit(plan.unitId()).stream().filter(Department::active).toList();
    List<InputProblem> problems = new ArrayList<>();
    List<TaskDraft> drafts = new ArrayList<>();
    List<TaskProposal> sources = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      TaskProposal source = source(proposals, c);
      Long department = c.departmentId();
      if (department == null && c.ownerUserId() == null) {
        department = source == null ? null : guess(active, source.responsible());
        if (department == null) {
          problems.add(InputProblem.of(i + 1, "owner", "task.fromPlan.owner.required"));
        }
      }
      if (source != null && source.hasTasks() && !c.split()) {
        problems.add(
            InputProblem.of(
                i + 1, "pick", "task.fromPlan.line.taken", label(source), source.tasks().size()));
      }
      sources.add(source);
      drafts.add(
          new TaskDraft(
              plan.unitId(),
              TaskSource.REMEDIATION_PLAN,
              planId,
              c.code() == null ? List.of() : List.of(c.code()),
              c.title(),
              null,
              department,
              c.ownerUserId(),
              c.leaderUserId(),
              c.startOn(),
              c.dueOn(),
              List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Task> created = service.createAll(by, drafts);
    for (int i = 0; i < created.size(); i++) {
      TaskProposal source = sources.get(i);
      if (source != null && source.lineKey() != null) {
        lineTasks.link(created.get(i).id(), source.lineKey(), choices.get(i).split(), i + 1);
      }
    }
    return created;
  }

  /** The proposal a choice comes from: by line key, else by proposal key, else by code. */
  private static TaskProposal source(List<TaskProposal> proposals, Choice c) {
    for (TaskProposal p : proposals) {
      if (c.lineKey() != null
          ? c.lineKey().equals(p.lineKey())
          : c.proposal() != null
              ? c.proposal().equals(p.key())
              : p.fromLine() && c.code() != null && c.code().equals(p.code())) {
        return p;
      }
    }
    return null;
  }

  private static String label(TaskProposal p) {
    return p.code() != null ? p.code() : p.key();
  }

  /** How many of the plan's tasks stand in each status, and how many are overdue. */
  public Map<TaskStatus, Long> progress(CurrentUser user, long planId) {
    plan(user, planId);
    return tasks.list(new TaskFilter(null, null, null, null, planId)).stream()
        .collect(Collectors.groupingBy(TaskRow::status, Collectors.counting()));
  }

  public List<TaskRow> tasksOf(CurrentUser user, long planId) {
    plan(user, planId);
    return tasks.list(new TaskFilter(null, null, null, null, planId));
  }

  static Long guess(List<Department> departments, String text) {
    return departments.stream()
        .filter(d -> d.namedIn(text))
        .map(Department::id)
        .findFirst()
        .orElse(null);
  }

  private static String clip(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }
}
