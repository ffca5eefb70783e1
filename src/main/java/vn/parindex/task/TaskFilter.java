package vn.parindex.task;

/** Which tasks to list; null fields do not filter. */
public record TaskFilter(
    Long unitId, Long departmentId, Long ownerUserId, TaskStatus status, Long planId) {

  public static TaskFilter ofUnit(long unitId) {
    return new TaskFilter(unitId, null, null, null, null);
  }
}
