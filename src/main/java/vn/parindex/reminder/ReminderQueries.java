package vn.parindex.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.account.People;
import vn.parindex.account.Role;
import vn.parindex.task.TaskFigures;

/**
 * What the reminder job reads, asked of the features that own it: open tasks of {@code task} (which
 * says what "open" means), the people to remind of {@code account}.
 */
@Component
class ReminderQueries {

  private final TaskFigures tasks;
  private final People people;

  ReminderQueries(TaskFigures tasks, People people) {
    this.tasks = tasks;
    this.people = people;
  }

  List<OpenTask> openTasks() {
    return tasks.open().stream()
        .map(
            t ->
                new OpenTask(
                    t.id(),
                    t.unitId(),
                    t.title(),
                    t.dueOn(),
                    t.ownerId(),
                    t.leaderId(),
                    t.departmentId(),
                    t.lastActivityOn()))
        .toList();
  }

  /** Enabled users by id, with their roles. */
  Map<Long, Person> people() {
    return persons(people.enabled());
  }

  /** The enabled users of one unit by id, with their roles (those a task's event may concern). */
  Map<Long, Person> peopleOf(long unitId) {
    return persons(people.enabledIn(unitId));
  }

  /** The enabled users among these ids, with their roles (those an announcement names). */
  Map<Long, Person> peopleByIds(java.util.Collection<Long> ids) {
    Map<Long, People.Person> found = new HashMap<>(people.byIds(java.util.Set.copyOf(ids)));
    found.values().removeIf(p -> !p.enabled());
    return persons(found);
  }

  /** A user's name, or null for no such user. */
  String nameOf(long userId) {
    return people.nameOf(userId).orElse(null);
  }

  private static Map<Long, Person> persons(Map<Long, People.Person> found) {
    Map<Long, Person> persons = new HashMap<>();
    found.forEach(
        (id, p) ->
            persons.put(
                id,
                new Person(
                    id,
                    p.name(),
                    p.email(),
                    p.unitId(),
                    p.departmentId(),
                    p.roles().stream().map(Role::name).collect(Collectors.toSet()))));
    return persons;
  }
}
