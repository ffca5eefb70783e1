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

  /** One announcement and whom it is for, told with others by {@link #tellAll}. */
  public record Told(Announcement announcement, Collection<Long> userIds, LocalDateTime at) {}

  /**
   * Tells many announcements at once (their people read in one query, their claims and
   * notifications written in batches), each enabled user of each once; the number newly told.
   * Within one call, each announcement has its own claim and no user is listed twice for it.
   */
  public int tellAll(java.util.List<Told> all) {
    java.util.Set<Long> everyone = new java.util.HashSet<>();
    all.forEach(t -> everyone.addAll(t.userIds()));
    if (everyone.isEmpty()) {
      return 0;
    }
    Map<Long, Person> people = queries.peopleByIds(everyone);
    java.util.List<Reminder> reminders = new java.util.ArrayList<>();
    for (Told t : all) {
      for (Long id : new java.util.LinkedHashSet<>(t.userIds())) {
        Person person = people.get(id);
        if (person != null) {
          reminders.add(reminder(t.announcement(), person, t.at()));
        }
      }
    }
    return sender.deliverAll(reminders, all.get(0).at());
  }

  private Reminder reminder(Announcement a, Person person, LocalDateTime at) {
    return new Reminder(
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
  }

  /** Tells each enabled user of {@code userIds}; the number newly told (claimed now). */
  public int tell(Announcement a, Collection<Long> userIds, LocalDateTime at) {
    Map<Long, Person> people = queries.peopleByIds(userIds);
    int told = 0;
    for (Person person : people.values()) {
      Reminder reminder = reminder(a, person, at);
      if (sender.deliver(reminder, at)) {
        told++;
      }
    }
    return told;
  }
}
