package vn.parindex.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing per user name AND source address: after {@value #LIMIT} failures from
 * one source within 15 minutes, that source is refused for 15 minutes after its last failure, while
 * the real user signing in from elsewhere is not. Across all sources, past {@value #CEILING}
 * failures in 15 minutes every attempt only waits (slows a distributed guesser, locks nobody out).
 * An administrator lifts a lock on the users page. Failures live in the database, so every instance
 * behind a load balancer sees them.
 */
@Component
public class LoginThrottle {

  static final int LIMIT = 5;
  static final int CEILING = 100;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration slowDown;

  LoginThrottle(
      JdbcClient jdbc, Clock clock, @Value("${parindex.login.slow-down:PT2S}") Duration slowDown) {
    this.jdbc = jdbc;
    // a stored moment is the server's wall clock, as every feature stores it (package-info)
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.slowDown = slowDown;
  }

  /** Whether sign-ins for this user name from this source are refused now. */
  public boolean locked(String username, String source) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<LocalDateTime> recent =
        jdbc.sql(
                "select at from login_failure where username = ? and source = ? and at > ?"
                    + " order by at desc fetch first "
                    + LIMIT
                    + " rows only")
            .params(key(username), source(source), now.minus(WINDOW.multipliedBy(2)))
            .query(LocalDateTime.class)
            .list();
    if (recent.size() < LIMIT) {
      return false;
    }
    LocalDateTime last = recent.get(0);
    LocalDateTime fifth = recent.get(LIMIT - 1);
    return !fifth.plus(WINDOW).isBefore(last) && last.plus(WINDOW).isAfter(now);
  }

  /** How long an attempt on this user name waits first: zero unless past the account's ceiling. */
  public Duration delay(String username) {
    long failures =
        jdbc.sql("select count(*) from login_failure where username = ? and at > ?")
            .params(key(username), LocalDateTime.now(clock).minus(WINDOW))
            .query(Long.class)
            .single();
    return failures >= CEILING ? slowDown : Duration.ZERO;
  }

  public void failed(String username, String source) {
    jdbc.sql("insert into login_failure (username, source, at) values (?, ?, ?)")
        .params(key(username), source(source), LocalDateTime.now(clock))
        .update();
  }

  /** A right password clears that source's failures; other sources keep theirs. */
  public void succeeded(String username, String source) {
    jdbc.sql("delete from login_failure where username = ? and source = ?")
        .params(key(username), source(source))
        .update();
  }

  /** Lifts every lock on this user name (the administrator's button). */
  public void unlock(String username) {
    jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
  }

  /** The user names locked from at least one source now (for the users page). */
  public List<String> lockedNames() {
    LocalDateTime now = LocalDateTime.now(clock);
    return jdbc
        .sql(
            "select username, source from login_failure where at > ?"
                + " group by username, source having count(*) >= ?")
        .params(now.minus(WINDOW.multipliedBy(2)), LIMIT)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list()
        .stream()
        .filter(pair -> locked(pair[0], pair[1]))
        .map(pair -> pair[0])
        .distinct()
        .toList();
  }

  private static String key(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  private static String source(String source) {
    String s = source == null ? "" : source.trim();
    return s.length() > 64 ? s.substring(0, 64) : s;
  }
}
