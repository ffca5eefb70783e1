package vn.parindex.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who acts and when, passed to a service by its caller: the web boundary gives the signed-in user
 * at the clock's instant; the demo gives its people at the past moments of its story.
 */
public record Actor(CurrentUser user, Instant at) {

  public Actor {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(at, "at");
  }

  /** The user acting now, by the application's clock. */
  public static Actor now(CurrentUser user, Clock clock) {
    return new Actor(user, clock.instant());
  }

  public long id() {
    return user.id();
  }

  /** The moment as stored: the server's wall clock (page.Times reads it in the server's zone). */
  public LocalDateTime stored() {
    return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
  }

  /** The day of the action in the zone of the application's clock (the communes' own day). */
  public LocalDate day(Clock clock) {
    return LocalDate.ofInstant(at, clock.getZone());
  }
}
