package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
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
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Units;

/** One commune's whole year through the API, on PostgreSQL, with the clock moved day by day. */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundCyclePostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();
  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;
  @Autowired vn.parindex.assessment.Assessments assessments;

  RoundWorld w;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RC" + WORLDS.incrementAndGet());
    CLOCK.at(LocalDate.of(2031, 1, 5));
  }

  @Test
  void aCommuneGoesThroughTheWholeYearAndThePublicationFreezesItsRank() throws Exception {
    long round = w.openRound(2031);
    assertThat(w.open(2031, RoundWorld.as(Role.APPRAISER, w.p)).getStatus()).isEqualTo(409);
    assertThat(w.state(round, w.a)).isEqualTo("DRAFT");

    CLOCK.at(LocalDate.of(2031, 1, 20));
    long plan = w.evidence(w.a, "12/KH-UBND");
    ok(
        w.entry(
            round,
            w.a,
            "1.1",
            "{\"points\":4,\"note\":\"Có kế hoạch\",\"evidence\":[" + plan + "]}",
            Role.PAR_OFFICER));
    ok(w.entry(round, w.a, "1.2", "{\"done\":true,\"evidence\":[" + plan + "]}", Role.PAR_OFFICER));
    MockHttpServletResponse rate =
        w.entry(round, w.a, "1.3", "{\"numerator\":1,\"denominator\":2}", Role.PAR_OFFICER);
    ok(rate);
    assertThat(RoundWorld.numbers(rate.getContentAsString(), "$.selfPoints"))
        .containsExactly("1.5");
    ok(w.step(round, w.a, "submit", RoundWorld.as(Role.LEADER, w.a)));
    ok(w.step(round, w.b, "submit", RoundWorld.as(Role.LEADER, w.b)));

    CLOCK.at(LocalDate.of(2031, 2, 10));
    RoundWorld appraiser = w;
    ok(
        appraiser.appraise(
            round,
            w.a,
            "1.1",
            "{\"round\":1,\"points\":3,\"note\":\"Thiếu báo cáo đột xuất\"}",
            RoundWorld.as(Role.APPRAISER, w.p)));
    ok(w.step(round, w.a, "appraisals/complete", RoundWorld.as(Role.APPRAISER, w.p)));
    ok(w.step(round, w.b, "appraisals/complete", RoundWorld.as(Role.APPRAISER, w.p)));
    assertThat(w.state(round, w.a)).isEqualTo("APPRAISED_1");
    // B: round 1 cut and flagged nothing, so nothing to explain: on to round 2 at once
    assertThat(w.state(round, w.b)).isEqualTo("EXPLAINED");

    CLOCK.at(LocalDate.of(2031, 2, 20));
    long report = w.evidence(w.a, "30/BC-UBND");
    ok(
        w.json(
            put(w.unitPath(round, w.a) + "/explanations/1.1"),
            "{\"agree\":false,\"text\":\"Đã có báo cáo số 30\",\"evidence\":[" + report + "]}",
            RoundWorld.as(Role.PAR_OFFICER, w.a)));
    ok(w.step(round, w.a, "explanations/submit", RoundWorld.as(Role.LEADER, w.a)));

    CLOCK.at(LocalDate.of(2031, 3, 10));
    ok(
        w.appraise(
            round, w.a, "1.1", "{\"round\":2,\"points\":4}", RoundWorld.as(Role.APPRAISER, w.p)));
    ok(w.step(round, w.a, "appraisals/complete", RoundWorld.as(Role.APPRAISER, w.p)));
    ok(w.step(round, w.b, "appraisals/complete", RoundWorld.as(Role.APPRAISER, w.p)));

    String entries = w.unitView(round, w.a);
    assertThat(RoundWorld.numbers(entries, "$.entries[?(@.code=='1.1')].selfPoints"))
        .containsExactly("4");
    assertThat(RoundWorld.numbers(entries, "$.entries[?(@.code=='1.1')].round1Points"))
        .containsExactly("3");
    assertThat(RoundWorld.numbers(entries, "$.entries[?(@.code=='1.1')].round2Points"))
        .containsExactly("4");
    assertThat(RoundWorld.numbers(entries, "$.entries[?(@.code=='1.2')].finalPoints"))
        .containsExactly("3");

    CLOCK.at(LocalDate.of(2031, 3, 31));
    MockHttpServletResponse published =
        w.json(
            post("/api/v1/rounds/" + round + "/publish"),
            "{\"number\":\"123/QĐ-UBND\",\"date\":\"2031-03-31\"}",
            Accounts.admin());
    ok(published);
    String view =
        w.call(get("/api/v1/rounds/" + round), RoundWorld.as(Role.APPRAISER, w.p))
            .getContentAsString();
    assertThat(JsonPath.<String>read(view, "$.publishedNumber")).isEqualTo("123/QĐ-UBND");
    assertThat(JsonPath.<List<String>>read(view, "$.units[*].state"))
        .containsOnly("PUBLISHED")
        .hasSize(2);
    assertThat(RoundWorld.numbers(view, "$.units[?(@.code=='" + w.a.code() + "')].total"))
        .containsExactly("8.5");
    assertThat(RoundWorld.numbers(view, "$.units[?(@.code=='" + w.a.code() + "')].percent"))
        .containsExactly("56.67");
    assertThat(RoundWorld.numbers(view, "$.units[?(@.code=='" + w.a.code() + "')].rank"))
        .containsExactly("1");
    assertThat(RoundWorld.numbers(view, "$.units[?(@.code=='" + w.b.code() + "')].rank"))
        .containsExactly("2");
    assertThat(JsonPath.<List<String>>read(view, "$.units[?(@.code=='" + w.a.code() + "')].band"))
        .containsExactly("Trung bình");

    // each unit's final points are now its published assessment: rankings and plans work from it
    var assessment = assessments.findLatest(w.a.id(), 2031).orElseThrow();
    assertThat(assessment.stage()).isEqualTo(vn.parindex.assessment.AssessmentStage.PUBLISHED);
    assertThat(assessment.statedRank().rank()).isEqualTo(1);
    assertThat(assessment.statedRank().of()).isEqualTo(2);
    assertThat(
            assessment.entry(new vn.parindex.framework.CriterionCode("1.1")).orElseThrow().points())
        .isEqualByComparingTo("4");
    assertThat(
            assessment.entry(new vn.parindex.framework.CriterionCode("1.3")).orElseThrow().reason())
        .isNull();
    MockHttpServletResponse ranking =
        w.call(
            get("/api/v1/rankings").param("parent", w.p.code()).param("year", "2031"),
            RoundWorld.as(Role.APPRAISER, w.p));
    assertThat(ranking.getStatus()).as(ranking.getContentAsString()).isEqualTo(200);
    assertThat(ranking.getContentAsString()).contains(w.a.code(), w.b.code());

    // the commune's own officer sees its own row only
    String own =
        w.call(get("/api/v1/rounds/" + round), RoundWorld.as(Role.PAR_OFFICER, w.a))
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(own, "$.units[*].code")).containsExactly(w.a.code());

    // every change after submission is in the audit trail, old and new
    assertThat(
            jdbc.sql(
                    "select coalesce(old_value, '-') || ' → ' || new_value from audit_event"
                        + " where entity_type = 'ROUND_ENTRY' and field = '1.1 · round1Points'")
                .query(String.class)
                .list())
        .contains("- → 3");
    assertThat(
            w.json(
                    post("/api/v1/rounds/" + round + "/publish"),
                    "{\"number\":\"124/QĐ-UBND\",\"date\":\"2031-04-01\"}",
                    Accounts.admin())
                .getStatus())
        .isEqualTo(409);
    assertThat(
            w.json(
                    post("/api/v1/rounds/" + round + "/reopen"),
                    "{\"unit\":\"" + w.a.code() + "\",\"reason\":\"Xem lại\"}",
                    RoundWorld.as(Role.APPRAISER, w.p))
                .getStatus())
        .isEqualTo(409);
  }

  static void ok(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
  }
}
