package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.input.Text;
import vn.parindex.page.Form;
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
  String list(
      @RequestParam(required = false) String created,
      @RequestParam(required = false) String unlocked,
      Model model) {
    model.addAttribute("created", created != null);
    model.addAttribute("unlocked", unlocked);
    return page.render(model, Form.empty(), Set.of());
  }

  @PostMapping("/admin/users")
  String create(
      @ModelAttribute UserForm form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse res) {
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
      return refused(form, errors, model, request, res);
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
      // two administrators creating the same name at once: the second is told, nothing doubled
      return refused(form, List.of("account.admin.username.taken"), model, request, res);
    }
    return "redirect:/admin/users?created";
  }

  /** The creation form again, as typed (the password excepted), each message beside its field. */
  private String refused(
      UserForm form,
      List<String> errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse res) {
    res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    Form typed = Form.of(request.getParameterMap()).with("password", null);
    return page.render(model, page.refused(typed, errors), UserPage.ticked(form.roles()));
  }
}
