package vn.parindex.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.AuditLog;
import vn.parindex.account.CurrentUser;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.plan.PlanAccess;
import vn.parindex.unit.Departments;

/** Creating tasks, moving them through their rules, posting progress with evidence. */
@Service
public class TaskService {

  /** An evidence file's content with its metadata, to serve as an attachment. */
  public record Download(EvidenceFile file, byte[] content) {}

  private final Tasks tasks;
  private final EvidenceFiles files;
  private final EvidenceStore store;
  private final TaskAccess access;
  private final Departments departments;
  private final Officials officials;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PlanAccess plans;

  TaskService(
      Tasks tasks,
      EvidenceFiles files,
      EvidenceStore store,
      TaskAccess access,
      Departments departments,
      Officials officials,
      AuditLog audit,
      PlanAccess plans,
      ApplicationEventPublisher events,
      Clock clock) {
    this.clock = clock;
    this.plans = plans;
    this.tasks = tasks;
    this.files = files;
    this.store = store;
    this.access = access;
    this.departments = departments;
    this.officials = officials;
    this.audit = audit;
    this.events = events;
  }

  /** Stored times are the server's wall clock (page.Times reads them in the server's zone). */
  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The task, if the user may see it (else 404). */
  public Task get(long id) {
    Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("task.notFound", id));
    access.checkRead(task);
    return task;
  }

  @Transactional
  public Task create(TaskDraft draft) {
    return createAll(List.of(draft)).get(0);
  }

  /** Creates every draft or none (all in one unit the user manages). */
  @Transactional
  public List<Task> createAll(List<TaskDraft> drafts) {
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      TaskDraft d = drafts.get(i);
      access.checkManage(d.unitId());
      try {
        d.check(i + 1);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      checkAssignment(d, i + 1, problems);
      checkPlan(d, i + 1, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    LocalDateTime now = now();
    List<Task> created = new ArrayList<>();
    for (TaskDraft d : drafts) {
      Task task = tasks.insert(Task.plan(d, now));
      audit.record("TASK", task.id(), "created", null, task.title());
      publishAssigned(task, now);
      created.add(task);
    }
    return created;
  }

  /** Creates one task from a draft on behalf of a supervisor's recommendation. */
  Task createUnchecked(TaskDraft draft) {
    draft.check(1);
    Task task = tasks.insert(Task.plan(draft, now()));
    audit.record("TASK", task.id(), "created", null, task.title());
    publishAssigned(task, task.createdAt());
    return task;
  }

  /** A task's plan is a plan of the task's own unit; another unit's plan out of scope is 404. */
  private void checkPlan(TaskDraft d, int row, List<InputProblem> problems) {
    if (d.planId() != null && plans.checkRead(d.planId()) != d.unitId()) {
      problems.add(InputProblem.of(row, "plan", "task.plan.otherUnit"));
    }
  }

  private void checkAssignment(TaskDraft d, int row, List<InputProblem> problems) {
    if (d.departmentId() != null
        && departments.findById(d.departmentId()).filter(x -> x.unitId() == d.unitId()).isEmpty()) {
      problems.add(InputProblem.of(row, "department", "task.department.unknown"));
    }
    for (Long user : new Long[] {d.ownerUserId(), d.leaderUserId()}) {
      if (user != null && !officials.inUnit(user, d.unitId())) {
        problems.add(InputProblem.of(row, "owner", "task.owner.unknown"));
      }
    }
  }

  /** Moves a task: each move's rules are the task's; who may ask is checked here. */
  @Transactional
  public Task act(long id, TaskAction action, String comment) {
    Task task = get(id);
    CurrentUser user = access.user();
    TaskStatus before = task.status();
    LocalDateTime now = now();
    if (action == TaskAction.START) {
      access.checkWork(task);
      task.start(now);
    } else if (action == TaskAction.COMPLETE) {
      access.checkWork(task);
      task.complete(now);
    } else if (action == TaskAction.VERIFY) {
      access.requireLeader();
      task.verify(user.id(), true, files.countOfTask(id), now);
    } else if (action == TaskAction.SEND_BACK) {
      access.requireLeader();
      task.sendBack(true, comment, now);
    } else {
      access.checkManage(task.unitId());
      task.cancel(comment, now);
    }
    tasks.saveState(task);
    long updateId = tasks.addUpdate(id, user.id(), now, null, clip(comment), before, task.status());
    audit.record("TASK", id, "status", before, task.status());
    TaskEvent.moved(before, task, updateId, user.id(), clip(comment), now)
        .ifPresent(events::publishEvent);
    return task;
  }

  /** Progress in percent (optional), a comment and evidence files; all-or-nothing. */
  @Transactional
  public Task postUpdate(long id, Integer percent, String comment, List<FileUpload> uploads) {
    Task task = get(id);
    access.checkWork(task);
    String text = clip(comment);
    if (percent == null && text == null && uploads.isEmpty()) {
      throw new InvalidInputException(InputProblem.of(0, "comment", "task.update.empty"));
    }
    List<EvidenceStore.Stored> stored = new ArrayList<>();
    for (FileUpload upload : uploads) {
      stored.add(store.store(upload.name(), upload.content()));
    }
    LocalDateTime now = now();
    TaskStatus before = task.status();
    int oldProgress = task.progress();
    if (percent != null) {
      task.reportProgress(percent, now);
    } else if (task.status() == TaskStatus.VERIFIED || task.status() == TaskStatus.CANCELLED) {
      throw TaskRefused.because("task.progress.closed");
    }
    tasks.saveState(withLastUpdate(task, now));
    CurrentUser user = access.user();
    long updateId = tasks.addUpdate(id, user.id(), now, percent, text, before, task.status());
    for (int i = 0; i < stored.size(); i++) {
      files.insert(id, updateId, stored.get(i), uploads.get(i).meta(), user.id(), now);
    }
    audit.record("TASK", id, "progress", oldProgress, task.progress());
    audit.record("TASK", id, "status", before, task.status());
    return task;
  }

  private static Task withLastUpdate(Task task, LocalDateTime now) {
    return new Task(
        task.id(),
        task.draft(),
        task.status(),
        task.progress(),
        task.cancelReason(),
        task.verifiedBy(),
        task.doneAt(),
        task.verifiedAt(),
        now,
        task.createdAt(),
        task.rowVersion());
  }

  /** Marks a milestone done today (or not done); owner or manager, on an open task. */
  @Transactional
  public void markMilestone(long id, int position, boolean done) {
    Task task = get(id);
    access.checkWork(task);
    if (!task.status().open()) {
      throw TaskRefused.because("task.progress.closed");
    }
    LocalDate day = done ? today() : null;
    if (!tasks.markMilestone(id, position, day)) {
      throw new NotFoundException("task.milestone.notFound", position);
    }
    audit.record("TASK", id, "milestone " + position, null, day == null ? "—" : day);
  }

  /** Reassigns a task (department, owner, leader, due date); each changed field is audited. */
  @Transactional
  public Task reassign(long id, Long departmentId, Long ownerId, Long leaderId, LocalDate dueOn) {
    Task task = get(id);
    access.checkManage(task.unitId());
    TaskDraft d = task.draft();
    TaskDraft next =
        new TaskDraft(
            d.unitId(),
            d.source(),
            d.planId(),
            d.criterionCodes(),
            d.title(),
            d.description(),
            departmentId,
            ownerId,
            leaderId,
            d.startOn(),
            dueOn,
            d.milestones());
    List<InputProblem> problems = new ArrayList<>();
    try {
      next.check(1);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    checkAssignment(next, 1, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    tasks.saveAssignment(id, departmentId, ownerId, leaderId, dueOn);
    audit.record("TASK", id, "department", d.departmentId(), departmentId);
    audit.record("TASK", id, "owner", d.ownerUserId(), ownerId);
    audit.record("TASK", id, "leader", d.leaderUserId(), leaderId);
    audit.record("TASK", id, "due", d.dueOn(), dueOn);
    Task saved = get(id);
    if (ownerId != null && !ownerId.equals(d.ownerUserId())) {
      publishAssigned(saved, now());
    }
    return saved;
  }

  /** The task's updates, newest first, each with its files. */
  public List<TaskUpdate> history(long id) {
    get(id);
    Map<Long, List<EvidenceFile>> byUpdate =
        files.ofTask(id).stream()
            .filter(f -> f.taskUpdateId() != null)
            .collect(Collectors.groupingBy(EvidenceFile::taskUpdateId));
    return tasks.updates(id).stream()
        .map(
            u ->
                new TaskUpdate(
                    u.id(),
                    u.authorName(),
                    u.at(),
                    u.progress(),
                    u.comment(),
                    u.statusFrom(),
                    u.statusTo(),
                    byUpdate.getOrDefault(u.id(), List.of())))
        .toList();
  }

  public List<EvidenceFile> evidence(long taskId) {
    get(taskId);
    return files.ofTask(taskId);
  }

  /** A file of a task the user may see; 404 otherwise. */
  public Download download(long taskId, long fileId) {
    get(taskId);
    EvidenceFile file =
        files
            .findById(fileId)
            .filter(f -> f.taskId() == taskId)
            .orElseThrow(() -> new NotFoundException("evidence.file.missing"));
    return new Download(file, store.read(file.sha256()));
  }

  /** The unit's tasks (officers, leaders, appraisers, supervisors). */
  public List<TaskRow> board(TaskFilter filter) {
    access.checkBoard(filter.unitId());
    return tasks.list(filter);
  }

  /** The signed-in official's own tasks. */
  public List<TaskRow> mine() {
    CurrentUser user = access.user();
    return tasks.list(new TaskFilter(user.unitId(), null, user.id(), null, null));
  }

  /** Done tasks waiting for the leader's verification in the leader's unit. */
  public List<TaskRow> toVerify() {
    access.requireLeader();
    CurrentUser user = access.user();
    return tasks.list(new TaskFilter(user.unitId(), null, null, TaskStatus.DONE, null));
  }

  /** Tells the new owner, once the change commits (see reminder's task notices). */
  private void publishAssigned(Task task, LocalDateTime at) {
    if (task.ownerUserId() != null) {
      events.publishEvent(TaskEvent.assigned(task, access.user().id(), at));
    }
  }

  private static String clip(String comment) {
    String text = Text.cleanOrNull(comment);
    return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
  }
}
