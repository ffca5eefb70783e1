package vn.parindex.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.parindex.input.NotFoundException;

/** Who is asking: the signed-in user of the current request. */
@Component
public class Accounts {

  public Optional<CurrentUser> currentIfAny() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
      return Optional.of(principal.user());
    }
    return Optional.empty();
  }

  /** The signed-in user; a request without one never reaches a page or API that asks. */
  public CurrentUser current() {
    return currentIfAny().orElseThrow(() -> new NotFoundException("account.required"));
  }
}
