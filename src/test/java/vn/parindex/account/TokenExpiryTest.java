package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.input.InvalidInputException;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Personal tokens expire after the lifetime chosen when they are made (90 days unless chosen), and
 * note their last use at most once a minute.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class TokenExpiryTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalTokens appTokens;

  long userId;

  @BeforeEach
  void user() {
    String suffix = String.valueOf(System.nanoTime());
    Unit unit =
        units.save(
            new Unit(null, "TK-" + suffix, "Xã Mã", UnitType.COMMUNE, null, null, null, false));
    userId = Accounts.create(users, "ma." + suffix, "dung-mat-khau", unit.id(), Role.LEADER);
  }

  @Test
  void aTokenWorksUntilItsExpiryAndNotAfter() {
    var clock = new LockOutPerSourceTest.MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    PersonalTokens tokens = new PersonalTokens(jdbc, clock);
    String token = tokens.create(userId, "tập lệnh", 30);
    assertThat(tokens.list(userId).get(0).expiresAt()).isEqualTo(clock.local().plusDays(30));
    clock.advance(Duration.ofDays(30).minusMinutes(1));
    assertThat(tokens.owner(token)).contains(userId);
    clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.owner(token)).isEmpty();
    String standard = tokens.create(userId, "mặc định", null);
    assertThat(tokens.list(userId).get(0).expiresAt()).isEqualTo(clock.local().plusDays(90));
    assertThat(tokens.owner(standard)).contains(userId);
    assertThatThrownBy(() -> tokens.create(userId, "quá lâu", 3650))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theLastUseIsWrittenAtMostOnceAMinute() {
    var clock = new LockOutPerSourceTest.MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    PersonalTokens tokens = new PersonalTokens(jdbc, clock);
    String token = tokens.create(userId, "tập lệnh", null);
    LocalDateTime first = clock.local();
    tokens.owner(token);
    clock.advance(Duration.ofSeconds(30));
    tokens.owner(token);
    assertThat(tokens.list(userId).get(0).lastUsedAt()).isEqualTo(first);
    clock.advance(Duration.ofSeconds(31));
    tokens.owner(token);
    assertThat(tokens.list(userId).get(0).lastUsedAt()).isEqualTo(clock.local());
  }

  @Test
  void theTokensPageOffersALifetimeAndShowsTheExpiry() throws Exception {
    var me = users.principalById(userId).orElseThrow();
    var user =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(me);
    var csrf =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .csrf();
    String form =
        mvc.perform(get("/account/tokens").with(user))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("Thời hạn").contains("<option value=\"90\">90 ngày</option>");
    String created =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "cron")
                    .param("days", "30")
                    .with(user)
                    .with(csrf))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(created).contains("Hết hạn").contains("pat_");
    String refused =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "sai")
                    .param("days", "7")
                    .with(user)
                    .with(csrf))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Thời hạn của mã phải là 30, 90, 180 hoặc 365 ngày.");
    assertThat(
            jdbc.sql("select count(*) from personal_token where user_id = ? and name = 'sai'")
                .param(userId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anExpiredTokenAnswers401() throws Exception {
    String token = appTokens.create(userId, "hết hạn", 30);
    int ok =
        mvc.perform(get("/api/v1/assessments").header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(ok).isEqualTo(200);
    jdbc.sql("update personal_token set expires_at = ? where user_id = ?")
        .params(LocalDateTime.of(2020, 1, 1, 0, 0), userId)
        .update();
    int expired =
        mvc.perform(get("/api/v1/assessments").header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(expired).isEqualTo(401);
  }
}
