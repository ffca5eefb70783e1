package vn.parindex.task;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import vn.parindex.account.People;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;
import vn.parindex.unit.Departments;

/**
 * The officials of a unit, as the account feature knows its users: listed for assignment, added
 * without a password.
 */
@Component
public class Officials {

  /** An official as shown in lists and assignment menus. */
  public record Official(
      long id,
      String displayName,
      String email,
      String positionTitle,
      Long departmentId,
      String departmentName,
      boolean leader) {}

  private static final Comparator<Official> BY_DEPARTMENT_AND_NAME =
      Comparator.comparing(
              Official::departmentName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(Official::displayName);

  private final People people;
  private final Users users;
  private final Departments departments;

  Officials(People people, Users users, Departments departments) {
    this.people = people;
    this.users = users;
    this.departments = departments;
  }

  /** The enabled users of the unit, by department then name. */
  public List<Official> ofUnit(long unitId) {
    Map<Long, String> departmentNames = new HashMap<>();
    departments.ofUnit(unitId).forEach(d -> departmentNames.put(d.id(), d.name()));
    return people.enabledIn(unitId).values().stream()
        .map(
            p ->
                new Official(
                    p.id(),
                    p.name(),
                    p.email(),
                    p.positionTitle(),
                    p.departmentId(),
                    p.departmentId() == null ? null : departmentNames.get(p.departmentId()),
                    p.has(Role.LEADER)))
        .sorted(BY_DEPARTMENT_AND_NAME)
        .toList();
  }

  /** The name of any user, a disabled one included (a task's history names its past owners). */
  public Optional<String> nameOf(long userId) {
    return people.nameOf(userId);
  }

  /** Whether the user belongs to the unit (to refuse assigning a task to a stranger). */
  boolean inUnit(long userId, long unitId) {
    return people.inUnit(userId, unitId);
  }

  /** Adds an official who cannot sign in yet (no password) with the department-official role. */
  public long add(long unitId, String name, String position, String email, Long departmentId) {
    String displayName = Text.clean(name == null ? "" : name);
    if (displayName.isEmpty() || displayName.length() > 255) {
      throw new InvalidInputException(InputProblem.of(0, "name", "official.name.blank"));
    }
    String mail = Text.cleanOrNull(email);
    if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException(InputProblem.of(0, "email", "official.email.invalid", mail));
    }
    String username =
        (mail != null ? mail.substring(0, mail.indexOf('@')) : "cb")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "")
            + "-"
            + unitId
            + "-"
            + ThreadLocalRandom.current().nextInt(1000, 10_000);
    return users.create(
        new Users.NewUser(
            username,
            displayName,
            mail,
            Text.cleanOrNull(position),
            null,
            unitId,
            departmentId,
            Set.of(Role.DEPARTMENT_OFFICIAL),
            false));
  }
}
