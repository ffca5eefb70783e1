package vn.parindex.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** One task on a board: what, who, when, where it stands. */
public record TaskRow(
    long id,
    long unitId,
    String source,
    Long planId,
    String criterionCodes,
    String title,
    Long departmentId,
    String departmentName,
    Long ownerUserId,
    String ownerName,
    LocalDate dueOn,
    TaskStatus status,
    int progress,
    LocalDateTime lastUpdateAt,
    LocalDateTime createdAt) {

  public boolean overdue(LocalDate today) {
    return status.overdue(dueOn, today);
  }

  public boolean stuck(LocalDate today, int days) {
    LocalDateTime last = lastUpdateAt == null ? createdAt : lastUpdateAt;
    return status.open() && ChronoUnit.DAYS.between(last.toLocalDate(), today) > days;
  }
}
