package vn.parindex.reminder;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.parindex.framework.Obligation;

/**
 * Who receives what: a task's owner (else the officials of its department), its accountable leader
 * (else the unit's leaders) for escalations, the unit's PAR officers for obligations and the
 * digest.
 */
final class Recipients {

  private Recipients() {}

  static List<Person> owners(OpenTask task, Map<Long, Person> people) {
    if (task.ownerId() != null && people.containsKey(task.ownerId())) {
      return List.of(people.get(task.ownerId()));
    }
    if (task.departmentId() == null) {
      return parOfficers(task.unitId(), people);
    }
    return people.values().stream()
        .filter(
            p ->
                p.unitId() == task.unitId()
                    && Objects.equals(p.departmentId(), task.departmentId()))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }

  static List<Person> leaders(OpenTask task, Map<Long, Person> people) {
    if (task.leaderId() != null && people.containsKey(task.leaderId())) {
      return List.of(people.get(task.leaderId()));
    }
    return withRole(task.unitId(), "LEADER", people);
  }

  static List<Person> parOfficers(long unitId, Map<Long, Person> people) {
    return withRole(unitId, "PAR_OFFICER", people);
  }

  /** The unit's PAR officers and, when the obligation names one, its department's officials. */
  static List<Person> forObligation(Obligation obligation, long unitId, Map<Long, Person> people) {
    List<Person> to = new java.util.ArrayList<>(parOfficers(unitId, people));
    if (obligation.departmentId() != null) {
      people.values().stream()
          .filter(p -> p.unitId() == unitId)
          .filter(p -> obligation.departmentId().equals(p.departmentId()))
          .filter(p -> !to.contains(p))
          .sorted((a, b) -> Long.compare(a.id(), b.id()))
          .forEach(to::add);
    }
    return to;
  }

  static Set<Long> unitsWithParOfficers(Map<Long, Person> people) {
    Set<Long> units = new TreeSet<>();
    people.values().stream().filter(p -> p.has("PAR_OFFICER")).forEach(p -> units.add(p.unitId()));
    return units;
  }

  private static List<Person> withRole(long unitId, String role, Map<Long, Person> people) {
    return people.values().stream()
        .filter(p -> p.unitId() == unitId && p.has(role))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }
}
