package vn.parindex.task.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.input.Messages;
import vn.parindex.task.TaskAccess;
import vn.parindex.task.TaskFilter;
import vn.parindex.task.TaskService;
import vn.parindex.task.TaskStatus;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;

/** The PAR officer's board, an official's own tasks, the leader's verification queue. */
@Controller
@Access(TaskAccess.class)
class TaskBoardPages {

  private final TaskService service;
  private final TaskAccess access;
  private final Departments departments;
  private final Messages messages;
  private final int stuckDays;

  TaskBoardPages(
      TaskService service,
      TaskAccess access,
      Departments departments,
      Messages messages,
      @Value("${parindex.tasks.stuck-days:14}") int stuckDays) {
    this.service = service;
    this.access = access;
    this.departments = departments;
    this.messages = messages;
    this.stuckDays = stuckDays;
  }

  @GetMapping("/tasks")
  String board(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Long department,
      @RequestParam(required = false) TaskStatus status,
      @RequestParam(required = false) String view,
      Model model) {
    CurrentUser user = access.user();
    if (!TaskAccess.reader(user)) {
      return "redirect:/tasks/mine";
    }
    long unitId = unit == null ? user.unitId() : unit;
    // The unit's code and departments in one read; the departments, listed for the filter's
    // choices, also name the rows' departments.
    Optional<Departments.UnitDepartments> shown = departments.withFamily(unitId);
    List<Department> unitDepartments =
        shown.map(Departments.UnitDepartments::departments).orElse(List.of());
    Map<Long, String> departmentNames = new HashMap<>();
    unitDepartments.forEach(d -> departmentNames.put(d.id(), d.name()));
    List<BoardRow> all =
        BoardRow.of(
            service.board(
                user, new TaskFilter(unitId, department, null, status, null), departmentNames),
            service.today(),
            stuckDays);
    List<BoardRow> rows = all;
    if ("late".equals(view)) {
      rows = all.stream().filter(BoardRow::overdue).toList();
    } else if ("stuck".equals(view)) {
      rows = all.stream().filter(BoardRow::stuck).toList();
    }
    model.addAttribute("rows", rows);
    model.addAttribute("summary", BoardRow.Summary.of(all));
    model.addAttribute(
        "departmentChoices",
        unitDepartments.stream()
            .map(d -> new Choice(String.valueOf(d.id()), d.name(), d.id().equals(department)))
            .toList());
    model.addAttribute(
        "statusChoices",
        Arrays.stream(TaskStatus.values())
            .map(s -> new Choice(s.name(), messages.get("task.status." + s.name()), s == status))
            .toList());
    model.addAttribute("unitId", unitId);
    model.addAttribute("unitCode", shown.map(Departments.UnitDepartments::code).orElse(null));
    model.addAttribute("department", department);
    model.addAttribute("status", status);
    model.addAttribute("view", view);
    model.addAttribute("stuckDays", stuckDays);
    model.addAttribute("manager", TaskAccess.manager(user));
    model.addAttribute("leader", user.has(Role.LEADER));
    return "task/web/board";
  }

  @GetMapping("/tasks/mine")
  String mine(Model model) {
    List<BoardRow> rows = BoardRow.of(service.mine(access.user()), service.today(), stuckDays);
    model.addAttribute("rows", rows);
    model.addAttribute("summary", BoardRow.Summary.of(rows));
    model.addAttribute("stuckDays", stuckDays);
    return "task/web/mine";
  }

  @GetMapping("/tasks/verify")
  String verify(Model model) {
    model.addAttribute(
        "rows", BoardRow.of(service.toVerify(access.user()), service.today(), stuckDays));
    return "task/web/verify";
  }
}
