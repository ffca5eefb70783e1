package vn.parindex.task.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.plan.Plan;
import vn.parindex.task.Officials;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.TaskAccess;
import vn.parindex.task.TaskDraft;
import vn.parindex.task.TaskMilestone;
import vn.parindex.task.TaskService;
import vn.parindex.task.TaskSource;
import vn.parindex.task.TaskStatus;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;

/** Creating tasks: from a plan's lines in a few clicks, or one by one from any other plan. */
@Controller
@Access(TaskAccess.class)
class TaskCreatePages {

  private final TaskService service;
  private final PlanTasks planTasks;
  private final TaskAccess access;
  private final Departments departments;
  private final Officials officials;
  private final Messages messages;
  private final int stuckDays;

  TaskCreatePages(
      TaskService service,
      PlanTasks planTasks,
      TaskAccess access,
      Departments departments,
      Officials officials,
      Messages messages,
      @Value("${parindex.tasks.stuck-days:14}") int stuckDays) {
    this.service = service;
    this.planTasks = planTasks;
    this.access = access;
    this.departments = departments;
    this.officials = officials;
    this.messages = messages;
    this.stuckDays = stuckDays;
  }

  @GetMapping("/tasks/new")
  String form(@RequestParam(required = false) Long unit, Model model) {
    return renderForm(unit == null ? access.user().unitId() : unit, List.of(), model);
  }

  @PostMapping("/tasks/new")
  String create(
      @RequestParam long unit,
      @RequestParam(required = false) TaskSource source,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String codes,
      @RequestParam(required = false) Long department,
      @RequestParam(required = false) Long owner,
      @RequestParam(required = false) Long leader,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate start,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
      @RequestParam(required = false) String milestones,
      Model model) {
    try {
      long id =
          service
              .create(
                  access.actor(),
                  new TaskDraft(
                      unit,
                      source,
                      null,
                      codes == null ? List.of() : Arrays.asList(codes.split("[;,]")),
                      title,
                      description,
                      department,
                      owner,
                      leader,
                      start,
                      due,
                      milestones(milestones)))
              .id();
      return "redirect:/tasks/" + id;
    } catch (InvalidInputException e) {
      return renderForm(unit, e.problems().stream().map(messages::describe).toList(), model);
    }
  }

  /** One milestone a line: "title" or "title | 2025-06-30". */
  static List<TaskMilestone> milestones(String text) {
    List<TaskMilestone> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      String[] parts = line.split("\\|", 2);
      if (parts[0].isBlank()) {
        continue;
      }
      LocalDate due = null;
      if (parts.length > 1 && !parts[1].isBlank()) {
        try {
          due = LocalDate.parse(parts[1].strip());
        } catch (DateTimeParseException e) {
          due = null;
        }
      }
      out.add(new TaskMilestone(out.size() + 1, parts[0], due, null));
    }
    return out;
  }

  private String renderForm(long unitId, List<String> errors, Model model) {
    access.checkManage(unitId);
    model.addAttribute("unitId", unitId);
    model.addAttribute("sources", TaskSource.values());
    model.addAttribute("departments", active(unitId));
    model.addAttribute("officials", officials.ofUnit(unitId));
    model.addAttribute("errors", errors);
    return "task/new";
  }

  @GetMapping("/plans/{id}/tasks/new")
  String fromPlan(@PathVariable long id, Model model) {
    return renderPlan(id, List.of(), model);
  }

  @PostMapping("/plans/{id}/tasks/new")
  String createFromPlan(
      @PathVariable long id,
      @RequestParam(name = "pick", required = false) List<String> picks,
      @RequestParam(name = "split", required = false) List<String> splits,
      @RequestParam(required = false) Long leader,
      HttpServletRequest request,
      Model model) {
    List<PlanTasks.Choice> choices = new ArrayList<>();
    // "pick" a line without tasks; "split" (Tách thêm nhiệm vụ) adds another to a line that has
    Set<String> split = new LinkedHashSet<>(splits == null ? List.of() : splits);
    Set<String> keys = new LinkedHashSet<>(picks == null ? List.of() : picks);
    keys.addAll(split);
    for (String key : keys) {
      choices.add(
          new PlanTasks.Choice(
              request.getParameter("title_" + key),
              blankToNull(request.getParameter("code_" + key)),
              number(request.getParameter("department_" + key)),
              number(request.getParameter("owner_" + key)),
              leader,
              date(request.getParameter("due_" + key)),
              key,
              blankToNull(request.getParameter("line_" + key)),
              split.contains(key)));
    }
    if (choices.isEmpty()) {
      return renderPlan(id, List.of(messages.get("task.fromPlan.noneTicked")), model);
    }
    try {
      planTasks.create(access.actor(), id, choices);
    } catch (InvalidInputException e) {
      return renderPlan(id, e.problems().stream().map(messages::describe).toList(), model);
    } catch (ConflictException e) {
      // a second click or a second person made a line's task first: nothing more was made
      return renderPlan(id, List.of(messages.get(e.messageKey(), e.args())), model);
    }
    return "redirect:/plans/" + id + "/progress";
  }

  private String renderPlan(long id, List<String> errors, Model model) {
    Plan plan = planTasks.plan(access.user(), id);
    model.addAttribute("plan", plan);
    model.addAttribute("proposals", planTasks.proposals(access.user(), id));
    model.addAttribute("departments", active(plan.unitId()));
    model.addAttribute("officials", officials.ofUnit(plan.unitId()));
    model.addAttribute("errors", errors);
    return "task/from-plan";
  }

  @GetMapping("/plans/{id}/progress")
  String progress(@PathVariable long id, Model model) {
    Plan plan = planTasks.plan(access.user(), id);
    model.addAttribute("plan", plan);
    model.addAttribute("counts", planTasks.progress(access.user(), id));
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute(
        "rows", BoardRow.of(planTasks.tasksOf(access.user(), id), service.today(), stuckDays));
    model.addAttribute("manager", TaskAccess.manager(access.user()));
    return "task/web/progress";
  }

  private List<Department> active(long unitId) {
    return departments.ofUnit(unitId).stream().filter(Department::active).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Long number(String s) {
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
