package vn.parindex.task;

import java.time.LocalDate;

/** Where a task stands: planned → in progress → done → verified, or cancelled with a reason. */
public enum TaskStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  VERIFIED,
  CANCELLED;

  /** Verified and cancelled tasks are closed; done ones wait for the leader. */
  public boolean open() {
    return this == PLANNED || this == IN_PROGRESS;
  }

  /** Open and due before today: the one rule for an overdue task (also in {@link TaskFigures}). */
  public boolean overdue(LocalDate dueOn, LocalDate today) {
    return open() && dueOn.isBefore(today);
  }
}
