package vn.parindex.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.parindex.input.Messages;
import vn.parindex.page.Times;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * What the users page shows (templates/account/users.html): every account by name, unit and roles
 * as a reader knows them, the creation form, and the account being edited with its history.
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

  /** Fills the list, the choices and the creation form; returns the template. */
  String render(Model model, AdminUserPages.UserForm form, List<String> errors) {
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
    model.addAttribute("roles", Role.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "account/users";
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

  String roles(java.util.Set<Role> roles) {
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
