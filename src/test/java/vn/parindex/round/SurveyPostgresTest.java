package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.SetRules;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Survey points and bonus/penalty points on PostgreSQL: all or nothing, the caps, two imports at
 * once, and the publication's total with the missing survey rescaled. The world's set (max 15: 1.1
 * manual 4, 1.2 binary 3, 1.3 proportional 3, 2.1 survey 5) with rescale, bonus ≤ 2, penalty ≤ 5.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class SurveyPostgresTest {

  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;
  @Autowired vn.parindex.assessment.Assessments assessments;

  RoundWorld w;
  long round;

  @BeforeEach
  void world() throws Exception {
    w = new RoundWorld(mvc, units, sets, "SV" + RoundCyclePostgresTest.WORLDS.incrementAndGet());
    CriteriaSet base = sets.findById(w.setId).orElseThrow();
    long ruled =
        sets.save(
                base.asVersion(sets.nextVersion(2031, UnitType.COMMUNE), false, "test")
                    .withRules(
                        new SetRules(
                            SetRules.SurveyMissing.RESCALE,
                            new BigDecimal("2"),
                            new BigDecimal("5"))))
            .id();
    CLOCK.at(LocalDate.of(2031, 1, 5));
    MockHttpServletResponse opened =
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s}"
                .formatted(w.p.code(), ruled, RoundWorld.windows(2031)),
            appraiser());
    RoundCyclePostgresTest.ok(opened);
    round = ((Number) JsonPath.read(opened.getContentAsString(), "$.id")).longValue();
  }

  @Test
  void publicationAddsSurveyBonusAndPenaltyAndRescalesAMissingSurvey() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    self(w.a, "1.1", "{\"points\":4}");
    self(w.a, "1.2", "{\"done\":true}");
    self(w.a, "1.3", "{\"numerator\":1,\"denominator\":2}");
    self(w.b, "1.1", "{\"points\":3.5}");
    self(w.b, "1.2", "{\"done\":true}");
    // A answers 30 A, 10 B, 10 C: 5 × (3000 + 600 + 200) ÷ 5000 = 3.8; B has no survey
    RoundCyclePostgresTest.ok(
        upload("Mã đơn vị,Mã tiêu chí,A,B,C,D\n" + w.a.code() + ",2.1,30,10,10,0\n", appraiser()));
    toAppraisedTwice();
    RoundCyclePostgresTest.ok(
        adjust(w.a, "{\"penalty\":[{\"reason\":\"Vi phạm\",\"amount\":1.5}]}"));
    RoundCyclePostgresTest.ok(
        adjust(w.b, "{\"bonus\":[{\"reason\":\"Mô hình mới\",\"amount\":2}],\"version\":0}"));

    CLOCK.at(LocalDate.of(2031, 3, 31));
    RoundCyclePostgresTest.ok(
        w.json(
            post("/api/v1/rounds/" + round + "/publish"),
            "{\"number\":\"9/QĐ-UBND\",\"date\":\"2031-03-31\"}",
            Accounts.admin()));

    // A: 4 + 3 + 1.5 + 3.8 = 12.3, − 1.5 = 10.8 → 72.00 %; B: (3.5 + 3) × 15 ÷ (15 − 5) = 9.75,
    // + 2 = 11.75 → 78.33 %. Before bonus and penalty A led (12.3 against 9.75); now B does.
    assertThat(figures(w.a))
        .isEqualTo(List.of(new BigDecimal("10.8000"), new BigDecimal("72.00"), 2));
    assertThat(figures(w.b))
        .isEqualTo(List.of(new BigDecimal("11.7500"), new BigDecimal("78.33"), 1));
    // the published assessment carries the survey points beside the leaves' final points
    var published = assessments.findLatest(w.a.id(), 2031).orElseThrow();
    assertThat(
            published.entry(new vn.parindex.framework.CriterionCode("2.1")).orElseThrow().points())
        .isEqualByComparingTo("3.8");
    assertThat(published.reportedTotal()).isEqualByComparingTo("10.8");
  }

  @Test
  void aBadFileIsRefusedNamingEveryRowAndTheStoredPointsStayAsTheyWere() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    RoundCyclePostgresTest.ok(
        upload("Mã đơn vị,Mã tiêu chí,Điểm\n" + w.a.code() + ",2.1,4\n", appraiser()));
    MockHttpServletResponse refused =
        upload(
            "Mã đơn vị,Mã tiêu chí,Điểm\n"
                + w.b.code()
                + ",2.1,3\n"
                + w.c.code()
                + ",2.1,3\n"
                + w.a.code()
                + ",1.1,3\n"
                + w.a.code()
                + ",2.1,6\n"
                + w.b.code()
                + ",2.1,2\n",
            appraiser());
    String body = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused.getStatus()).as(body).isEqualTo(422);
    assertThat(body)
        .contains("Dòng 3, cột «Mã đơn vị»")
        .contains("Dòng 4, cột «Mã tiêu chí»")
        .contains("Dòng 5, cột «Điểm»")
        .contains("Dòng 6, cột «Mã tiêu chí»");
    assertThat(JsonPath.<String>read(body, "$.detail")).doesNotContain("round.");
    assertThat(stored()).containsExactly(w.a.code() + " 2.1 4");
    assertThat(JsonPath.<Integer>read(survey(), "$.last.rows")).isEqualTo(1);
  }

  @Test
  void reimportingReplacesThePointsAndTheAuditKeepsOldAndNew() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    RoundCyclePostgresTest.ok(
        upload("Mã đơn vị,Mã tiêu chí,Điểm\n" + w.a.code() + ",2.1,4\n", appraiser()));
    RoundCyclePostgresTest.ok(
        upload("Tên đơn vị,Mã tiêu chí,Điểm\nXã Hai,2.1,3.25\nXã Một,2.1,4.5\n", appraiser()));
    assertThat(stored()).containsExactly(w.a.code() + " 2.1 4.5", w.b.code() + " 2.1 3.25");
    assertThat(JsonPath.<Integer>read(survey(), "$.version")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select coalesce(old_value, '-') || ' → ' || coalesce(new_value, '-')"
                        + " from audit_event where entity_type = 'ROUND_SURVEY' and field = '2.1'"
                        + " order by id")
                .query(String.class)
                .list())
        .containsExactly("- → 4", "- → 3.25", "4 → 4.5");
  }

  @Test
  void twoImportsAtOnceStoreOneFileWholeAndTheOtherAnswers409() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    String first =
        "Mã đơn vị,Mã tiêu chí,Điểm\n" + w.a.code() + ",2.1,1\n" + w.b.code() + ",2.1,1\n";
    String second =
        "Mã đơn vị,Mã tiêu chí,Điểm\n" + w.a.code() + ",2.1,2\n" + w.b.code() + ",2.1,2\n";
    List<Integer> statuses =
        atOnce(() -> uploadAt(first, -1).getStatus(), () -> uploadAt(second, -1).getStatus());
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    List<String> points = stored();
    assertThat(points)
        .isIn(
            List.of(w.a.code() + " 2.1 1", w.b.code() + " 2.1 1"),
            List.of(w.a.code() + " 2.1 2", w.b.code() + " 2.1 2"));
  }

  @Test
  void onlyTheRoundsOpenerImportsAndOnlyFromItsStartUntilPublication() throws Exception {
    String file = "Mã đơn vị,Mã tiêu chí,Điểm\n" + w.a.code() + ",2.1,4\n";
    assertThat(upload(file, appraiser()).getStatus()).isEqualTo(409); // before 10 January
    CLOCK.at(LocalDate.of(2031, 1, 20));
    assertThat(upload(file, RoundWorld.as(Role.LEADER, w.p)).getStatus()).isEqualTo(403);
    assertThat(upload(file, RoundWorld.as(Role.PAR_OFFICER, w.a)).getStatus()).isEqualTo(404);
    assertThat(upload(file, RoundWorld.as(Role.APPRAISER, w.p2)).getStatus()).isEqualTo(404);
    assertThat(stored()).isEmpty();
  }

  @Test
  void anEntryPastTheRemainingCapIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    assertThat(adjust(w.a, "{\"bonus\":[{\"reason\":\"x\",\"amount\":1}]}").getStatus())
        .isEqualTo(409); // still a draft: not in appraisal
    toAppraisedTwice();
    MockHttpServletResponse over =
        adjust(
            w.a,
            "{\"bonus\":[{\"reason\":\"Sáng kiến\",\"amount\":1.5},"
                + "{\"reason\":\"Mô hình\",\"amount\":1}]}");
    String body = over.getContentAsString(StandardCharsets.UTF_8);
    assertThat(over.getStatus()).as(body).isEqualTo(422);
    assertThat(JsonPath.<String>read(body, "$.detail"))
        .contains("Số điểm")
        .contains("mục thứ 2")
        .contains("vượt mức còn lại 0,5 ");
    assertThat(adjustments(w.a)).isZero();

    RoundCyclePostgresTest.ok(
        adjust(w.a, "{\"bonus\":[{\"reason\":\"Sáng kiến\",\"amount\":1.5}],\"version\":0}"));
    // a second click of the same page (version 0) neither duplicates nor overwrites
    assertThat(
            adjust(w.a, "{\"bonus\":[{\"reason\":\"Sáng kiến\",\"amount\":1.5}],\"version\":0}")
                .getStatus())
        .isEqualTo(409);
    assertThat(adjustments(w.a)).isEqualTo(1);
    assertThat(
            w.json(
                    put(w.unitPath(round, w.a) + "/adjustments"),
                    "{\"bonus\":[{\"reason\":\"x\",\"amount\":1}]}",
                    RoundWorld.as(Role.PAR_OFFICER, w.a))
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void thePagesShowTheSurveyAndTakeBonusAndPenaltyBackAsTypedWhenRefused() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    RoundCyclePostgresTest.ok(
        upload("Mã đơn vị,Mã tiêu chí,Điểm\n" + w.a.code() + ",2.1,4\n", appraiser()));
    String page =
        w.call(get("/rounds/" + round), appraiser()).getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"survey\"").contains("dieu-tra.csv").contains("chưa có");
    MockHttpServletResponse bad =
        w.call(
            multipart("/rounds/" + round + "/survey")
                .file(
                    new MockMultipartFile(
                        "file",
                        "dieu-tra.csv",
                        "text/csv",
                        "Mã đơn vị,Mã tiêu chí,Điểm\nXA-KHONG,2.1,4\n"
                            .getBytes(StandardCharsets.UTF_8)))
                .param("version", "0")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()),
            appraiser());
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Dòng 2, cột «Mã đơn vị»");

    toAppraisedTwice();
    MockHttpServletResponse refused =
        w.call(
            post("/rounds/" + round + "/units/" + w.a.code() + "/adjustments")
                .param("act", "adjust")
                .param("kind", "bonus")
                .param("reason", "Mô hình một cửa")
                .param("amount", "2,5")
                .param("version", "0")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()),
            appraiser());
    String html = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(html)
        .contains("value=\"Mô hình một cửa\"")
        .contains("value=\"2,5\"")
        .contains("e-amount");
    assertThat(adjustments(w.a)).isZero();
  }

  private RequestPostProcessor appraiser() {
    return RoundWorld.as(Role.APPRAISER, w.p);
  }

  private void self(vn.parindex.unit.Unit unit, String code, String body) throws Exception {
    RoundCyclePostgresTest.ok(w.entry(round, unit, code, body, Role.PAR_OFFICER));
  }

  private void toAppraisedTwice() throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    for (var unit : List.of(w.a, w.b)) {
      RoundCyclePostgresTest.ok(w.step(round, unit, "submit", RoundWorld.as(Role.LEADER, unit)));
    }
    CLOCK.at(LocalDate.of(2031, 2, 10));
    for (var unit : List.of(w.a, w.b)) {
      RoundCyclePostgresTest.ok(w.step(round, unit, "appraisals/complete", appraiser()));
    }
    // appraised as claimed: nothing cut or flagged, so nothing to explain before round 2
    for (var unit : List.of(w.a, w.b)) {
      assertThat(w.state(round, unit)).isEqualTo("EXPLAINED");
    }
    CLOCK.at(LocalDate.of(2031, 3, 10));
    for (var unit : List.of(w.a, w.b)) {
      RoundCyclePostgresTest.ok(w.step(round, unit, "appraisals/complete", appraiser()));
    }
  }

  private MockHttpServletResponse upload(String csv, RequestPostProcessor who) throws Exception {
    return w.call(
        multipart("/api/v1/rounds/" + round + "/survey")
            .file(
                new MockMultipartFile(
                    "file", "dieu-tra.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
        who);
  }

  private MockHttpServletResponse uploadAt(String csv, int version) throws Exception {
    return w.call(
        multipart("/api/v1/rounds/" + round + "/survey")
            .file(
                new MockMultipartFile(
                    "file", "dieu-tra.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("version", String.valueOf(version)),
        appraiser());
  }

  private MockHttpServletResponse adjust(vn.parindex.unit.Unit unit, String body) throws Exception {
    return w.json(put(w.unitPath(round, unit) + "/adjustments"), body, appraiser());
  }

  private String survey() throws Exception {
    return w.call(get("/api/v1/rounds/" + round + "/survey"), appraiser()).getContentAsString();
  }

  /** The round's stored points as "unit code · points", in unit code order. */
  private List<String> stored() {
    return jdbc
        .sql(
            "select n.code || ' ' || p.code || ' ' || p.points from round_survey_point p"
                + " join round_unit u on u.id = p.round_unit_id join unit n on n.id = u.unit_id"
                + " where u.round_id = ? order by n.code, p.code")
        .param(round)
        .query(String.class)
        .list()
        .stream()
        .map(s -> s.replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", ""))
        .toList();
  }

  private long adjustments(vn.parindex.unit.Unit unit) {
    return jdbc.sql(
            "select count(*) from round_adjustment a join round_unit u on u.id = a.round_unit_id"
                + " where u.round_id = ? and u.unit_id = ?")
        .params(round, unit.id())
        .query(Long.class)
        .single();
  }

  private List<Object> figures(vn.parindex.unit.Unit unit) {
    return jdbc.sql(
            "select total_points, percent, rank_no from round_unit where round_id = ? and unit_id = ?")
        .params(round, unit.id())
        .query((rs, n) -> List.<Object>of(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getInt(3)))
        .single();
  }

  @SafeVarargs
  private static List<Integer> atOnce(Callable<Integer>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
