package vn.parindex.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
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

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The task, if the user may see it (else 404). */
  public Task get(CurrentUser user, long id) {
    Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("task.notFound", id));
    access.checkRead(user, task);
    return task;
  }

  @Transactional
  public Task create(Actor by, TaskDraft draft) {
    return createAll(by, List.of(draft)).get(0);
  }

  /** Creates every draft or none (all in one unit the user manages). */
  @Transactional
  public List<Task> createAll(Actor by, List<TaskDraft> drafts) {
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      TaskDraft d = drafts.get(i);
      access.checkManage(by.user(), d.unitId());
      try {
        d.check(i + 1);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      checkAssignment(d, i + 1, problems);
      checkPlan(by.user(), d, i + 1, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Task> created = new ArrayList<>();
    for (TaskDraft d : drafts) {
      Task task = tasks.insert(Task.plan(d, by.stored()));
      audit.record(by, "TASK", task.id(), "created", null, task.title());
      publishAssigned(by, task);
      created.add(task);
    }
    return created;
  }

  /** Creates one task from a draft on behalf of a supervisor's recommendation. */
  Task createUnchecked(Actor by, TaskDraft draft) {
    draft.check(1);
    Task task = tasks.insert(Task.plan(draft, by.stored()));
    audit.record(by, "TASK", task.id(), "created", null, task.title());
    publishAssigned(by, task);
    return task;
  }

  /** A task's plan is a plan of the task's own unit; another unit's plan out of scope is 404. */
  private void checkPlan(CurrentUser user, TaskDraft d, int row, List<InputProblem> problems) {
    if (d.planId() != null && plans.checkRead(user, d.planId()) != d.unitId()) {
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
  public Task act(Actor by, long id, TaskAction action, String comment) {
    CurrentUser user = by.user();
    Task task = get(user, id);
    TaskStatus before = task.status();
    LocalDateTime now = by.stored();
    if (action == TaskAction.START) {
      access.checkWork(user, task);
      task.start(now);
    } else if (action == TaskAction.COMPLETE) {
      access.checkWork(user, task);
      task.complete(now);
    } else if (action == TaskAction.VERIFY) {
      access.requireLeader(user);
      task.verify(user.id(), true, files.countOfTask(id), now);
    } else if (action == TaskAction.SEND_BACK) {
      access.requireLeader(user);
      task.sendBack(true, comment, now);
    } else {
      access.checkManage(user, task.unitId());
      task.cancel(comment, now);
    }
    tasks.saveState(task);
    long updateId = tasks.addUpdate(id, user.id(), now, null, clip(comment), before, task.status());
    audit.record(by, "TASK", id, "status", before, task.status());
    TaskEvent.moved(before, task, updateId, user.id(), clip(comment), now)
        .ifPresent(events::publishEvent);
    return task;
  }

  /** Progress in percent (optional), a comment and evidence files; all-or-nothing. */
  @Transactional
  public Task postUpdate(
      Actor by, long id, Integer percent, String comment, List<FileUpload> uploads) {
    CurrentUser user = by.user();
    Task task = get(user, id);
    access.checkWork(user, task);
    String text = clip(comment);
    if (percent == null && text == null && uploads.isEmpty()) {
      throw new InvalidInputException(InputProblem.of(0, "comment", "task.update.empty"));
    }
    List<EvidenceStore.Stored> stored = new ArrayList<>();
    for (FileUpload upload : uploads) {
      stored.add(store.store(upload.name(), upload.content()));
    }
    LocalDateTime now = by.stored();
    TaskStatus before = task.status();
    int oldProgress = task.progress();
    if (percent != null) {
      task.reportProgress(percent, now);
    } else if (task.status() == TaskStatus.VERIFIED || task.status() == TaskStatus.CANCELLED) {
      throw TaskRefused.because("task.progress.closed");
    }
    tasks.saveState(withLastUpdate(task, now));
    long updateId = tasks.addUpdate(id, user.id(), now, percent, text, before, task.status());
    for (int i = 0; i < stored.size(); i++) {
      files.insert(id, updateId, stored.get(i), uploads.get(i).meta(), user.id(), now);
    }
    audit.record(by, "TASK", id, "progress", oldProgress, task.progress());
    audit.record(by, "TASK", id, "status", before, task.status());
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

  /** Marks a milestone done on the day of the action (or not done); owner or manager, open task. */
  @Transactional
  public void markMilestone(Actor by, long id, int position, boolean done) {
    Task task = get(by.user(), id);
    access.checkWork(by.user(), task);
    if (!task.status().open()) {
      throw TaskRefused.because("task.progress.closed");
    }
    LocalDate day = done ? by.day(clock) : null;
    if (!tasks.markMilestone(id, position, day)) {
      throw new NotFoundException("task.milestone.notFound", position);
    }
    audit.record(by, "TASK", id, "milestone " + position, null, day == null ? "—" : day);
  }

  /** Reassigns a task (department, owner, leader, due date); each changed field is audited. */
  @Transactional
  public Task reassign(
      Actor by, long id, Long departmentId, Long ownerId, Long leaderId, LocalDate dueOn) {
    Task task = get(by.user(), id);
    access.checkManage(by.user(), task.unitId());
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
    audit.record(by, "TASK", id, "department", d.departmentId(), departmentId);
    audit.record(by, "TASK", id, "owner", d.ownerUserId(), ownerId);
    audit.record(by, "TASK", id, "leader", d.leaderUserId(), leaderId);
    audit.record(by, "TASK", id, "due", d.dueOn(), dueOn);
    Task saved = get(by.user(), id);
    if (ownerId != null && !ownerId.equals(d.ownerUserId())) {
      publishAssigned(by, saved);
    }
    return saved;
  }

  /** The task's updates, newest first, each with its files. */
  public List<TaskUpdate> history(CurrentUser user, long id) {
    get(user, id);
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

  public List<EvidenceFile> evidence(CurrentUser user, long taskId) {
    get(user, taskId);
    return files.ofTask(taskId);
  }

  /** A file of a task the user may see; 404 otherwise. */
  public Download download(CurrentUser user, long taskId, long fileId) {
    get(user, taskId);
    EvidenceFile file =
        files
            .findById(fileId)
            .filter(f -> f.taskId() == taskId)
            .orElseThrow(() -> new NotFoundException("evidence.file.missing"));
    return new Download(file, store.read(file.sha256()));
  }

  /** The unit's tasks (officers, leaders, appraisers, supervisors). */
  public List<TaskRow> board(CurrentUser user, TaskFilter filter) {
    return board(user, filter, Map.of());
  }

  /** As above, with the names of departments the caller has read (see {@link Tasks#list}). */
  public List<TaskRow> board(
      CurrentUser user, TaskFilter filter, Map<Long, String> knownDepartments) {
    access.checkBoard(user, filter.unitId());
    return tasks.list(filter, knownDepartments);
  }

  /** The official's own tasks. */
  public List<TaskRow> mine(CurrentUser user) {
    return tasks.list(new TaskFilter(user.unitId(), null, user.id(), null, null));
  }

  /** Done tasks waiting for the leader's verification in the leader's unit. */
  public List<TaskRow> toVerify(CurrentUser user) {
    access.requireLeader(user);
    return tasks.list(new TaskFilter(user.unitId(), null, null, TaskStatus.DONE, null));
  }

  /** Tells the new owner, once the change commits (see reminder's task notices). */
  private void publishAssigned(Actor by, Task task) {
    if (task.ownerUserId() != null) {
      events.publishEvent(TaskEvent.assigned(task, by.id(), by.stored()));
    }
  }

  private static String clip(String comment) {
    String text = Text.cleanOrNull(comment);
    return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
  }
}
