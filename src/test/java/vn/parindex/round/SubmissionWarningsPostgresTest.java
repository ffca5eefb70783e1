package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.framework.Scoring;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Warnings before submission, in the API and on the page: the chairman may submit only once he says
 * he saw them. And the self entry form after a reopening: offered then, and only then, with the
 * reason of the reopening.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-warnings-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class SubmissionWarningsPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;

  RoundWorld w;
  RequestPostProcessor leader;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "SW" + WORLDS.incrementAndGet());
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 5));
    leader = RoundWorld.as(Role.LEADER, w.a);
  }

  @Test
  void theApiListsTheWarningsAndSubmissionNeedsThemAcknowledged() throws Exception {
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    long plan = w.evidence(w.a, "12/KH-UBND");
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.1", "{\"points\":3}", Role.PAR_OFFICER));
    RoundCyclePostgresTest.ok(
        w.entry(
            round,
            w.a,
            "1.3",
            "{\"rate\":99,\"numerator\":118,\"denominator\":120,\"evidence\":[" + plan + "]}",
            Role.PAR_OFFICER));

    String view = w.unitView(round, w.a);
    List<String> codes = JsonPath.read(view, "$.warnings[*].code");
    List<String> messages = JsonPath.read(view, "$.warnings[*].message");
    assertThat(codes).containsExactly("1.1", "1.2", "1.3");
    assertThat(messages.get(0)).isEqualTo("tự chấm 3,00 điểm nhưng chưa có tài liệu kiểm chứng");
    // 1.2 never self-assessed (the survey criterion 2.1 is not self-scored, so never warned)
    assertThat(messages.get(1))
        .isEqualTo("chưa tự đánh giá: nộp như vậy, tiêu chí này có thể không được điểm");
    assertThat(JsonPath.<List<Boolean>>read(view, "$.warnings[*].notAssessed"))
        .containsExactly(false, true, false);
    assertThat(messages.get(2)).contains("tỷ lệ nhập 99% không khớp tử số 118 / mẫu số 120");
    String page =
        w.call(get("/rounds/" + round + "/units/" + w.a.code()), leader)
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "1 tiêu chí chưa tự đánh giá; nộp như vậy, các tiêu chí này có thể không được điểm:")
        .contains("Cảnh báo trước khi nộp (3)");

    String submit = w.unitPath(round, w.a) + "/submit";
    MockHttpServletResponse unseen = w.call(post(submit), leader);
    assertThat(unseen.getStatus()).isEqualTo(422);
    assertThat(unseen.getContentAsString(StandardCharsets.UTF_8))
        .contains("Tôi đã xem các cảnh báo", "còn 3 cảnh báo");
    assertThat(w.json(post(submit), "{\"acknowledgeWarnings\":false}", leader).getStatus())
        .isEqualTo(422);
    assertThat(w.state(round, w.a)).isEqualTo("DRAFT");
    RoundCyclePostgresTest.ok(w.json(post(submit), "{\"acknowledgeWarnings\":true}", leader));
    assertThat(w.state(round, w.a)).isEqualTo("SUBMITTED");

    // a unit that self-assessed every criterion, with evidence, submits without saying anything
    long own = w.evidence(w.b, "3/BC-UBND");
    for (String[] leaf :
        new String[][] {
          {"1.1", "{\"points\":4"}, {"1.2", "{\"done\":false"}, {"1.3", "{\"rate\":90"}
        }) {
      RoundCyclePostgresTest.ok(
          w.entry(round, w.b, leaf[0], leaf[1] + ",\"evidence\":[" + own + "]}", Role.PAR_OFFICER));
    }
    assertThat(JsonPath.<List<Object>>read(w.unitView(round, w.b), "$.warnings")).isEmpty();
    RoundCyclePostgresTest.ok(
        w.call(post(w.unitPath(round, w.b) + "/submit"), RoundWorld.as(Role.LEADER, w.b)));
  }

  @Test
  void evidenceOutsideTheCriterionsWindowIsWarned() throws Exception {
    long setId = setWithWindow();
    MockHttpServletResponse opened =
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s}"
                .formatted(w.p.code(), setId, RoundWorld.windows(2031)),
            RoundWorld.as(Role.APPRAISER, w.p));
    long round = ((Number) JsonPath.read(opened.getContentAsString(), "$.id")).longValue();
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    // propaganda evidenced on 15/01 while its window is 01/02–30/09 (the seed's 1.2, done in
    // December)
    long leaflet = w.evidence(w.a, "05/KH-UBND");
    RoundCyclePostgresTest.ok(
        w.entry(
            round, w.a, "1.2", "{\"done\":true,\"evidence\":[" + leaflet + "]}", Role.PAR_OFFICER));

    List<String> messages = JsonPath.read(w.unitView(round, w.a), "$.warnings[*].message");
    assertThat(messages)
        .containsExactly(
            "tài liệu 05/KH-UBND ngày 15/01/2031 nằm ngoài thời gian quy định của tiêu chí (01/02/2031–30/09/2031)");

    String page = page("/rounds/" + round + "/units/" + w.a.code(), leader);
    assertThat(page)
        .contains(
            "Cảnh báo trước khi nộp (1)",
            "nằm ngoài thời gian quy định",
            "id=\"acknowledgeWarnings\"");
    MockHttpServletResponse unticked =
        mvc.perform(
                post("/rounds/" + round + "/units/" + w.a.code() + "/submit")
                    .with(csrf())
                    .with(leader))
            .andReturn()
            .getResponse();
    assertThat(unticked.getStatus()).isEqualTo(422);
    assertThat(unticked.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"e-acknowledgeWarnings\"", "còn 1 cảnh báo");
    assertThat(w.state(round, w.a)).isEqualTo("DRAFT");
    MockHttpServletResponse ticked =
        mvc.perform(
                post("/rounds/" + round + "/units/" + w.a.code() + "/submit")
                    .param("acknowledgeWarnings", "on")
                    .with(csrf())
                    .with(leader))
            .andReturn()
            .getResponse();
    assertThat(ticked.getStatus()).isEqualTo(302);
    assertThat(w.state(round, w.a)).isEqualTo("SUBMITTED");
  }

  @Test
  void aReopenedCriterionOffersItsEntryFormWithTheReasonAndOnlyThen() throws Exception {
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    String path = "/rounds/" + round + "/units/" + w.a.code();
    RequestPostProcessor officer = RoundWorld.as(Role.PAR_OFFICER, w.a);
    assertThat(page(path, officer))
        .contains(
            "href=\"" + path + "?edit=1.1#leaf-1.1\"", "href=\"" + path + "?edit=1.2#leaf-1.2\"")
        .doesNotContain("self-form");
    assertThat(page(path + "?edit=1.1", officer)).contains("id=\"s-1.1-points\"");
    assertThat(page(path + "?edit=1.2", officer)).contains("id=\"s-1.2-done\"");
    RoundCyclePostgresTest.ok(w.step(round, w.a, "submit", leader));
    assertThat(page(path, officer)).doesNotContain("self-form", "self-open");
    assertThat(page(path + "?edit=1.1", officer)).doesNotContain("self-form");

    RoundCyclePostgresTest.ok(
        w.json(
            post("/api/v1/rounds/" + round + "/reopen"),
            "{\"unit\":\"%s\",\"code\":\"1.1\",\"reason\":\"Văn bản gửi chậm do bưu điện\"}"
                .formatted(w.a.code()),
            RoundWorld.as(Role.APPRAISER, w.p)));
    String reopened = page(path, officer);
    assertThat(reopened)
        .contains(
            "href=\"" + path + "?edit=1.1#leaf-1.1\"",
            "Tiêu chí được mở lại để sửa: Văn bản gửi chậm do bưu điện")
        .doesNotContain("self-form");
    assertThat(reopened.split("class=\"self-open\"", -1)).hasSize(2);
    assertThat(page(path + "?edit=1.1", officer)).contains("id=\"s-1.1-points\"");
    assertThat(page(path + "?edit=1.2", officer)).doesNotContain("id=\"s-1.2-done\"");
    // the appraiser sees the reason nowhere as a form: the entry is the unit's own
    assertThat(page(path, RoundWorld.as(Role.APPRAISER, w.p))).doesNotContain("self-form");

    // a unit still in draft past its deadline is locked: no form there either
    MovableClock.CLOCK.at(LocalDate.of(2031, 2, 1));
    String late =
        page("/rounds/" + round + "/units/" + w.b.code(), RoundWorld.as(Role.PAR_OFFICER, w.b));
    assertThat(late).doesNotContain("self-form", "self-open");
  }

  private long setWithWindow() {
    return sets.save(
            CriteriaSet.create(
                    null,
                    "Bộ có thời hạn " + w.p.code(),
                    2031,
                    UnitType.COMMUNE,
                    sets.nextVersion(2031, UnitType.COMMUNE),
                    false,
                    "test",
                    List.of(
                        node("1", "Công tác chỉ đạo", "3", null, 1),
                        node("1.2", "Tuyên truyền CCHC", "3", new Scoring.Binary(), 2)),
                    List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình")))
                .withObligations(
                    List.of(
                        new Obligation(
                            null,
                            null,
                            "1.2",
                            "Tuyên truyền",
                            ObligationKind.WINDOW,
                            MonthDay.of(2, 1),
                            MonthDay.of(9, 30),
                            null,
                            null,
                            null,
                            null))))
        .id();
  }

  private static Criterion node(
      String code, String name, String max, vn.parindex.framework.ScoringMethod m, int position) {
    return new Criterion(new CriterionCode(code), name, new BigDecimal(max), m, position);
  }

  private String page(String url, RequestPostProcessor who) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(url).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
