package vn.parindex.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.input.Text;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** Administration of accounts (/admin/users, administrators only): list and create. */
@Controller
@Access(open = Access.Open.ADMIN)
class AdminUserPages {

  /** The creation form. */
  record UserForm(
      String username,
      String displayName,
      String email,
      String unitCode,
      Long departmentId,
      List<Role> roles,
      String password) {}

  /** A department as the form offers it. */
  record DepartmentOption(long id, String label) {}

  private final Users users;
  private final Units units;
  private final JdbcClient jdbc;

  AdminUserPages(Users users, Units units, JdbcClient jdbc) {
    this.users = users;
    this.units = units;
    this.jdbc = jdbc;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    return render(model, new UserForm(null, null, null, null, null, List.of(), null), List.of());
  }

  @PostMapping("/admin/users")
  String create(
      @ModelAttribute UserForm form, Model model, jakarta.servlet.http.HttpServletResponse res) {
    List<String> errors = new ArrayList<>();
    String username = Text.cleanOrNull(form.username());
    if (username == null || !username.matches("[A-Za-z0-9._-]{3,100}")) {
      errors.add("account.admin.username.invalid");
    } else if (users.exists(username)) {
      errors.add("account.admin.username.taken");
    }
    if (form.password() == null || form.password().length() < 8) {
      errors.add("account.admin.password.short");
    }
    Unit unit = form.unitCode() == null ? null : units.findByCode(form.unitCode()).orElse(null);
    if (unit == null) {
      errors.add("account.admin.unit.required");
    }
    if (form.roles() == null || form.roles().isEmpty()) {
      errors.add("account.admin.roles.required");
    }
    Long department = form.departmentId();
    if (unit != null && department != null && !departmentOf(unit.id(), department)) {
      errors.add("account.admin.department.invalid");
    }
    if (!errors.isEmpty()) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(model, form, errors);
    }
    try {
      Set<Role> roles = EnumSet.copyOf(form.roles());
      String name = Text.cleanOrNull(form.displayName());
      users.create(
          new Users.NewUser(
              username,
              name == null ? username : name,
              Text.cleanOrNull(form.email()),
              null,
              form.password(),
              unit.id(),
              department,
              roles,
              false));
    } catch (DataIntegrityViolationException e) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(model, form, List.of("account.admin.username.taken"));
    }
    return "redirect:/admin/users?created";
  }

  private boolean departmentOf(long unitId, long departmentId) {
    return jdbc.sql("select count(*) from department where id = ? and unit_id = ?")
            .params(departmentId, unitId)
            .query(Long.class)
            .single()
        > 0;
  }

  private String render(Model model, UserForm form, List<String> errors) {
    model.addAttribute("users", users.list(null));
    model.addAttribute("units", units.all());
    model.addAttribute(
        "departments",
        jdbc.sql(
                "select d.id, u.name || ' – ' || d.name from department d"
                    + " join unit u on u.id = d.unit_id order by u.name, d.name")
            .query((rs, n) -> new DepartmentOption(rs.getLong(1), rs.getString(2)))
            .list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "account/users";
  }
}
