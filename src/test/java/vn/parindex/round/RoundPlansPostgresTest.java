package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Units;

/**
 * Publication drafts each unit's remediation plan from its published losses, each line saying which
 * kind its loss is; "where the points went" splits the same losses by criterion; the plan button of
 * a unit never makes a second plan.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-plans-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundPlansPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();
  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;
  @Autowired Assessments assessments;

  RoundWorld w;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RP" + WORLDS.incrementAndGet());
    CLOCK.at(LocalDate.of(2032, 1, 5));
  }

  /**
   * A: 1.1 claimed 4, cut to 3, explained, 3.5 in round 2; 1.2 not done (0 of 3); 1.3 claimed 1.5
   * of 3, cut to 1. B claims nothing. Both published.
   */
  private long publishedRound() throws Exception {
    long round = w.openRound(2032);
    CLOCK.at(LocalDate.of(2032, 1, 20));
    ok(w.entry(round, w.a, "1.1", "{\"points\":4}", Role.PAR_OFFICER));
    ok(w.entry(round, w.a, "1.2", "{\"done\":false}", Role.PAR_OFFICER));
    ok(w.entry(round, w.a, "1.3", "{\"numerator\":1,\"denominator\":2}", Role.PAR_OFFICER));
    ok(w.step(round, w.a, "submit", RoundWorld.as(Role.LEADER, w.a)));
    ok(w.step(round, w.b, "submit", RoundWorld.as(Role.LEADER, w.b)));
    CLOCK.at(LocalDate.of(2032, 2, 10));
    var appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    ok(
        w.appraise(
            round, w.a, "1.1", "{\"round\":1,\"points\":3,\"note\":\"Thiếu báo cáo\"}", appraiser));
    ok(
        w.appraise(
            round, w.a, "1.3", "{\"round\":1,\"points\":1,\"note\":\"Sai tỷ lệ\"}", appraiser));
    ok(w.step(round, w.a, "appraisals/complete", appraiser));
    ok(w.step(round, w.b, "appraisals/complete", appraiser));
    CLOCK.at(LocalDate.of(2032, 2, 20));
    ok(
        w.json(
            put(w.unitPath(round, w.a) + "/explanations/1.1"),
            "{\"agree\":false,\"text\":\"Đã có báo cáo số 30\"}",
            RoundWorld.as(Role.PAR_OFFICER, w.a)));
    ok(w.step(round, w.a, "explanations/submit", RoundWorld.as(Role.LEADER, w.a)));
    // B, claiming nothing, had nothing cut to explain: round 1 took it on to round 2
    assertThat(w.state(round, w.b)).isEqualTo("EXPLAINED");
    CLOCK.at(LocalDate.of(2032, 3, 10));
    ok(
        w.appraise(
            round,
            w.a,
            "1.1",
            "{\"round\":2,\"points\":3.5,\"note\":\"Bổ sung một phần\"}",
            appraiser));
    ok(w.step(round, w.a, "appraisals/complete", appraiser));
    ok(w.step(round, w.b, "appraisals/complete", appraiser));
    CLOCK.at(LocalDate.of(2032, 3, 31));
    ok(
        w.json(
            post("/api/v1/rounds/" + round + "/publish"),
            "{\"number\":\"9/QĐ-UBND\",\"date\":\"2032-03-31\"}",
            Accounts.admin()));
    return round;
  }

  @Test
  void publicationDraftsOnePlanPerUnitWhoseLinesSayWhichKindTheirLossIs() throws Exception {
    publishedRound();
    long assessmentA = assessments.findLatest(w.a.id(), 2032).orElseThrow().id();
    long assessmentB = assessments.findLatest(w.b.id(), 2032).orElseThrow().id();
    assertThat(plans(assessmentA)).hasSize(1);
    assertThat(plans(assessmentB)).hasSize(1);

    long planA = plans(assessmentA).get(0);
    assertThat(kind(planA, "1.1")).isEqualTo("CUT");
    assertThat(kind(planA, "1.2")).isEqualTo("NOT_DONE");
    assertThat(kind(planA, "1.3")).isEqualTo("NOT_DONE,CUT");
    assertThat(kind(plans(assessmentB).get(0), "1.2")).isEqualTo("NOT_DONE");
    // the opening states the published rank among the round's units
    assertThat(
            jdbc.sql("select content from plan_text where plan_id = ? and kind = 'OPENING'")
                .param(planA)
                .query(String.class)
                .list())
        .anyMatch(t -> t.contains("đứng thứ 1/2"));

    // the plan editor shows each line's kind in words
    String editor =
        w.call(get("/plans/" + planA), RoundWorld.as(Role.PAR_OFFICER, w.a)).getContentAsString();
    assertThat(editor).contains("Bị trừ khi thẩm định", "Chưa thực hiện; Bị trừ khi thẩm định");
  }

  @Test
  void whereThePointsWentSplitsEachCriterionLargestLossFirst() throws Exception {
    long round = publishedRound();
    String unit =
        w.call(
                get("/api/v1/rounds/" + round + "/units/" + w.a.code() + "/losses"),
                RoundWorld.as(Role.PAR_OFFICER, w.a))
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(unit, "$.rows[*].code"))
        .containsExactly("1.2", "1.3", "1.1");
    assertThat(RoundWorld.numbers(unit, "$.rows[2].loss.notDone")).containsExactly("0");
    assertThat(RoundWorld.numbers(unit, "$.rows[2].loss.cut")).containsExactly("1");
    assertThat(RoundWorld.numbers(unit, "$.rows[2].loss.recovered")).containsExactly("0.5");
    assertThat(RoundWorld.numbers(unit, "$.rows[2].loss.lost")).containsExactly("0.5");
    assertThat(RoundWorld.numbers(unit, "$.rows[1].loss.notDone")).containsExactly("1.5");
    assertThat(RoundWorld.numbers(unit, "$.rows[1].loss.cut")).containsExactly("0.5");
    assertThat(RoundWorld.numbers(unit, "$.total.lost")).containsExactly("5.5");
    assertThat(RoundWorld.numbers(unit, "$.rows[*].cumulativePercent"))
        .containsExactly("54.5", "90.9", "100");
    assertThat(JsonPath.<Boolean>read(unit, "$.settled")).isTrue();

    // across the round: A and B summed (B claimed nothing: every point not done)
    String all =
        w.call(get("/api/v1/rounds/" + round + "/losses"), RoundWorld.as(Role.APPRAISER, w.p))
            .getContentAsString();
    assertThat(JsonPath.<Integer>read(all, "$.units")).isEqualTo(2);
    assertThat(JsonPath.<List<String>>read(all, "$.rows[*].code"))
        .containsExactly("1.2", "1.3", "1.1");
    assertThat(RoundWorld.numbers(all, "$.rows[*].loss.lost")).containsExactly("6", "5", "4.5");
    // a commune's officer sees only its own unit in the round's sum
    String own =
        w.call(get("/api/v1/rounds/" + round + "/losses"), RoundWorld.as(Role.PAR_OFFICER, w.a))
            .getContentAsString();
    assertThat(JsonPath.<Integer>read(own, "$.units")).isEqualTo(1);
    assertThat(
            w.call(
                    get("/api/v1/rounds/" + round + "/units/" + w.a.code() + "/losses"),
                    RoundWorld.as(Role.PAR_OFFICER, w.b))
                .getStatus())
        .isEqualTo(404);
    // the page: words and a decimal comma
    String page =
        w.call(
                get("/rounds/" + round + "/units/" + w.a.code() + "/losses"),
                RoundWorld.as(Role.PAR_OFFICER, w.a))
            .getContentAsString();
    assertThat(page).contains("<svg", "Chưa thực hiện", "Được khôi phục nhờ giải trình", "54,5%");
  }

  @Test
  void theButtonDraftsAMissingPlanOnceAndASecondClickOpensIt() throws Exception {
    long round = publishedRound();
    long assessmentA = assessments.findLatest(w.a.id(), 2032).orElseThrow().id();
    long drafted = plans(assessmentA).get(0);
    String path = "/rounds/" + round + "/units/" + w.a.code();
    var officer = RoundWorld.as(Role.PAR_OFFICER, w.a);

    // with the plan there, the page links to it and the button opens it
    assertThat(w.call(get(path), officer).getContentAsString()).contains("/plans/" + drafted);
    MockHttpServletResponse again = w.call(post(path + "/plan").with(csrf()), officer);
    assertThat(again.getRedirectedUrl()).isEqualTo("/plans/" + drafted);
    assertThat(plans(assessmentA)).containsExactly(drafted);

    // a unit whose plan was set aside gets one new plan, however many click at once
    jdbc.sql("update plan set current_mark = null where id = ?").param(drafted).update();
    assertThat(w.call(get(path), officer).getContentAsString())
        .contains("action=\"" + path + "/plan\"");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<String> click =
          () -> w.call(post(path + "/plan").with(csrf()), officer).getRedirectedUrl();
      List<Future<String>> clicks = pool.invokeAll(List.of(click, click));
      List<Long> current = plans(assessmentA);
      assertThat(current).hasSize(1).doesNotContain(drafted);
      for (Future<String> f : clicks) {
        assertThat(f.get()).isEqualTo("/plans/" + current.get(0));
      }
      assertThat(kind(current.get(0), "1.3")).isEqualTo("NOT_DONE,CUT");
    } finally {
      pool.shutdown();
    }
    // only who drafts plans may: the chairman reads but does not draft
    assertThat(
            w.call(post(path + "/plan").with(csrf()), RoundWorld.as(Role.LEADER, w.a)).getStatus())
        .isEqualTo(403);
  }

  private List<Long> plans(long assessmentId) {
    return jdbc.sql("select id from plan where assessment_id = ? and current_mark = 1")
        .param(assessmentId)
        .query(Long.class)
        .list();
  }

  private String kind(long planId, String code) {
    return jdbc.sql(
            "select loss_kind from plan_line where plan_id = ? and code = ? and area = false")
        .params(planId, code)
        .query(String.class)
        .single();
  }

  static void ok(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
  }
}
