package vn.parindex.support;

import java.util.Set;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.Users;

/**
 * Test accounts. {@link #as} signs one MockMvc request in as a role on a unit (no database row
 * needed); {@link #create} stores a real user who can sign in with a password (form, HTTP Basic).
 */
public final class Accounts {

  private Accounts() {}

  public static AccountPrincipal principal(String username, long unitId, Set<Role> roles) {
    return new AccountPrincipal(
        new CurrentUser(
            -Math.abs(username.hashCode()) - 1L, username, username, unitId, null, roles),
        "{noop}x",
        true);
  }

  /** {@code mvc.perform(get(...).with(Accounts.as(Role.PAR_OFFICER, unitId)))}. */
  public static RequestPostProcessor as(Role role, long unitId) {
    return SecurityMockMvcRequestPostProcessors.user(
        principal(role.name().toLowerCase() + "." + unitId, unitId, Set.of(role)));
  }

  /** An administrator (every unit). */
  public static RequestPostProcessor admin() {
    return as(Role.ADMIN, 0);
  }

  /** Stores a user with a password on a unit; returns its id. */
  public static long create(
      Users users, String username, String password, long unitId, Role... roles) {
    return users.create(
        new Users.NewUser(
            username,
            username,
            username + "@test.vn",
            null,
            password,
            unitId,
            null,
            Set.of(roles),
            false));
  }
}
