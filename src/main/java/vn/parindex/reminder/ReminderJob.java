package vn.parindex.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.parindex.framework.Obligation;

/**
 * The reminder run: for every open task and every obligation due soon, the reminders its unit's
 * policy asks for, then one digest per person; each delivered exactly once by {@link
 * ReminderSender}. Safe to run every hour, from any number of instances.
 */
@Component
public class ReminderJob {

  /** What a run did: reminders newly claimed (and notified), and failed mails sent on retry. */
  public record Result(int delivered, int retried) {}

  private final ReminderQueries queries;
  private final ReminderPolicies policies;
  private final ObligationCalendar calendar;
  private final ReminderSender sender;
  private final ReminderTexts texts;

  ReminderJob(
      ReminderQueries queries,
      ReminderPolicies policies,
      ObligationCalendar calendar,
      ReminderSender sender,
      ReminderTexts texts) {
    this.queries = queries;
    this.policies = policies;
    this.calendar = calendar;
    this.sender = sender;
    this.texts = texts;
  }

  public Result run(LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    Map<Long, Person> people = queries.people();
    Map<Long, ReminderPolicy> unitPolicies = new HashMap<>();
    List<Reminder> reminders = new ArrayList<>();
    Map<Long, Set<String>> digest = new LinkedHashMap<>();
    for (OpenTask task : queries.openTasks()) {
      ReminderPolicy policy = unitPolicies.computeIfAbsent(task.unitId(), policies::forUnit);
      List<Due> dues = TaskReminderRules.due(task, policy, today);
      for (Due due : dues) {
        List<Person> to =
            due.toLeader() ? Recipients.leaders(task, people) : Recipients.owners(task, people);
        for (Person person : to) {
          reminders.add(taskReminder(task, due, person, today));
        }
      }
      if (!dues.isEmpty()) {
        String line = digestLine(task, today);
        Recipients.owners(task, people).forEach(p -> add(digest, p, line));
        Recipients.parOfficers(task.unitId(), people).forEach(p -> add(digest, p, line));
      }
    }
    for (long unitId : Recipients.unitsWithParOfficers(people)) {
      for (DueItem item : calendar.of(unitId, today.getYear(), today)) {
        if (item.status() == DueStatus.DUE_SOON) {
          for (Person officer : Recipients.forObligation(item.obligation(), unitId, people)) {
            reminders.add(obligationReminder(item, officer));
            add(
                digest,
                officer,
                texts.get(
                    "reminder.digest.obligation",
                    item.obligation().title(),
                    ReminderTexts.date(item.dueOn())));
          }
        }
      }
    }
    digest.forEach(
        (userId, lines) -> {
          Person person = people.get(userId);
          ReminderPolicy policy = unitPolicies.computeIfAbsent(person.unitId(), policies::forUnit);
          if (policy.dailyDigest() && now.getHour() >= policy.sendHour()) {
            reminders.add(digestReminder(person, lines, today));
          }
        });
    int delivered = 0;
    for (Reminder reminder : reminders) {
      if (sender.deliver(reminder, now)) {
        delivered++;
      }
    }
    return new Result(delivered, sender.retryFailed());
  }

  private Reminder taskReminder(OpenTask task, Due due, Person person, LocalDate today) {
    String key = "reminder." + due.kind().name().toLowerCase().replace('_', '.');
    long late = ChronoUnit.DAYS.between(task.dueOn(), today);
    String body =
        texts.get(
            key + ".text",
            task.title(),
            ReminderTexts.date(task.dueOn()),
            Math.abs(late),
            ReminderTexts.date(task.lastActivityOn()),
            person.name());
    return new Reminder(
        "TASK",
        task.id(),
        due.kind(),
        person,
        due.onDay(),
        texts.get(key + ".subject", task.title()),
        body,
        texts.link("/tasks/" + task.id()));
  }

  private Reminder obligationReminder(DueItem item, Person officer) {
    Obligation o = item.obligation();
    String criterion = o.criterionCode() == null ? "—" : o.criterionCode();
    return new Reminder(
        "OBLIGATION",
        o.id(),
        ReminderKind.OBLIGATION_DUE,
        officer,
        item.dueOn(),
        texts.get("reminder.obligation.due.subject", o.title()),
        texts.get(
            "reminder.obligation.due.text", o.title(), criterion, ReminderTexts.date(item.dueOn())),
        texts.link("/obligations?year=" + item.dueOn().getYear()));
  }

  private Reminder digestReminder(Person person, Set<String> lines, LocalDate today) {
    String body =
        texts.get("reminder.digest.text", person.name(), ReminderTexts.date(today))
            + "\n\n"
            + String.join("\n", lines);
    return new Reminder(
        "USER",
        person.id(),
        ReminderKind.DIGEST,
        person,
        today,
        texts.get("reminder.digest.subject", ReminderTexts.date(today)),
        body,
        texts.link("/notifications"));
  }

  private String digestLine(OpenTask task, LocalDate today) {
    long left = ChronoUnit.DAYS.between(today, task.dueOn());
    String key = left < 0 ? "reminder.digest.late" : "reminder.digest.soon";
    return texts.get(key, task.title(), ReminderTexts.date(task.dueOn()), Math.abs(left));
  }

  private static void add(Map<Long, Set<String>> digest, Person person, String line) {
    digest.computeIfAbsent(person.id(), k -> new TreeSet<>()).add(line);
  }
}
