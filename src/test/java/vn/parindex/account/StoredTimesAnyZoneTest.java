package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Token expiry and sign-in lock-out store moments as every feature does (the server's wall clock),
 * so they hold whatever zone the clock that wrote them and the clock that reads them are in: here a
 * writer at UTC+14 and a reader at UTC−8 share one instant.
 */
@SpringBootTest
@ActiveProfiles("test")
class StoredTimesAnyZoneTest {

  static final Instant AT = Instant.parse("2027-01-10T20:30:00Z");

  @Autowired JdbcClient jdbc;
  @Autowired Users users;
  @Autowired Units units;

  final AtomicReference<Instant> now = new AtomicReference<>(AT);
  final Clock kiribati = new SharedClock(now, ZoneId.of("Pacific/Kiritimati"));
  final Clock california = new SharedClock(now, ZoneId.of("America/Los_Angeles"));
  long userId;

  @BeforeEach
  void user() {
    String suffix = String.valueOf(System.nanoTime());
    Unit unit =
        units.save(
            new Unit(null, "TZ-" + suffix, "Xã Giờ", UnitType.COMMUNE, null, null, null, false));
    userId = Accounts.create(users, "gio." + suffix, "dung-mat-khau", unit.id(), Role.LEADER);
  }

  private static LocalDateTime serverWallClock(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
  }

  @Test
  void aTokenExpiresAtItsMomentWhateverTheClocksZone() {
    String token = new PersonalTokens(jdbc, kiribati).create(userId, "tập lệnh", 30);
    PersonalTokens reader = new PersonalTokens(jdbc, california);

    PersonalTokens.TokenRow row = reader.list(userId).get(0);
    assertThat(row.createdAt()).isEqualTo(serverWallClock(AT));
    assertThat(row.expiresAt()).isEqualTo(serverWallClock(AT.plus(Duration.ofDays(30))));

    now.set(AT.plus(Duration.ofDays(30)).minusSeconds(60));
    assertThat(reader.owner(token)).contains(userId);
    assertThat(reader.list(userId).get(0).lastUsedAt()).isEqualTo(serverWallClock(now.get()));
    now.set(AT.plus(Duration.ofDays(30)));
    assertThat(reader.owner(token)).isEmpty();
    assertThat(row.expired(reader.now())).isTrue();
  }

  @Test
  void aLockOutLastsFifteenMinutesWhateverTheClocksZone() {
    String username = "khoa." + System.nanoTime();
    LoginThrottle writer = new LoginThrottle(jdbc, kiribati, Duration.ZERO);
    LoginThrottle reader = new LoginThrottle(jdbc, california, Duration.ZERO);
    for (int i = 0; i < LoginThrottle.LIMIT; i++) {
      writer.failed(username, "203.0.113.9");
    }
    assertThat(
            jdbc.sql("select max(at) from login_failure where username = ?")
                .param(username)
                .query(LocalDateTime.class)
                .single())
        .isEqualTo(serverWallClock(AT));

    now.set(AT.plus(Duration.ofMinutes(14)));
    assertThat(reader.locked(username, "203.0.113.9")).isTrue();
    assertThat(reader.lockedNames()).contains(username);
    now.set(AT.plus(Duration.ofMinutes(16)));
    assertThat(reader.locked(username, "203.0.113.9")).isFalse();
    assertThat(reader.lockedNames()).doesNotContain(username);
  }

  /** A clock whose instant the test moves, seen in any zone. */
  static final class SharedClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SharedClock(AtomicReference<Instant> now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new SharedClock(now, other);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
