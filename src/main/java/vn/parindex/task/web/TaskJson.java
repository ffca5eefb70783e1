package vn.parindex.task.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.parindex.task.Task;
import vn.parindex.task.TaskMilestone;

/** A task as the API returns it. */
record TaskJson(
    long id,
    long unitId,
    String source,
    Long planId,
    List<String> criterionCodes,
    String title,
    String description,
    Long departmentId,
    Long ownerUserId,
    Long leaderUserId,
    LocalDate startOn,
    LocalDate dueOn,
    String status,
    int progress,
    boolean overdue,
    String cancelReason,
    LocalDateTime verifiedAt,
    LocalDateTime lastUpdateAt,
    List<TaskMilestone> milestones) {

  static TaskJson of(Task t, LocalDate today) {
    var d = t.draft();
    return new TaskJson(
        t.id(),
        t.unitId(),
        d.source().name(),
        d.planId(),
        d.criterionCodes(),
        d.title(),
        d.description(),
        d.departmentId(),
        d.ownerUserId(),
        d.leaderUserId(),
        d.startOn(),
        d.dueOn(),
        t.status().name(),
        t.progress(),
        t.overdue(today),
        t.cancelReason(),
        t.verifiedAt(),
        t.lastUpdateAt(),
        d.milestones());
  }
}
