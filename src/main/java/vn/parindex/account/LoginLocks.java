package vn.parindex.account;

import java.time.Clock;
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
  private final Accounts accounts;
  private final Clock clock;

  LoginLocks(LoginThrottle throttle, AuditLog audit, Users users, Accounts accounts, Clock clock) {
    this.throttle = throttle;
    this.audit = audit;
    this.users = users;
    this.accounts = accounts;
    this.clock = clock;
  }

  @ModelAttribute("locked")
  List<String> locked() {
    return throttle.lockedNames();
  }

  @PostMapping("/admin/users/unlock")
  @Access(open = Access.Open.ADMIN)
  String unlock(@RequestParam String username) {
    throttle.unlock(username);
    Actor by = Actor.now(accounts.current(), clock);
    users
        .idOf(username)
        .ifPresent(id -> audit.record(by, "USER", id, "sign-in", "locked", "unlocked"));
    return "redirect:"
        + UriComponentsBuilder.fromPath("/admin/users")
            .queryParam("unlocked", username)
            .encode()
            .toUriString();
  }
}
