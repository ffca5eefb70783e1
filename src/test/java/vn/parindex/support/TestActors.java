package vn.parindex.support;

import java.time.Instant;
import java.util.Set;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;

/** An actor for tests that store fixtures through the services, which audit who acted. */
public final class TestActors {

  private TestActors() {}

  /** Someone with no account row ("test" in the audit trail), acting now. */
  public static Actor fixture() {
    return new Actor(
        new CurrentUser(0, "test", "Test", 0, null, Set.of(Role.ADMIN)), Instant.now());
  }
}
