package vn.parindex.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.page.Times;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * What the users page shows ({@code src/main/jte/account/users.jte}): every account by name, unit
 * and roles as a reader knows them, the creation form, and the account being edited with its
 * history. A refused form comes back as typed, each message beside its field.
 */
@Component
class UserPage {

  /** An account as listed. */
  record Line(
      long id,
      String username,
      String displayName,
      String unit,
      String department,
      String roles,
      boolean enabled,
      boolean demo) {}

  /** A department as the forms offer it. */
  record DepartmentOption(long id, String label) {}

  /** One change of an account, as its history shows it. */
  record Change(String at, String who, String field, String from, String to) {}

  /**
   * The account being edited: its edit form (as typed when refused) with the roles ticked, the
   * password form, its history, what was just saved ({@code account.admin.saved.*}) and a generated
   * password shown once.
   */
  record Editing(
      UserAdmin.Account account,
      Form form,
      Set<Role> roles,
      Form reset,
      List<Change> history,
      String saved,
      String newPassword) {}

  /** The field each refusal of the account forms belongs beside; the others go above the form. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "account.admin.username.invalid", "username",
          "account.admin.username.taken", "username",
          "account.admin.password.short", "password",
          "account.admin.unit.required", "unit",
          "account.admin.roles.required", "roles",
          "account.admin.department.invalid", "departmentId");

  /** The fields in the order the forms show them: the first refused one takes the focus. */
  private static final List<String> ORDER =
      List.of("username", "unit", "departmentId", "roles", "password");

  private final Users users;
  private final Units units;
  private final Departments departments;
  private final Messages messages;
  private final AuditLog audit;

  UserPage(Users users, Units units, Departments departments, Messages messages, AuditLog audit) {
    this.users = users;
    this.units = units;
    this.departments = departments;
    this.messages = messages;
    this.audit = audit;
  }

  UnitNames unitNames() {
    return new UnitNames(units.all());
  }

  /**
   * Fills the list, the choices and the creation form (its values and the roles ticked); returns
   * the template.
   */
  String render(Model model, Form form, Set<Role> roles) {
    UnitNames names = unitNames();
    Map<Long, String> departments = departmentNames();
    model.addAttribute(
        "users",
        users.list(null).stream()
            .map(
                u ->
                    new Line(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        names.label(u.unitId()),
                        u.departmentId() == null ? "" : departments.get(u.departmentId()),
                        roles(u.roles()),
                        u.enabled(),
                        u.demo()))
            .toList());
    model.addAttribute("unitNames", names.labels());
    model.addAttribute(
        "departments",
        departments.entrySet().stream()
            .map(e -> new DepartmentOption(e.getKey(), e.getValue()))
            .sorted(java.util.Comparator.comparing(DepartmentOption::label))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("formRoles", roles);
    return "account/users";
  }

  /** A form with the messages of these refusals ({@code account.admin.*} keys) in place. */
  Form refused(Form form, List<String> keys) {
    for (String key : keys) {
      String field = FIELDS.get(key);
      form =
          field == null
              ? form.withErrors(List.of(messages.get(key)))
              : form.withError(field, messages.get(key));
    }
    return form;
  }

  /** The first field of a form with a message beside it, or null. */
  static String focus(Form form) {
    return ORDER.stream().filter(f -> form.error(f) != null).findFirst().orElse(null);
  }

  /** The roles ticked in a posted form (none when none). */
  static Set<Role> ticked(List<Role> roles) {
    return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  /** The history of an account, with people, units, roles and states by name. */
  List<Change> history(long userId) {
    UnitNames names = unitNames();
    Map<Long, String> departments = departmentNames();
    return audit.history(UserAdmin.AUDIT_TYPE, userId).stream()
        .map(
            c ->
                new Change(
                    Times.dateTime(c.at()),
                    c.username(),
                    messages.get("account.admin.field." + c.field()),
                    value(c.field(), c.oldValue(), names, departments),
                    value(c.field(), c.newValue(), names, departments)))
        .toList();
  }

  String roles(Set<Role> roles) {
    return roles.stream()
        .sorted()
        .map(r -> messages.get("account.role." + r.name()))
        .collect(Collectors.joining(", "));
  }

  private String value(
      String field, String stored, UnitNames names, Map<Long, String> departments) {
    if (stored == null || stored.isEmpty()) {
      return "—";
    }
    return switch (field) {
      case "unit" -> names.label(Long.parseLong(stored));
      case "department" -> departments.getOrDefault(Long.parseLong(stored), "—");
      case "roles" ->
          roles(
              java.util.Arrays.stream(stored.split(","))
                  .map(Role::valueOf)
                  .collect(Collectors.toSet()));
      case "enabled" -> messages.get("account.admin.state." + stored);
      case "password" -> messages.get("account.admin.password." + stored);
      default -> stored;
    };
  }

  private Map<Long, String> departmentNames() {
    return departments.labels();
  }

  /** The unit, department and roles of a form, checked alike on creation and on edit. */
  List<String> check(Unit unit, Long department, List<Role> roles) {
    List<String> errors = new ArrayList<>();
    if (unit == null) {
      errors.add("account.admin.unit.required");
    }
    if (roles == null || roles.isEmpty()) {
      errors.add("account.admin.roles.required");
    }
    if (unit != null && department != null && !departments.inUnit(department, unit.id())) {
      errors.add("account.admin.department.invalid");
    }
    return errors;
  }
}
