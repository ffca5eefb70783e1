package vn.parindex.reminder;

/**
 * The reminders the job sends, each claimed once per (subject, recipient, day), and the notices of
 * a task's events, sent at once (TASK_…), each claimed once per event.
 */
public enum ReminderKind {
  DUE_SOON,
  OVERDUE,
  STUCK,
  ESCALATION,
  OBLIGATION_DUE,
  DIGEST,
  TASK_ASSIGNED,
  TASK_DONE,
  TASK_RETURNED,
  TASK_VERIFIED,
  /** An event of a yearly round (a step, a reopening, a lock), claimed once per event. */
  ROUND_EVENT
}
