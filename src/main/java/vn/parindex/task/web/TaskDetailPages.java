package vn.parindex.task.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.account.Access;
import vn.parindex.account.AuditLog;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.task.Officials;
import vn.parindex.task.Task;
import vn.parindex.task.TaskAccess;
import vn.parindex.task.TaskAction;
import vn.parindex.task.TaskService;
import vn.parindex.task.TaskStatus;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;

/** A task: its details, progress with evidence, the moves the user may make, its history. */
@Controller
@Access(TaskAccess.class)
class TaskDetailPages {

  private final TaskService service;
  private final TaskAccess access;
  private final Departments departments;
  private final Officials officials;
  private final AuditLog audit;
  private final Messages messages;

  TaskDetailPages(
      TaskService service,
      TaskAccess access,
      Departments departments,
      Officials officials,
      AuditLog audit,
      Messages messages) {
    this.service = service;
    this.access = access;
    this.departments = departments;
    this.officials = officials;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/tasks/{id}")
  String show(@PathVariable long id, Model model) {
    return render(id, List.of(), model);
  }

  @PostMapping("/tasks/{id}/updates")
  String update(
      @PathVariable long id,
      @RequestParam(required = false) Integer percent,
      @RequestParam(required = false) String comment,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(required = false) String docNumber,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate docDate,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String docTitle,
      Model model,
      RedirectAttributes saved) {
    try {
      service.postUpdate(
          access.actor(),
          id,
          percent,
          comment,
          Uploads.of(files, docNumber, docDate, issuer, docTitle));
    } catch (InvalidInputException e) {
      return render(id, e.problems().stream().map(messages::describe).toList(), model);
    }
    return confirmed(id, "task.saved.update", saved);
  }

  @PostMapping("/tasks/{id}/actions")
  String act(
      @PathVariable long id,
      @RequestParam TaskAction action,
      @RequestParam(required = false) String comment,
      Model model,
      RedirectAttributes saved) {
    try {
      service.act(access.actor(), id, action, comment);
    } catch (InvalidInputException e) {
      return render(id, e.problems().stream().map(messages::describe).toList(), model);
    }
    return confirmed(id, "task.saved." + action.name(), saved);
  }

  @PostMapping("/tasks/{id}/milestones/{position}")
  String milestone(
      @PathVariable long id,
      @PathVariable int position,
      @RequestParam boolean done,
      RedirectAttributes saved) {
    service.markMilestone(access.actor(), id, position, done);
    return confirmed(id, "task.saved.milestone", saved);
  }

  @PostMapping("/tasks/{id}/assignment")
  String reassign(
      @PathVariable long id,
      @RequestParam(required = false) Long department,
      @RequestParam(required = false) Long owner,
      @RequestParam(required = false) Long leader,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
      Model model,
      RedirectAttributes saved) {
    try {
      service.reassign(access.actor(), id, department, owner, leader, due);
    } catch (InvalidInputException e) {
      return render(id, e.problems().stream().map(messages::describe).toList(), model);
    }
    return confirmed(id, "task.saved.assignment", saved);
  }

  @GetMapping("/tasks/{id}/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
    return Attachments.of(service.download(access.user(), id, fileId));
  }

  /** Back to the task, which says what was just done (once: a flash attribute, not the URL). */
  private static String confirmed(long id, String messageKey, RedirectAttributes saved) {
    saved.addFlashAttribute("saved", messageKey);
    return "redirect:/tasks/" + id;
  }

  private String render(long id, List<String> errors, Model model) {
    Task task = service.get(access.user(), id);
    CurrentUser user = access.user();
    model.addAttribute("task", task);
    model.addAttribute("errors", errors);
    model.addAttribute("updates", service.history(user, id));
    model.addAttribute("evidence", service.evidence(user, id));
    model.addAttribute(
        "changes",
        new TaskChanges(
                messages,
                person -> officials.nameOf(person).orElse(null),
                department -> departments.findById(department).map(Department::name).orElse(null))
            .of(audit.history("TASK", id)));
    model.addAttribute("overdue", task.overdue(service.today()));
    model.addAttribute(
        "department",
        task.departmentId() == null
            ? null
            : departments.findById(task.departmentId()).map(Department::name).orElse(null));
    model.addAttribute("owner", name(task.unitId(), task.ownerUserId()));
    model.addAttribute("leader", name(task.unitId(), task.draft().leaderUserId()));
    boolean worker =
        TaskAccess.manager(user) || (task.ownerUserId() != null && task.ownerUserId() == user.id());
    model.addAttribute("canWork", worker && task.status().open());
    model.addAttribute(
        "canPost",
        worker && task.status() != TaskStatus.VERIFIED && task.status() != TaskStatus.CANCELLED);
    model.addAttribute("actions", actions(task, user, worker));
    model.addAttribute("manager", TaskAccess.manager(user) && task.status().open());
    model.addAttribute(
        "departments",
        departments.ofUnit(task.unitId()).stream().filter(Department::active).toList());
    model.addAttribute("officials", officials.ofUnit(task.unitId()));
    return "task/detail";
  }

  private String name(long unitId, Long userId) {
    if (userId == null) {
      return null;
    }
    return officials.ofUnit(unitId).stream()
        .filter(o -> o.id() == userId)
        .map(Officials.Official::displayName)
        .findFirst()
        .orElse(null);
  }

  private static List<TaskAction> actions(Task task, CurrentUser user, boolean worker) {
    List<TaskAction> out = new ArrayList<>();
    TaskStatus s = task.status();
    if (worker && s == TaskStatus.PLANNED) {
      out.add(TaskAction.START);
    }
    if (worker && s == TaskStatus.IN_PROGRESS) {
      out.add(TaskAction.COMPLETE);
    }
    if (user.has(Role.LEADER) && s == TaskStatus.DONE) {
      out.add(TaskAction.VERIFY);
      out.add(TaskAction.SEND_BACK);
    }
    if (TaskAccess.manager(user) && s != TaskStatus.VERIFIED && s != TaskStatus.CANCELLED) {
      out.add(TaskAction.CANCEL);
    }
    return out;
  }
}
