package vn.parindex.account;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The users page lists the accounts locked out of sign-in from some address, each with a button
 * that lifts the lock (administrators only, as everything under /admin).
 */
@Controller
@ControllerAdvice(assignableTypes = AdminUserPages.class)
class LoginLocks {

  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Users users;

  LoginLocks(LoginThrottle throttle, AuditLog audit, Users users) {
    this.throttle = throttle;
    this.audit = audit;
    this.users = users;
  }

  @ModelAttribute("locked")
  List<String> locked() {
    return throttle.lockedNames();
  }

  @PostMapping("/admin/users/unlock")
  @Access(open = Access.Open.ADMIN)
  String unlock(@RequestParam String username) {
    throttle.unlock(username);
    users.idOf(username).ifPresent(id -> audit.record("USER", id, "sign-in", "locked", "unlocked"));
    return "redirect:"
        + UriComponentsBuilder.fromPath("/admin/users")
            .queryParam("unlocked", username)
            .encode()
            .toUriString();
  }
}
