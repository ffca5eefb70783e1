package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * A unit whose round 1 cut and flagged nothing has nothing to explain: it goes on to round 2 the
 * moment round 1 ends (recorded like every step, told to its officer and chairman in the app and by
 * mail), is refused an explanation with the reason, and waits in the appraiser's round-2 queue; a
 * unit with a cut explains as before. A criterion reopened after round 1 takes the unit's reply.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-clear-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundOneClearPostgresTest {

  static final int PORT = freePort();
  static final LocalDate FEB_10 = LocalDate.of(2031, 2, 10);

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  RoundWorld w;
  String prefix;
  RequestPostProcessor appraiser;
  long round;

  @BeforeEach
  void world() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    prefix = "RC" + RoundCyclePostgresTest.WORLDS.incrementAndGet();
    w = new RoundWorld(mvc, units, sets, prefix);
    appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    round = w.openRound(2031);
    for (Unit unit : List.of(w.a, w.b)) {
      ok(w.entry(round, unit, "1.1", "{\"points\":4}", Role.PAR_OFFICER));
      ok(w.entry(round, unit, "1.2", "{\"done\":true}", Role.PAR_OFFICER));
      ok(w.step(round, unit, "submit", RoundWorld.as(Role.LEADER, unit)));
    }
    MovableClock.CLOCK.at(FEB_10);
  }

  @Test
  void round1CuttingNothingTakesTheUnitToRound2AtOnceRecordedWithWhoAndWhen() throws Exception {
    // 1.1 appraised at the points claimed: no cut, no flag
    ok(w.appraise(round, w.a, "1.1", "{\"round\":1,\"points\":4}", appraiser));
    MockHttpServletResponse ended = w.step(round, w.a, "appraisals/complete", appraiser);
    ok(ended);
    assertThat(JsonPath.<String>read(ended.getContentAsString(), "$.state")).isEqualTo("EXPLAINED");
    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");

    List<String> history =
        jdbc.sql(
                "select e.old_value || ' → ' || e.new_value || ' · ' || e.username from audit_event e"
                    + " join round_unit r on r.id = e.entity_id"
                    + " where e.entity_type = 'ROUND_UNIT' and e.field = 'state'"
                    + " and r.round_id = ? and r.unit_id = ? order by e.id")
            .params(round, w.a.id())
            .query(String.class)
            .list();
    assertThat(history)
        .containsExactly(
            "DRAFT → SUBMITTED · leader." + w.a.id(),
            "SUBMITTED → EXPLAINED · appraiser." + w.p.id());
    LocalDateTime at =
        jdbc.sql(
                "select max(e.at) from audit_event e join round_unit r on r.id = e.entity_id"
                    + " where e.entity_type = 'ROUND_UNIT' and e.new_value = 'EXPLAINED'"
                    + " and r.round_id = ? and r.unit_id = ?")
            .params(round, w.a.id())
            .query(LocalDateTime.class)
            .single();
    assertThat(at.toLocalDate()).isEqualTo(FEB_10);

    // round 2 is open now, well before the explanation deadline (28/02), and still ends the round
    ok(w.appraise(round, w.a, "1.2", "{\"round\":2,\"points\":3}", appraiser));
    ended = w.step(round, w.a, "appraisals/complete", appraiser);
    ok(ended);
    assertThat(JsonPath.<String>read(ended.getContentAsString(), "$.state"))
        .isEqualTo("APPRAISED_2");
  }

  @Test
  void aSecondClickOnEndRound1NeverEndsRound2OpenedAtOnce() throws Exception {
    String page = "/rounds/" + round + "/units/" + w.a.code();
    assertThat(html(get(page), appraiser)).contains("name=\"round\" value=\"1\"");
    for (int click = 0; click < 2; click++) {
      MockHttpServletResponse done =
          send(
              post(page + "/appraisals/complete")
                  .param("round", "1")
                  .param("acknowledgeUntouched", "on"),
              appraiser);
      assertThat(done.getStatus()).isEqualTo(302);
    }
    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");
    // the API alike, when told which round it ends; the page now offers round 2
    MockHttpServletResponse again =
        w.call(post(w.unitPath(round, w.a) + "/appraisals/complete?round=1"), appraiser);
    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(again.getContentAsString(StandardCharsets.UTF_8))
        .contains("Thẩm định lần 1 của đơn vị đã kết thúc; lần đang mở là lần 2");
    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");
    assertThat(html(get(page), appraiser))
        .contains("name=\"round\" value=\"2\"", "Kết thúc thẩm định lần 2");
    ok(w.call(post(w.unitPath(round, w.a) + "/appraisals/complete?round=2"), appraiser));
    assertThat(w.state(round, w.a)).isEqualTo("APPRAISED_2");
  }

  @Test
  void aUnitWithACutOrAFlagStillExplainsBeforeRound2() throws Exception {
    ok(w.appraise(round, w.a, "1.1", "{\"round\":1,\"points\":3,\"note\":\"Thiếu\"}", appraiser));
    ok(
        w.appraise(
            round,
            w.b,
            "1.2",
            "{\"round\":1,\"points\":3,\"explanationRequired\":true}",
            appraiser));
    for (Unit unit : List.of(w.a, w.b)) {
      MockHttpServletResponse ended = w.step(round, unit, "appraisals/complete", appraiser);
      ok(ended);
      assertThat(JsonPath.<String>read(ended.getContentAsString(), "$.state"))
          .isEqualTo("APPRAISED_1");
      // round 2 waits for the explanations (or their deadline)
      assertThat(
              w.appraise(round, unit, "1.1", "{\"round\":2,\"points\":4}", appraiser).getStatus())
          .isEqualTo(409);
    }
  }

  @Test
  void aUnitWithNothingToExplainIsRefusedAnExplanationSayingSoAndNothingIsStored()
      throws Exception {
    ok(w.step(round, w.a, "appraisals/complete", appraiser));
    long events = auditRows();

    MockHttpServletResponse submit =
        w.step(round, w.a, "explanations/submit", RoundWorld.as(Role.LEADER, w.a));
    assertThat(submit.getStatus()).isEqualTo(409);
    assertThat(submit.getContentAsString(StandardCharsets.UTF_8))
        .contains(
            "không yêu cầu giải trình tiêu chí nào của đơn vị",
            "không có gì phải giải trình",
            "chờ thẩm định lần 2");
    MockHttpServletResponse one =
        w.json(
            put(w.unitPath(round, w.a) + "/explanations/1.1"),
            "{\"agree\":true,\"text\":\"Đồng ý\"}",
            RoundWorld.as(Role.PAR_OFFICER, w.a));
    assertThat(one.getStatus()).isEqualTo(409);
    assertThat(one.getContentAsString(StandardCharsets.UTF_8))
        .contains("không có gì phải giải trình");

    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");
    assertThat(auditRows()).isEqualTo(events);
    assertThat(
            jdbc.sql(
                    "select count(*) from round_entry e join round_unit r on r.id = e.round_unit_id"
                        + " where r.round_id = ? and e.explanation_text is not null")
                .param(round)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theOfficerAndChairmanAreToldInTheAppAndByMailThatThereIsNothingToExplain() throws Exception {
    long officer = Accounts.create(users, name("cchc"), "mat-khau-dai", w.a.id(), Role.PAR_OFFICER);
    Accounts.create(users, name("ct"), "mat-khau-dai", w.a.id(), Role.LEADER);
    Accounts.create(users, name("vp"), "mat-khau-dai", w.a.id(), Role.DEPARTMENT_OFFICIAL);

    ok(w.step(round, w.a, "appraisals/complete", appraiser));

    String subject = "[ParIndex] Kết quả thẩm định lần 1 năm 2031: Xã Một không phải giải trình";
    assertThat(subjectsTo(mail("cchc"))).containsExactly(subject);
    assertThat(subjectsTo(mail("ct"))).containsExactly(subject);
    assertThat(subjectsTo(mail("vp"))).isEmpty();
    MimeMessage message =
        Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> recipients(m).contains(mail("cchc")))
            .findFirst()
            .orElseThrow();
    String text =
        "Đã có kết quả thẩm định lần 1 của Xã Một năm 2031: không tiêu chí nào bị trừ điểm hay"
            + " yêu cầu giải trình, nên đơn vị không cần giải trình. Hồ sơ chuyển tiếp sang thẩm"
            + " định lần 2 (hạn 15/03/2031).";
    assertThat(message.getContent().toString())
        .contains(text, "/rounds/" + round + "/units/" + w.a.code());
    assertThat(
            jdbc.sql("select message from notification where user_id = ?")
                .param(officer)
                .query(String.class)
                .list())
        .singleElement()
        .asString()
        .contains(text);
  }

  @Test
  void theUnitHomeQueueAndPageShowRound2AtOnce() throws Exception {
    ok(w.appraise(round, w.b, "1.1", "{\"round\":1,\"points\":3,\"note\":\"Thiếu\"}", appraiser));
    ok(w.step(round, w.a, "appraisals/complete", appraiser));
    ok(w.step(round, w.b, "appraisals/complete", appraiser));

    String home = html(get("/"), RoundWorld.as(Role.PAR_OFFICER, w.a));
    assertThat(home)
        .contains(
            "Năm 2031: thẩm định lần 1 không trừ điểm, không phải giải trình; đang thẩm định lần 2",
            "Dự kiến xong trước 15/03/2031")
        .doesNotContain("cần giải trình");
    assertThat(html(get("/"), RoundWorld.as(Role.PAR_OFFICER, w.b)))
        .contains("Năm 2031: đã có kết quả thẩm định lần 1, cần giải trình");

    // the appraiser's queue: A in round 2 now; B waits for its explanations, so is not listed
    String queue = html(get("/rounds/queue"), appraiser);
    assertThat(queue)
        .contains(
            "Xã Một",
            "Thẩm định lần 2",
            "thẩm định lần 1 không trừ điểm, không cần giải trình",
            "không có tiêu chí nào phải xem lại; chỉ cần kết thúc thẩm định lần 2")
        .doesNotContain("Xã Hai", "0 / 0 tiêu chí");

    String page = "/rounds/" + round + "/units/" + w.a.code();
    assertThat(html(get(page), RoundWorld.as(Role.LEADER, w.a)))
        .contains(
            "chờ thẩm định lần 2 (không có gì phải giải trình)",
            "Thẩm định lần 1 không trừ điểm và không yêu cầu giải trình tiêu chí nào: đơn vị không"
                + " cần giải trình. Hồ sơ đã chuyển sang thẩm định lần 2, hạn 15/03/2031.")
        .doesNotContain("submit-explanations", "explain-open", "to-explain-title");
    assertThat(html(get(page + "?edit=1.1"), appraiser)).contains("class=\"appraise-form\"");
    // B, which has a cut, is shown at the explanation step as before
    assertThat(
            html(get("/rounds/" + round + "/units/" + w.b.code()), RoundWorld.as(Role.LEADER, w.b)))
        .contains("đã thẩm định lần 1", "submit-explanations")
        .doesNotContain("không có gì phải giải trình");
  }

  @Test
  void aCriterionReopenedAfterAClearRound1TakesTheUnitsExplanationOnItsPage() throws Exception {
    ok(w.step(round, w.a, "appraisals/complete", appraiser));
    String page = "/rounds/" + round + "/units/" + w.a.code();
    RequestPostProcessor officer = RoundWorld.as(Role.PAR_OFFICER, w.a);
    assertThat(html(get(page + "?edit=1.2"), officer)).doesNotContain("explain-form");

    MockHttpServletResponse reopened =
        send(
            post(page + "/reopen").param("code", "1.2").param("reason", "Bổ sung văn bản"),
            appraiser);
    assertThat(reopened.getStatus()).isEqualTo(302);
    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");
    String shown = html(get(page), officer);
    assertThat(shown)
        .contains("Tiêu chí được mở lại để đơn vị giải trình (1)")
        .contains("href=\"" + page + "?edit=1.2#leaf-1.2\"")
        .doesNotContain("href=\"" + page + "?edit=1.1#leaf-1.1\"");
    assertThat(html(get(page + "?edit=1.2"), officer))
        .contains("action=\"" + page + "/explanations/1.2#leaf-1.2\"");

    MockHttpServletResponse saved =
        send(
            multipart(page + "/explanations/1.2")
                .param("agree", "yes")
                .param("text", "Đã gửi bổ sung văn bản số 12/BC-UBND"),
            officer);
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(
            JsonPath.<List<String>>read(
                w.unitView(round, w.a), "$.entries[?(@.code == '1.2')].explanationText"))
        .containsExactly("Đã gửi bổ sung văn bản số 12/BC-UBND");
    // a criterion not reopened is still refused, and the unit stays where round 1 left it
    assertThat(
            w.json(
                    put(w.unitPath(round, w.a) + "/explanations/1.1"),
                    "{\"agree\":true,\"text\":\"Đồng ý\"}",
                    officer)
                .getStatus())
        .isEqualTo(409);
    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");
  }

  @Test
  void aCriterionReopenedWhileTheUnitExplainsGetsAFormThoughRound1DidNotCutIt() throws Exception {
    ok(w.appraise(round, w.a, "1.1", "{\"round\":1,\"points\":3,\"note\":\"Thiếu\"}", appraiser));
    ok(w.step(round, w.a, "appraisals/complete", appraiser));
    assertThat(
            w.json(
                    post("/api/v1/rounds/" + round + "/reopen"),
                    "{\"unit\":\"%s\",\"code\":\"1.2\",\"reason\":\"Xem lại\"}"
                        .formatted(w.a.code()),
                    appraiser)
                .getStatus())
        .isEqualTo(200);
    String page = "/rounds/" + round + "/units/" + w.a.code();
    RequestPostProcessor officer = RoundWorld.as(Role.PAR_OFFICER, w.a);
    assertThat(html(get(page), officer))
        .contains("Tiêu chí cần giải trình (2)")
        .contains("href=\"" + page + "?edit=1.2#leaf-1.2\"");
    assertThat(html(get(page + "?edit=1.2"), officer))
        .contains("action=\"" + page + "/explanations/1.2#leaf-1.2\"");
    ok(
        w.json(
            put(w.unitPath(round, w.a) + "/explanations/1.2"),
            "{\"agree\":false,\"text\":\"Báo cáo đã gửi đúng hạn\"}",
            officer));
    ok(w.step(round, w.a, "explanations/submit", RoundWorld.as(Role.LEADER, w.a)));
    assertThat(w.state(round, w.a)).isEqualTo("EXPLAINED");
  }

  private long auditRows() {
    return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
  }

  private static void ok(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
  }

  private String name(String who) {
    return prefix.toLowerCase() + "." + who;
  }

  private String mail(String who) {
    return name(who) + "@test.vn";
  }

  private MockHttpServletResponse send(
      AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor as) throws Exception {
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
        .map(RoundOneClearPostgresTest::subject)
        .toList();
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
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
