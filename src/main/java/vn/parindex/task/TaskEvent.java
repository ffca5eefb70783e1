package vn.parindex.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Something that happened to a task that its people should hear of at once, published by {@link
 * TaskService} and heard once the change has committed (the reminders turn it into a notification
 * and a mail). {@code updateId} is the task update that recorded it (null for an assignment).
 */
public record TaskEvent(
    Kind kind,
    long taskId,
    Long updateId,
    long unitId,
    String title,
    Long ownerId,
    Long leaderId,
    Long departmentId,
    LocalDate dueOn,
    long actorId,
    String comment,
    LocalDateTime at) {

  /** What happened: who hears of it is the listener's business. */
  public enum Kind {
    /** The task was given to an owner (created or reassigned). */
    ASSIGNED,
    /** The owner reported it done: it waits for its leader's verification. */
    REPORTED_DONE,
    /** The leader sent it back with a comment. */
    RETURNED,
    /** The leader verified it. */
    VERIFIED
  }

  static TaskEvent assigned(Task task, long actorId, LocalDateTime at) {
    return of(Kind.ASSIGNED, task, null, actorId, null, at);
  }

  /** The event a change of status makes, if any (a start or a cancellation tells no one). */
  static Optional<TaskEvent> moved(
      TaskStatus before, Task task, long updateId, long actorId, String comment, LocalDateTime at) {
    Kind kind = null;
    if (task.status() == TaskStatus.DONE && before != TaskStatus.DONE) {
      kind = Kind.REPORTED_DONE;
    } else if (task.status() == TaskStatus.VERIFIED && before != TaskStatus.VERIFIED) {
      kind = Kind.VERIFIED;
    } else if (before == TaskStatus.DONE && task.status().open()) {
      kind = Kind.RETURNED;
    }
    return Optional.ofNullable(kind).map(k -> of(k, task, updateId, actorId, comment, at));
  }

  private static TaskEvent of(
      Kind kind, Task task, Long updateId, long actorId, String comment, LocalDateTime at) {
    TaskDraft d = task.draft();
    return new TaskEvent(
        kind,
        task.id(),
        updateId,
        d.unitId(),
        d.title(),
        d.ownerUserId(),
        d.leaderUserId(),
        d.departmentId(),
        d.dueOn(),
        actorId,
        comment,
        at);
  }
}
