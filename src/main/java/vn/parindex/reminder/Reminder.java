package vn.parindex.reminder;

import java.time.LocalDate;

/**
 * One reminder to one person: the claim key (claim ref, kind, recipient, day), its text (the in-app
 * notification, which links to {@code refType}/{@code refId}) and the page to open, added under the
 * text of the mail. The claim ref is the subject itself, except for a task's events, each claimed
 * by the task update that recorded it (a task sent back twice in a day is told twice).
 */
record Reminder(
    String refType,
    long refId,
    ReminderKind kind,
    Person recipient,
    LocalDate onDay,
    String subject,
    String body,
    String link,
    String claimType,
    long claimId) {

  Reminder(
      String refType,
      long refId,
      ReminderKind kind,
      Person recipient,
      LocalDate onDay,
      String subject,
      String body,
      String link) {
    this(refType, refId, kind, recipient, onDay, subject, body, link, refType, refId);
  }

  String mailBody() {
    return link == null ? body : body + "\n\n" + link;
  }
}
