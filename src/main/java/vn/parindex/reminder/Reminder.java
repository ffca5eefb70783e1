package vn.parindex.reminder;

import java.time.LocalDate;

/**
 * One reminder to one person: the claim key (ref, kind, recipient, day), its text (the in-app
 * notification) and the page to open, added under the text of the mail.
 */
record Reminder(
    String refType,
    long refId,
    ReminderKind kind,
    Person recipient,
    LocalDate onDay,
    String subject,
    String body,
    String link) {

  String mailBody() {
    return link == null ? body : body + "\n\n" + link;
  }
}
