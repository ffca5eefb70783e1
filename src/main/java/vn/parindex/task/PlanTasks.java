package vn.parindex.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

  /** One ticked proposal as the officer confirmed it. */
  public record Choice(
      String title,
      String code,
      Long departmentId,
      Long ownerUserId,
      Long leaderUserId,
      LocalDate dueOn) {}

  private final PlanService plans;
  private final Departments departments;
  private final TaskService service;
  private final TaskAccess access;
  private final Tasks tasks;
  private final PlanAccess planAccess;

  PlanTasks(
      PlanService plans,
      Departments departments,
      TaskService service,
      TaskAccess access,
      Tasks tasks,
      PlanAccess planAccess) {
    this.planAccess = planAccess;
    this.plans = plans;
    this.departments = departments;
    this.service = service;
    this.access = access;
    this.tasks = tasks;
  }

  /** The plan, if the user may see its unit's tasks. */
  public Plan plan(long planId) {
    planAccess.checkRead(planId);
    Plan plan = plans.get(planId);
    access.checkBoard(plan.unitId());
    return plan;
  }

  /** Every appendix line with a measure, then every body-section item, pre-filled. */
  public List<TaskProposal> proposals(long planId) {
    Plan plan = plan(planId);
    List<Department> active =
        departments.ofUnit(plan.unitId()).stream().filter(Department::active).toList();
    LocalDate yearEnd = LocalDate.of(plan.year(), 11, 15);
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
              line.deadline() != null ? line.deadline() : yearEnd));
    }
    List<PlanSection> sections = plan.sections();
    for (int s = 0; s < sections.size(); s++) {
      PlanSection section = sections.get(s);
      for (int i = 0; i < section.items().size(); i++) {
        String hint = section.responsible() != null ? section.responsible() : section.heading();
        out.add(
            new TaskProposal(
                "S" + (s + 1) + "." + (i + 1),
                false,
                null,
                clip(section.items().get(i)),
                section.responsible(),
                guess(active, hint),
                yearEnd));
      }
    }
    return out;
  }

  /** Creates the chosen tasks (source REMEDIATION_PLAN) all at once, or none. */
  @Transactional
  public List<Task> create(long planId, List<Choice> choices) {
    planAccess.checkWrite(planId);
    Plan plan = plan(planId);
    access.checkManage(plan.unitId());
    List<TaskDraft> drafts =
        choices.stream()
            .map(
                c ->
                    new TaskDraft(
                        plan.unitId(),
                        TaskSource.REMEDIATION_PLAN,
                        planId,
                        c.code() == null ? List.of() : List.of(c.code()),
                        c.title(),
                        null,
                        c.departmentId(),
                        c.ownerUserId(),
                        c.leaderUserId(),
                        null,
                        c.dueOn(),
                        List.of()))
            .toList();
    return service.createAll(drafts);
  }

  /** How many of the plan's tasks stand in each status, and how many are overdue. */
  public Map<TaskStatus, Long> progress(long planId) {
    plan(planId);
    return tasks.list(new TaskFilter(null, null, null, null, planId)).stream()
        .collect(Collectors.groupingBy(TaskRow::status, Collectors.counting()));
  }

  public List<TaskRow> tasksOf(long planId) {
    plan(planId);
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
