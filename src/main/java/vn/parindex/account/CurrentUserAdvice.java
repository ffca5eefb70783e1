package vn.parindex.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) in every page's model as {@code currentUser}. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

  private final Accounts accounts;

  CurrentUserAdvice(Accounts accounts) {
    this.accounts = accounts;
  }

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return accounts.currentIfAny().orElse(null);
  }

  /** The user's role names, so the navigation offers each role its own pages. */
  @ModelAttribute("currentRoles")
  java.util.Set<String> roles() {
    return accounts
        .currentIfAny()
        .map(u -> u.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()))
        .orElse(java.util.Set.of());
  }

  @ModelAttribute("currentUserAdmin")
  boolean admin() {
    return accounts.currentIfAny().map(u -> u.has(Role.ADMIN)).orElse(false);
  }
}
