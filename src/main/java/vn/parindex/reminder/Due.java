package vn.parindex.reminder;

import java.time.LocalDate;

/** A reminder the rules ask for: its kind, the day that makes it unique, and who it is for. */
record Due(ReminderKind kind, LocalDate onDay, boolean toLeader) {}
