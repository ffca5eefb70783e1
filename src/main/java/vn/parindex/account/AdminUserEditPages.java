package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.parindex.page.Form;
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
  private final Clock clock;

  AdminUserEditPages(UserAdmin admin, UserPage page, Accounts accounts, Clock clock) {
    this.admin = admin;
    this.page = page;
    this.accounts = accounts;
    this.clock = clock;
  }

  @GetMapping("/admin/users/{id}")
  String show(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
    boolean known = saved != null && List.of("updated", "enabled", "disabled").contains(saved);
    return render(id, null, List.of(), new Outcome(known ? saved : null, null, null), model);
  }

  @PostMapping("/admin/users/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute EditForm form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse res) {
    account(id);
    VersionRequiredException.require(form.version());
    Unit unit = page.unitNames().find(form.unit()).orElse(null);
    List<String> errors = new ArrayList<>(page.check(unit, form.departmentId(), form.roles()));
    if (!errors.isEmpty()) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      Typed typed = new Typed(Form.of(request.getParameterMap()), form.roles());
      return render(id, typed, errors, Outcome.NONE, model);
    }
    String name = Text.cleanOrNull(form.displayName());
    Optional<UserAdmin.Refusal> refused =
        admin.update(
            actor(),
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
      return render(id, null, List.of("account.admin.stale"), Outcome.NONE, model);
    }
    return "redirect:/admin/users/" + id + "?saved=updated";
  }

  @PostMapping("/admin/users/{id}/enabled")
  String enable(
      @PathVariable long id,
      @RequestParam boolean enabled,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse res) {
    UserAdmin.Account account = account(id);
    VersionRequiredException.require(version);
    if (account.enabled() == enabled) {
      // a second click: already as asked
      return "redirect:/admin/users/" + id + "?saved=" + (enabled ? "enabled" : "disabled");
    }
    Optional<UserAdmin.Refusal> refused = admin.setEnabled(actor(), id, version, enabled);
    if (refused.isPresent()) {
      res.setStatus(HttpStatus.CONFLICT.value());
      String key =
          refused.get() == UserAdmin.Refusal.SELF ? "account.admin.self" : "account.admin.stale";
      return render(id, null, List.of(key), Outcome.NONE, model);
    }
    return "redirect:/admin/users/" + id + "?saved=" + (enabled ? "enabled" : "disabled");
  }

  @PostMapping("/admin/users/{id}/password")
  String reset(
      @PathVariable long id,
      @RequestParam(required = false) String password,
      Model model,
      HttpServletResponse res) {
    account(id);
    String chosen = password == null || password.isEmpty() ? null : password;
    if (chosen != null && chosen.length() < 8) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      Form refused = page.refused(Form.empty(), List.of("account.admin.password.short"));
      return render(id, null, List.of(), new Outcome(null, null, refused), model);
    }
    String set = admin.resetPassword(actor(), id, chosen);
    return render(
        id, null, List.of(), new Outcome("password", chosen == null ? set : null, null), model);
  }

  /** The signed-in administrator acting now: the service audits who it is given. */
  private Actor actor() {
    return Actor.now(accounts.current(), clock);
  }

  private UserAdmin.Account account(long id) {
    return admin.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** What an administrator typed in a refused edit form: its values and the roles ticked. */
  private record Typed(Form form, List<Role> roles) {}

  /** What the last action left: what was saved, a password shown once, a refused reset form. */
  private record Outcome(String saved, String newPassword, Form reset) {
    static final Outcome NONE = new Outcome(null, null, null);
  }

  private String render(long id, Typed typed, List<String> errors, Outcome outcome, Model model) {
    UserAdmin.Account account = account(id);
    Form form;
    Set<Role> roles;
    if (typed != null) {
      form = typed.form();
      roles = UserPage.ticked(typed.roles());
    } else {
      form =
          Form.empty()
              .with("displayName", account.displayName())
              .with("email", account.email())
              .with("unit", page.unitNames().label(account.unitId()))
              .with("departmentId", account.departmentId())
              .with("version", account.version());
      roles = account.roles();
    }
    model.addAttribute(
        "edit",
        new UserPage.Editing(
            account,
            page.refused(form, errors),
            roles,
            outcome.reset() == null ? Form.empty() : outcome.reset(),
            page.history(id),
            outcome.saved(),
            outcome.newPassword()));
    return page.render(model, Form.empty(), Set.of());
  }
}
