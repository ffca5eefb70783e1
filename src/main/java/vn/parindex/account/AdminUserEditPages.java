package vn.parindex.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.input.Text;
import vn.parindex.input.VersionRequiredException;
import vn.parindex.unit.Unit;

/**
 * An administrator edits an account (/admin/users/{id}): its details, whether it may sign in, a new
 * password shown once. Each change is audited and confirmed on the page; a stale form is refused.
 */
@Controller
@Access(open = Access.Open.ADMIN)
class AdminUserEditPages {

  /** The edit form; {@code unit} is the unit's name as offered, {@code version} as read. */
  record EditForm(
      String displayName,
      String email,
      String unit,
      Long departmentId,
      List<Role> roles,
      Integer version) {}

  private final UserAdmin admin;
  private final UserPage page;
  private final Accounts accounts;

  AdminUserEditPages(UserAdmin admin, UserPage page, Accounts accounts) {
    this.admin = admin;
    this.page = page;
    this.accounts = accounts;
  }

  @GetMapping("/admin/users/{id}")
  String show(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
    if (saved != null && List.of("updated", "enabled", "disabled").contains(saved)) {
      model.addAttribute("saved", saved);
    }
    return render(id, null, List.of(), model);
  }

  @PostMapping("/admin/users/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute EditForm form,
      Model model,
      jakarta.servlet.http.HttpServletResponse res) {
    account(id);
    VersionRequiredException.require(form.version());
    Unit unit = page.unitNames().find(form.unit()).orElse(null);
    List<String> errors = new ArrayList<>(page.check(unit, form.departmentId(), form.roles()));
    if (!errors.isEmpty()) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(id, form, errors, model);
    }
    String name = Text.cleanOrNull(form.displayName());
    Optional<UserAdmin.Refusal> refused =
        admin.update(
            id,
            form.version(),
            new UserAdmin.Edit(
                name == null ? account(id).username() : name,
                Text.cleanOrNull(form.email()),
                unit.id(),
                form.departmentId(),
                EnumSet.copyOf(form.roles())));
    if (refused.isPresent()) {
      res.setStatus(HttpStatus.CONFLICT.value());
      return render(id, null, List.of("account.admin.stale"), model);
    }
    return "redirect:/admin/users/" + id + "?saved=updated";
  }

  @PostMapping("/admin/users/{id}/enabled")
  String enable(
      @PathVariable long id,
      @RequestParam boolean enabled,
      @RequestParam(required = false) Integer version,
      Model model,
      jakarta.servlet.http.HttpServletResponse res) {
    UserAdmin.Account account = account(id);
    VersionRequiredException.require(version);
    if (account.enabled() == enabled) {
      // a second click: already as asked
      return "redirect:/admin/users/" + id + "?saved=" + (enabled ? "enabled" : "disabled");
    }
    Optional<UserAdmin.Refusal> refused =
        admin.setEnabled(id, version, enabled, accounts.current().id());
    if (refused.isPresent()) {
      res.setStatus(HttpStatus.CONFLICT.value());
      String key =
          refused.get() == UserAdmin.Refusal.SELF ? "account.admin.self" : "account.admin.stale";
      return render(id, null, List.of(key), model);
    }
    return "redirect:/admin/users/" + id + "?saved=" + (enabled ? "enabled" : "disabled");
  }

  @PostMapping("/admin/users/{id}/password")
  String reset(
      @PathVariable long id,
      @RequestParam(required = false) String password,
      Model model,
      jakarta.servlet.http.HttpServletResponse res) {
    account(id);
    String chosen = password == null || password.isEmpty() ? null : password;
    if (chosen != null && chosen.length() < 8) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(id, null, List.of("account.admin.password.short"), model);
    }
    String set = admin.resetPassword(id, chosen, accounts.current().id());
    if (chosen == null) {
      model.addAttribute("newPassword", set);
    }
    model.addAttribute("saved", "password");
    return render(id, null, List.of(), model);
  }

  private UserAdmin.Account account(long id) {
    return admin.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String render(long id, EditForm typed, List<String> errors, Model model) {
    UserAdmin.Account account = account(id);
    UnitNames names = page.unitNames();
    EditForm form =
        typed != null
            ? new EditForm(
                typed.displayName(),
                typed.email(),
                typed.unit(),
                typed.departmentId(),
                typed.roles() == null ? List.of() : typed.roles(),
                typed.version() == null ? account.version() : typed.version())
            : new EditForm(
                account.displayName(),
                account.email(),
                names.label(account.unitId()),
                account.departmentId(),
                List.copyOf(account.roles()),
                account.version());
    model.addAttribute("edit", account);
    model.addAttribute("editForm", form);
    model.addAttribute("editErrors", errors);
    model.addAttribute("editHistory", page.history(id));
    return page.render(
        model,
        new AdminUserPages.UserForm(null, null, null, null, null, List.of(), null),
        List.of());
  }
}
