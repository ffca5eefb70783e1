package vn.parindex.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reminders an open task calls for today under a unit's policy. Each carries the day that
 * makes it unique (the threshold it crossed), so a job that missed a day catches up once and a job
 * that runs every hour sends nothing twice.
 */
final class TaskReminderRules {

  private TaskReminderRules() {}

  static List<Due> due(OpenTask task, ReminderPolicy policy, LocalDate today) {
    List<Due> due = new ArrayList<>();
    long daysLeft = ChronoUnit.DAYS.between(today, task.dueOn());
    if (daysLeft >= 0) {
      // the tightest threshold reached: 5 days left with "7, 1" → the 7-day reminder
      policy.daysBefore().stream()
          .filter(d -> d >= daysLeft)
          .findFirst()
          .ifPresent(
              d -> due.add(new Due(ReminderKind.DUE_SOON, task.dueOn().minusDays(d), false)));
    } else {
      if (policy.onOverdue()) {
        due.add(new Due(ReminderKind.OVERDUE, task.dueOn().plusDays(1), false));
      }
      int after = Math.max(1, policy.escalateAfterDays());
      if (-daysLeft >= after) {
        due.add(new Due(ReminderKind.ESCALATION, task.dueOn().plusDays(after), true));
      }
    }
    LocalDate stuckOn = task.lastActivityOn().plusDays(policy.stuckDays());
    if (!today.isBefore(stuckOn)) {
      due.add(new Due(ReminderKind.STUCK, stuckOn, false));
    }
    return due;
  }
}
