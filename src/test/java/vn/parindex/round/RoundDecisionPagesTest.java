package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Units;

/**
 * Reopen and publish on the round pages, offered only to who may take them; the reason reaches the
 * unit on its page and by mail (a real SMTP server on loopback), once however often it is retried;
 * a refused publication names the units still in appraisal and keeps what was typed.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundDecisionPagesTest {

  static final int PORT = freePort();
  static final AtomicInteger WORLDS = new AtomicInteger();

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
    registry.add("parindex.evidence.dir", () -> "target/evidence-round-decisions-test");
  }

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired RoundLockJob job;
  @Autowired RoundDueReminders reminders;

  RoundWorld w;
  String prefix;
  long officerA;
  RequestPostProcessor appraiser;

  @BeforeEach
  void world() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    prefix = "RD" + WORLDS.incrementAndGet();
    w = new RoundWorld(mvc, units, sets, prefix);
    officerA = Accounts.create(users, name("cchc"), "mat-khau-dai", w.a.id(), Role.PAR_OFFICER);
    Accounts.create(users, name("ct"), "mat-khau-dai", w.a.id(), Role.LEADER);
    Accounts.create(users, name("vp"), "mat-khau-dai", w.a.id(), Role.DEPARTMENT_OFFICIAL);
    appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
  }

  @Test
  void anAppraiserReopensOneCriterionAndTheUnitReadsWhyOnItsPageAndByMailOnce() throws Exception {
    long round = w.openRound(2031);
    String page = "/rounds/" + round + "/units/" + w.a.code();
    assertThat(html(get(page), appraiser)).contains("class=\"reopen-form\"");
    assertThat(html(get(page), RoundWorld.as(Role.PAR_OFFICER, w.a))).doesNotContain("reopen-form");
    assertThat(html(get("/rounds/" + round), RoundWorld.as(Role.PAR_OFFICER, w.a)))
        .doesNotContain("reopen-form")
        .doesNotContain("publish-form");

    MockHttpServletResponse done =
        send(
            post(page + "/reopen")
                .param("code", "1.2")
                .param("reason", "Văn bản gửi chậm do bưu điện"),
            appraiser);
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(done.getRedirectedUrl()).isEqualTo(page);
    assertThat(html(get(page), RoundWorld.as(Role.PAR_OFFICER, w.a)))
        .contains("Mở lại tiêu chí 1.2", "Văn bản gửi chậm do bưu điện");

    assertThat(subjectsTo(mail("cchc")))
        .containsExactly("[ParIndex] Mở lại tiêu chí 1.2 năm 2031: Xã Một");
    assertThat(subjectsTo(mail("ct"))).hasSize(1);
    assertThat(subjectsTo(mail("vp"))).isEmpty();
    MimeMessage message = SMTP.getReceivedMessages()[0];
    assertThat(message.getContent().toString())
        .contains("Lý do: Văn bản gửi chậm do bưu điện", page);
    // the scheduled run delivers what is marked undelivered again: each person is claimed once
    assertThat(jdbc.sql("update round_notice set told_at = null").update()).isPositive();
    job.run();
    assertThat(subjectsTo(mail("cchc"))).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from notification where user_id = ?")
                .param(officerA)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theReopeningsListNamesThePersonWhoReopenedNotTheirUsername() throws Exception {
    long round = w.openRound(2031);
    users.create(
        new Users.NewUser(
            name("td"),
            "Nguyễn Văn Thẩm",
            mail("td"),
            null,
            "mat-khau-dai",
            w.p.id(),
            null,
            java.util.Set.of(Role.APPRAISER),
            false));
    RequestPostProcessor named =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(users.principal(name("td")).orElseThrow());
    String page = "/rounds/" + round + "/units/" + w.a.code();
    assertThat(
            send(post(page + "/reopen").param("code", "1.2").param("reason", "Bổ sung"), named)
                .getStatus())
        .isEqualTo(302);
    assertThat(html(get(page), RoundWorld.as(Role.PAR_OFFICER, w.a)))
        .contains("người mở: Nguyễn Văn Thẩm")
        .doesNotContain("người mở: " + name("td"));
  }

  @Test
  void aUnitStillInDraftIsRemindedByMailAWeekBeforeItsDeadlineOnce() throws Exception {
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 24));
    reminders.run();
    reminders.run();
    String subject = "[ParIndex] Sắp hết hạn tự đánh giá năm 2031: Xã Một";
    assertThat(subjectsTo(mail("cchc"))).containsExactly(subject);
    assertThat(subjectsTo(mail("ct"))).containsExactly(subject);
    assertThat(subjectsTo(mail("vp"))).isEmpty();
    MimeMessage message =
        Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> recipients(m).contains(mail("cchc")))
            .findFirst()
            .orElseThrow();
    assertThat(message.getContent().toString())
        .contains("là 31/01/2031 (còn 7 ngày)", "/rounds/" + round + "/units/" + w.a.code());
  }

  @Test
  void aReopeningWithoutReasonComesBackAsTypedAndStoresNothing() throws Exception {
    long round = w.openRound(2031);
    String page = "/rounds/" + round + "/units/" + w.a.code();
    MockHttpServletResponse refused =
        send(post(page + "/reopen").param("code", "1.3").param("reason", "  "), appraiser);
    assertThat(refused.getStatus()).isEqualTo(422);
    String body = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("Lý do", "bắt buộc phải nhập", "<option value=\"1.3\" selected>");
    assertThat(
            jdbc.sql(
                    "select count(*) from round_reopening where round_unit_id in"
                        + " (select id from round_unit where round_id = ?)")
                .param(round)
                .query(Long.class)
                .single())
        .isZero();
    // from the round page: a unit is required, and the one chosen is kept
    refused = send(post("/rounds/" + round + "/reopen").param("reason", "Bổ sung"), appraiser);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("Đơn vị", "bắt buộc phải nhập", "Bổ sung");
  }

  @Test
  void thePublicationIsRefusedNamingTheUnitsStillInAppraisalThenPublishedAndTold()
      throws Exception {
    long round = w.openRound(2031);
    RequestPostProcessor chair = RoundWorld.as(Role.LEADER, w.p);
    assertThat(html(get("/rounds/" + round), chair)).contains("publish-form");
    assertThat(html(get("/rounds/" + round), appraiser))
        .doesNotContain("publish-form")
        .contains("reopen-form")
        // the round's units the appraiser may reopen, each by its code and name
        .contains("<option value=\"" + w.a.code() + "\">" + w.a.name() + "</option>")
        .contains("<option value=\"" + w.b.code() + "\">" + w.b.name() + "</option>");

    MockHttpServletResponse refused =
        send(
            post("/rounds/" + round + "/publish")
                .param("decisionNumber", "12/QĐ-UBND")
                .param("decisionDate", "15/01/2031"),
            chair);
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("2 đơn vị chưa xong thẩm định lần 2: Xã Hai, Xã Một", "value=\"12/QĐ-UBND\"");
    refused =
        send(
            post("/rounds/" + round + "/publish")
                .param("decisionNumber", "12/QĐ-UBND")
                .param("decisionDate", "31/02/2031"),
            chair);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("ngày phải viết dạng ngày/tháng/năm", "value=\"31/02/2031\"");

    // both units appraised as they stand past each deadline, then published
    MovableClock.CLOCK.at(LocalDate.of(2031, 2, 1));
    for (var unit : List.of(w.a, w.b)) {
      assertThat(w.step(round, unit, "appraisals/complete", appraiser).getStatus()).isEqualTo(200);
    }
    MovableClock.CLOCK.at(LocalDate.of(2031, 3, 1));
    for (var unit : List.of(w.a, w.b)) {
      assertThat(w.step(round, unit, "appraisals/complete", appraiser).getStatus()).isEqualTo(200);
    }
    // a decision dated ahead of today, or before the round's year, publishes nothing
    refused =
        send(
            post("/rounds/" + round + "/publish")
                .param("decisionNumber", "12/QĐ-UBND")
                .param("decisionDate", "15/03/2031"),
            chair);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"e-decisionDate\"", "không được sau hôm nay (01/03/2031)")
        .contains("Trường «Ngày quyết định»: không được sau hôm nay")
        .contains("value=\"15/03/2031\"", "value=\"12/QĐ-UBND\"");
    refused =
        send(
            post("/rounds/" + round + "/publish")
                .param("decisionNumber", "12/QĐ-UBND")
                .param("decisionDate", "31/12/2030"),
            chair);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"e-decisionDate\"", "không được trước ngày 01/01/2031");
    assertThat(html(get("/rounds/" + round), chair)).contains("publish-form");
    assertThat(w.state(round, w.a)).isEqualTo("APPRAISED_2");

    MovableClock.CLOCK.at(LocalDate.of(2031, 3, 15));
    MockHttpServletResponse done =
        send(
            post("/rounds/" + round + "/publish")
                .param("decisionNumber", "12/QĐ-UBND")
                .param("decisionDate", "15/03/2031"),
            chair);
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(html(get("/rounds/" + round), chair))
        .contains("Đã công bố theo quyết định số 12/QĐ-UBND ngày 15/03/2031")
        .doesNotContain("publish-form");
    assertThat(subjectsTo(mail("cchc")))
        .contains("[ParIndex] Công bố Chỉ số CCHC năm 2031: Xã Một xếp hạng 1/2");
  }

  private String name(String who) {
    return prefix.toLowerCase() + "." + who;
  }

  /** The address {@link Accounts#create} gives the user. */
  private String mail(String who) {
    return name(who) + "@test.vn";
  }

  private MockHttpServletResponse send(
      MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
    return mvc.perform(request.with(csrf()).with(as)).andReturn().getResponse();
  }

  private String html(MockHttpServletRequestBuilder request, RequestPostProcessor as)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(as)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> subjectsTo(String address) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .map(RoundDecisionPagesTest::subject)
        .toList();
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
