package vn.parindex.reminder;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells people of an event another feature recorded (a round's step, a deadline that locked), in
 * the app and by mail when the person has an address and mail is configured: the reminders' own
 * delivery, so each (event, person) is claimed once in {@code reminder_log} and a retry, a second
 * run or a second instance tells nobody twice.
 */
@Component
public class Announcements {

  /**
   * What to tell: the page it concerns ({@code refType}/{@code refId}, e.g. "ROUND"/round id), the
   * event it is claimed by ({@code claimType}/{@code claimId}, unique per event), the mail's
   * subject, the text (the in-app notification and the mail) and the path to open.
   */
  public record Announcement(
      String refType,
      long refId,
      String claimType,
      long claimId,
      String subject,
      String text,
      String path) {}

  private final ReminderQueries queries;
  private final ReminderSender sender;
  private final ReminderTexts texts;

  Announcements(ReminderQueries queries, ReminderSender sender, ReminderTexts texts) {
    this.queries = queries;
    this.sender = sender;
    this.texts = texts;
  }

  /** Tells each enabled user of {@code userIds}; the number newly told (claimed now). */
  public int tell(Announcement a, Collection<Long> userIds, LocalDateTime at) {
    Map<Long, Person> people = queries.peopleByIds(userIds);
    int told = 0;
    for (Person person : people.values()) {
      Reminder reminder =
          new Reminder(
              a.refType(),
              a.refId(),
              ReminderKind.ROUND_EVENT,
              person,
              at.toLocalDate(),
              a.subject(),
              a.text(),
              texts.link(a.path()),
              a.claimType(),
              a.claimId());
      if (sender.deliver(reminder, at)) {
        told++;
      }
    }
    return told;
  }
}
