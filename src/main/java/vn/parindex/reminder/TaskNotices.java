package vn.parindex.reminder;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parindex.task.TaskEvent;

/**
 * Tells the people of a task at once, not on the next hourly run: a task reported done → its
 * accountable leader (else the unit's leaders); assigned, sent back or verified → its owner (else
 * its department's officials). In the app and by mail, claimed once like every reminder, and only
 * after the change committed; whoever acted is not told of their own act.
 */
@Component
class TaskNotices {

  private static final Logger log = LoggerFactory.getLogger(TaskNotices.class);

  private final ReminderQueries queries;
  private final ReminderSender sender;
  private final ReminderTexts texts;

  TaskNotices(ReminderQueries queries, ReminderSender sender, ReminderTexts texts) {
    this.queries = queries;
    this.sender = sender;
    this.texts = texts;
  }

  @TransactionalEventListener
  void on(TaskEvent event) {
    try {
      Map<Long, Person> people = queries.peopleOf(event.unitId());
      OpenTask task =
          new OpenTask(
              event.taskId(),
              event.unitId(),
              event.title(),
              event.dueOn(),
              event.ownerId(),
              event.leaderId(),
              event.departmentId(),
              event.at().toLocalDate());
      List<Person> to =
          event.kind() == TaskEvent.Kind.REPORTED_DONE
              ? Recipients.leaders(task, people)
              : Recipients.owners(task, people);
      String actor = queries.nameOf(event.actorId());
      for (Person person : to) {
        if (person.id() != event.actorId()) {
          sender.deliver(notice(event, person, actor == null ? "" : actor), event.at());
        }
      }
    } catch (RuntimeException e) {
      // The change itself has committed; the hourly run still reminds of what matters.
      log.warn("Notice of task {} ({}) not sent: {}", event.taskId(), event.kind(), e.toString());
    }
  }

  private Reminder notice(TaskEvent event, Person person, String actor) {
    ReminderKind kind = kind(event.kind());
    String key = "reminder." + kind.name().toLowerCase().replace('_', '.');
    Object[] args = {
      event.title(),
      ReminderTexts.date(event.dueOn()),
      actor,
      event.comment() == null ? "" : event.comment(),
      person.name()
    };
    boolean assigned = event.updateId() == null;
    return new Reminder(
        "TASK",
        event.taskId(),
        kind,
        person,
        event.at().toLocalDate(),
        texts.get(key + ".subject", args),
        texts.get(key + ".text", args),
        texts.link("/tasks/" + event.taskId()),
        assigned ? "TASK" : "TASK_UPDATE",
        assigned ? event.taskId() : event.updateId());
  }

  static ReminderKind kind(TaskEvent.Kind kind) {
    return switch (kind) {
      case ASSIGNED -> ReminderKind.TASK_ASSIGNED;
      case REPORTED_DONE -> ReminderKind.TASK_DONE;
      case RETURNED -> ReminderKind.TASK_RETURNED;
      case VERIFIED -> ReminderKind.TASK_VERIFIED;
    };
  }
}
