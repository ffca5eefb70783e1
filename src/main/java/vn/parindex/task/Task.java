package vn.parindex.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.parindex.input.Text;

/**
 * A task of a unit's plan. Its status moves only through the methods below, each refusing what the
 * rules forbid: PLANNED → IN_PROGRESS → DONE → VERIFIED (by a leader, with evidence), DONE →
 * IN_PROGRESS when the leader sends it back with a comment, and any non-verified task → CANCELLED
 * with a reason.
 */
public final class Task {

  private final Long id;
  private final TaskDraft draft;
  private TaskStatus status;
  private int progress;
  private String cancelReason;
  private Long verifiedBy;
  private LocalDateTime doneAt;
  private LocalDateTime verifiedAt;
  private LocalDateTime lastUpdateAt;
  private final LocalDateTime createdAt;
  private final int rowVersion;

  public Task(
      Long id,
      TaskDraft draft,
      TaskStatus status,
      int progress,
      String cancelReason,
      Long verifiedBy,
      LocalDateTime doneAt,
      LocalDateTime verifiedAt,
      LocalDateTime lastUpdateAt,
      LocalDateTime createdAt,
      int rowVersion) {
    this.id = id;
    this.draft = draft;
    this.status = status;
    this.progress = progress;
    this.cancelReason = cancelReason;
    this.verifiedBy = verifiedBy;
    this.doneAt = doneAt;
    this.verifiedAt = verifiedAt;
    this.lastUpdateAt = lastUpdateAt;
    this.createdAt = createdAt;
    this.rowVersion = rowVersion;
  }

  /** A new, planned task. */
  public static Task plan(TaskDraft draft, LocalDateTime now) {
    draft.check(1);
    return new Task(null, draft, TaskStatus.PLANNED, 0, null, null, null, null, null, now, 0);
  }

  /** The owner starts work. */
  public void start(LocalDateTime at) {
    require(status == TaskStatus.PLANNED, "task.transition.refused", TaskStatus.IN_PROGRESS);
    status = TaskStatus.IN_PROGRESS;
    lastUpdateAt = at;
  }

  /** Progress in percent; a planned task reporting progress is in progress. 100 is not "done". */
  public void reportProgress(int percent, LocalDateTime at) {
    require(status.open(), "task.progress.closed");
    require(percent >= 0 && percent <= 100, "task.progress.range");
    if (status == TaskStatus.PLANNED && percent > 0) {
      status = TaskStatus.IN_PROGRESS;
    }
    progress = percent;
    lastUpdateAt = at;
  }

  /** The owner declares the work done; it now waits for the leader's verification. */
  public void complete(LocalDateTime at) {
    require(status == TaskStatus.IN_PROGRESS, "task.transition.refused", TaskStatus.DONE);
    status = TaskStatus.DONE;
    progress = 100;
    doneAt = at;
    lastUpdateAt = at;
  }

  /** A leader verifies a done task that has at least one evidence file. */
  public void verify(long leaderId, boolean byLeader, int evidenceFiles, LocalDateTime at) {
    require(status == TaskStatus.DONE, "task.transition.refused", TaskStatus.VERIFIED);
    require(byLeader, "task.verify.leaderOnly");
    require(evidenceFiles > 0, "task.verify.noEvidence");
    status = TaskStatus.VERIFIED;
    verifiedBy = leaderId;
    verifiedAt = at;
    lastUpdateAt = at;
  }

  /** A leader sends a done task back, saying why. */
  public void sendBack(boolean byLeader, String comment, LocalDateTime at) {
    require(status == TaskStatus.DONE, "task.transition.refused", TaskStatus.IN_PROGRESS);
    require(byLeader, "task.sendBack.leaderOnly");
    require(comment != null && !Text.clean(comment).isEmpty(), "task.sendBack.comment");
    status = TaskStatus.IN_PROGRESS;
    lastUpdateAt = at;
  }

  /** Cancels a task that is not verified or already cancelled, with a reason. */
  public void cancel(String reason, LocalDateTime at) {
    require(
        status != TaskStatus.VERIFIED && status != TaskStatus.CANCELLED,
        "task.transition.refused",
        TaskStatus.CANCELLED);
    String why = reason == null ? "" : Text.clean(reason);
    require(!why.isEmpty(), "task.cancel.reason");
    status = TaskStatus.CANCELLED;
    cancelReason = why.length() > 1000 ? why.substring(0, 1000) : why;
    lastUpdateAt = at;
  }

  /** Past its due date and neither done, verified nor cancelled. */
  public boolean overdue(LocalDate today) {
    return status.overdue(draft.dueOn(), today);
  }

  /** Open and without any update (or since creation) for more than {@code days} days. */
  public boolean stuck(LocalDate today, int days) {
    LocalDateTime last = lastUpdateAt == null ? createdAt : lastUpdateAt;
    return status.open() && ChronoUnit.DAYS.between(last.toLocalDate(), today) > days;
  }

  private static void require(boolean ok, String messageKey, Object... args) {
    if (!ok) {
      throw TaskRefused.because(messageKey, args);
    }
  }

  public Task withId(long newId) {
    return new Task(
        newId,
        draft,
        status,
        progress,
        cancelReason,
        verifiedBy,
        doneAt,
        verifiedAt,
        lastUpdateAt,
        createdAt,
        rowVersion);
  }

  public Long id() {
    return id;
  }

  public long unitId() {
    return draft.unitId();
  }

  public TaskDraft draft() {
    return draft;
  }

  public String title() {
    return draft.title();
  }

  public List<String> criterionCodes() {
    return draft.criterionCodes();
  }

  public LocalDate dueOn() {
    return draft.dueOn();
  }

  public Long ownerUserId() {
    return draft.ownerUserId();
  }

  public Long departmentId() {
    return draft.departmentId();
  }

  public TaskStatus status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public Long verifiedBy() {
    return verifiedBy;
  }

  /** When the task was last declared done (kept when it is verified); null before that. */
  public LocalDateTime doneAt() {
    return doneAt;
  }

  public LocalDateTime verifiedAt() {
    return verifiedAt;
  }

  public LocalDateTime lastUpdateAt() {
    return lastUpdateAt;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public int rowVersion() {
    return rowVersion;
  }
}
