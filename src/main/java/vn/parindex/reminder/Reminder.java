package vn.parindex.reminder;

import java.time.LocalDate;

/** One reminder to one person: the claim key (ref, kind, recipient, day) and its text. */
record Reminder(
    String refType,
    long refId,
    ReminderKind kind,
    Person recipient,
    LocalDate onDay,
    String subject,
    String body) {}
