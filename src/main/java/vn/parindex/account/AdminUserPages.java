package vn.parindex.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.input.Text;
import vn.parindex.unit.Unit;

/**
 * Administration of accounts (/admin/users, administrators only): list and create; the unit picked
 * by its name. Editing, disabling and resetting are {@link AdminUserEditPages}.
 */
@Controller
@Access(open = Access.Open.ADMIN)
class AdminUserPages {

  /** The creation form; {@code unit} is the unit's name as offered. */
  record UserForm(
      String username,
      String displayName,
      String email,
      String unit,
      Long departmentId,
      List<Role> roles,
      String password) {}

  private final Users users;
  private final UserPage page;

  AdminUserPages(Users users, UserPage page) {
    this.users = users;
    this.page = page;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    return page.render(
        model, new UserForm(null, null, null, null, null, List.of(), null), List.of());
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
    Unit unit = page.unitNames().find(form.unit()).orElse(null);
    errors.addAll(page.check(unit, form.departmentId(), form.roles()));
    if (!errors.isEmpty()) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page.render(model, form, errors);
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
              form.departmentId(),
              roles,
              false));
    } catch (DataIntegrityViolationException e) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page.render(model, form, List.of("account.admin.username.taken"));
    }
    return "redirect:/admin/users?created";
  }
}
