package vn.parindex.task;

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
}
