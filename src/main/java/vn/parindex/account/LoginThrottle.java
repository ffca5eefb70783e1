package vn.parindex.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@value #LIMIT} failed sign-ins for a user name within 15
 * minutes, further attempts are refused for 15 minutes after the last failure. Failures live in the
 * database, so every instance behind a load balancer sees them.
 */
@Component
public class LoginThrottle {

  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  LoginThrottle(JdbcClient jdbc) {
    this(jdbc, Clock.systemDefaultZone());
  }

  LoginThrottle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean locked(String username) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<LocalDateTime> recent =
        jdbc.sql(
                "select at from login_failure where username = ? and at > ? order by at desc"
                    + " fetch first "
                    + LIMIT
                    + " rows only")
            .params(key(username), now.minus(WINDOW.multipliedBy(2)))
            .query(LocalDateTime.class)
            .list();
    if (recent.size() < LIMIT) {
      return false;
    }
    LocalDateTime last = recent.get(0);
    LocalDateTime fifth = recent.get(LIMIT - 1);
    return !fifth.plus(WINDOW).isBefore(last) && last.plus(WINDOW).isAfter(now);
  }

  public void failed(String username) {
    jdbc.sql("insert into login_failure (username, at) values (?, ?)")
        .params(key(username), LocalDateTime.now(clock))
        .update();
  }

  public void succeeded(String username) {
    jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
  }

  private static String key(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}
