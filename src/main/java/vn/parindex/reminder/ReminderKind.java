package vn.parindex.reminder;

/** The reminders the job sends; each is claimed once per (subject, recipient, day). */
public enum ReminderKind {
  DUE_SOON,
  OVERDUE,
  STUCK,
  ESCALATION,
  OBLIGATION_DUE,
  DIGEST
}
