package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Wrong passwords lock out the address they come from, not the account: the real user signs in from
 * elsewhere; an administrator lifts the lock on the users page; a flood from many addresses only
 * slows sign-in down.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class LockOutPerSourceTest {

  private static final RequestPostProcessor ATTACKER = from("203.0.113.7");
  private static final RequestPostProcessor OFFICE = from("10.1.2.3");

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  String username;

  @BeforeEach
  void user() {
    String suffix = String.valueOf(System.nanoTime());
    Unit unit =
        units.save(
            new Unit(null, "LK-" + suffix, "Xã Khóa", UnitType.COMMUNE, null, null, null, false));
    username = "khoa." + suffix;
    Accounts.create(users, username, "dung-mat-khau", unit.id(), Role.PAR_OFFICER);
  }

  @Test
  void fiveWrongPasswordsLockTheirAddressOnlyAndTheRealUserSignsInFromElsewhere() throws Exception {
    for (int i = 0; i < 5; i++) {
      signIn("sai-" + i, ATTACKER);
    }
    assertThat(signIn("dung-mat-khau", ATTACKER)).isEqualTo("/login?locked");
    assertThat(signIn("dung-mat-khau", OFFICE)).isEqualTo("/");
    assertThat(basic(ATTACKER)).isEqualTo(401);
    assertThat(basic(OFFICE)).isEqualTo(200);
  }

  @Test
  void anAdministratorSeesTheLockAndLiftsIt() throws Exception {
    for (int i = 0; i < 5; i++) {
      signIn("sai-" + i, ATTACKER);
    }
    String page =
        mvc.perform(get("/admin/users").with(Accounts.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Tài khoản đang bị khóa đăng nhập").contains(username);
    assertThat(
            mvc.perform(
                    post("/admin/users/unlock")
                        .param("username", username)
                        .with(csrf())
                        .with(Accounts.as(Role.PAR_OFFICER, 1)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(signIn("dung-mat-khau", ATTACKER)).isEqualTo("/login?locked");
    mvc.perform(
        post("/admin/users/unlock")
            .param("username", username)
            .with(csrf())
            .with(Accounts.admin()));
    assertThat(signIn("dung-mat-khau", ATTACKER)).isEqualTo("/");
    // the lifted lock is audited under the administrator the page passed in
    assertThat(
            jdbc.sql(
                    "select username from audit_event where entity_type = 'USER' and field ="
                        + " 'sign-in' and entity_id = (select id from app_user where username = ?)")
                .param(username)
                .query(String.class)
                .list())
        .containsExactly("admin.0");
  }

  @Test
  void theLockEndsFifteenMinutesAfterTheLastFailureAndAFloodOnlySlowsDown() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    LoginThrottle throttle = new LoginThrottle(jdbc, clock, Duration.ofMillis(250));
    String name = username + ".dong-ho";
    for (int i = 0; i < 5; i++) {
      throttle.failed(name, "203.0.113.7");
    }
    assertThat(throttle.locked(name, "203.0.113.7")).isTrue();
    assertThat(throttle.locked(name, "10.1.2.3")).isFalse();
    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.locked(name, "203.0.113.7")).isTrue();
    clock.advance(Duration.ofMinutes(2));
    assertThat(throttle.locked(name, "203.0.113.7")).isFalse();

    assertThat(throttle.delay(name)).isZero();
    for (int i = 0; i < LoginThrottle.CEILING; i++) {
      throttle.failed(name, "198.51.100." + (i % 250));
    }
    assertThat(throttle.delay(name)).isEqualTo(Duration.ofMillis(250));
    assertThat(throttle.locked(name, "10.1.2.3")).isFalse();
  }

  private String signIn(String password, RequestPostProcessor source) throws Exception {
    return mvc.perform(
            post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(source))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private int basic(RequestPostProcessor source) throws Exception {
    return mvc.perform(
            get("/api/v1/assessments").with(httpBasic(username, "dung-mat-khau")).with(source))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    LocalDateTime local() {
      return LocalDateTime.ofInstant(now, getZone());
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Ho_Chi_Minh");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
