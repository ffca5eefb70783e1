package vn.parindex.account;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user (or null) in every page's model as {@code currentUser}, and what the
 * navigation offers them as {@code nav}.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

  private final Accounts accounts;

  CurrentUserAdvice(Accounts accounts) {
    this.accounts = accounts;
  }

  @ModelAttribute
  void currentUser(Model model) {
    Optional<CurrentUser> user = accounts.currentIfAny();
    model.addAttribute("currentUser", user.orElse(null));
    model.addAttribute("nav", Navigation.of(user.map(CurrentUser::roles).orElse(Set.of())));
  }
}
