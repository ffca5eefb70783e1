package vn.parindex.task.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.TaskAccess;
import vn.parindex.task.TaskAction;
import vn.parindex.task.TaskDraft;
import vn.parindex.task.TaskFilter;
import vn.parindex.task.TaskMilestone;
import vn.parindex.task.TaskRow;
import vn.parindex.task.TaskService;
import vn.parindex.task.TaskSource;
import vn.parindex.task.TaskStatus;
import vn.parindex.task.TaskUpdate;

/** Tasks for scripts: list by unit, get, create, move, post progress with files. */
@RestController
@RequestMapping("/api/v1/tasks")
@Access(TaskAccess.class)
class TaskApi {

  /** A new task. */
  record NewTask(
      long unit,
      TaskSource source,
      Long planId,
      List<String> criterionCodes,
      String title,
      String description,
      Long departmentId,
      Long ownerUserId,
      Long leaderUserId,
      LocalDate startOn,
      LocalDate dueOn,
      List<TaskMilestone> milestones) {}

  /** A status move. */
  record Transition(TaskAction action, String comment) {}

  private final TaskService service;
  private final TaskAccess access;
  private final PlanTasks planTasks;

  TaskApi(TaskService service, TaskAccess access, PlanTasks planTasks) {
    this.service = service;
    this.access = access;
    this.planTasks = planTasks;
  }

  /** A plan's tasks counted by status (supervisors, appraisers, the unit). */
  @GetMapping("/by-plan/{planId}/progress")
  Map<TaskStatus, Long> planProgress(@PathVariable long planId) {
    Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
    for (TaskStatus s : TaskStatus.values()) {
      counts.put(s, 0L);
    }
    counts.putAll(planTasks.progress(access.user(), planId));
    return counts;
  }

  @GetMapping
  List<TaskRow> list(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Long department,
      @RequestParam(required = false) TaskStatus status,
      @RequestParam(required = false) Long plan) {
    if (!TaskAccess.reader(access.user())) {
      return service.mine(access.user());
    }
    long unitId = unit == null ? access.user().unitId() : unit;
    return service.board(access.user(), new TaskFilter(unitId, department, null, status, plan));
  }

  @GetMapping("/{id}")
  TaskJson get(@PathVariable long id) {
    return TaskJson.of(service.get(access.user(), id), service.today());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TaskJson create(@RequestBody NewTask t) {
    return TaskJson.of(
        service.create(
            access.actor(),
            new TaskDraft(
                t.unit(),
                t.source(),
                t.planId(),
                t.criterionCodes(),
                t.title(),
                t.description(),
                t.departmentId(),
                t.ownerUserId(),
                t.leaderUserId(),
                t.startOn(),
                t.dueOn(),
                t.milestones())),
        service.today());
  }

  @PostMapping("/{id}/transitions")
  TaskJson transition(@PathVariable long id, @RequestBody Transition t) {
    return TaskJson.of(service.act(access.actor(), id, t.action(), t.comment()), service.today());
  }

  @PostMapping(value = "/{id}/updates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  TaskJson update(
      @PathVariable long id,
      @RequestParam(required = false) Integer percent,
      @RequestParam(required = false) String comment,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(required = false) String docNumber,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate docDate,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String docTitle) {
    return TaskJson.of(
        service.postUpdate(
            access.actor(),
            id,
            percent,
            comment,
            Uploads.of(files, docNumber, docDate, issuer, docTitle)),
        service.today());
  }

  @GetMapping("/{id}/updates")
  List<TaskUpdate> history(@PathVariable long id) {
    return service.history(access.user(), id);
  }

  @GetMapping("/{id}/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
    return Attachments.of(service.download(access.user(), id, fileId));
  }
}
