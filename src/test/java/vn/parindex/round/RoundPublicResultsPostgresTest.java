package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A round published under a province whose communes sit under its districts: the public results
 * (page and API, without signing in) list the province among the parents and its ranking of all the
 * round's communes, as the decision ranked them; each district still shows its own communes with
 * the province's ranks.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-public-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundPublicResultsPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();
  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;

  RoundWorld w;
  Unit province;
  Unit north;
  Unit south;
  List<Unit> communes;

  @BeforeEach
  void world() {
    String prefix = "RPR" + WORLDS.incrementAndGet();
    w = new RoundWorld(mvc, units, sets, prefix);
    // no commune directly under the province: each under one of its two districts
    province = save(prefix + "-Q", "Tỉnh Có Huyện " + prefix, UnitType.PROVINCE, null);
    north = save(prefix + "-QN", "Huyện Bắc", UnitType.DISTRICT, province.id());
    south = save(prefix + "-QS", "Huyện Nam", UnitType.DISTRICT, province.id());
    communes =
        List.of(
            save(prefix + "-N1", "Xã Bắc Một", UnitType.COMMUNE, north.id()),
            save(prefix + "-N2", "Xã Bắc Hai", UnitType.COMMUNE, north.id()),
            save(prefix + "-S1", "Xã Nam Một", UnitType.COMMUNE, south.id()));
    CLOCK.at(LocalDate.of(2031, 1, 5));
  }

  private Unit save(String code, String name, UnitType type, Long parent) {
    return units.save(new Unit(null, code, name, type, parent, null, null, false));
  }

  @Test
  void theProvinceThatPublishedTheRoundListsAllItsCommunesRankedAsPublished() throws Exception {
    long round = open();
    // before publication the province has nothing public
    assertThat(parents()).doesNotContain(option(province));
    assertThat(JsonPath.<List<Object>>read(results(province, null), "$.units")).isEmpty();

    // Bắc Hai 4 points, Nam Một 3, Bắc Một 1 (of 1.1's 4)
    publish(round, List.of("1", "4", "3"));

    assertThat(parents()).contains(option(province));
    String json = results(province, null);
    assertThat(JsonPath.<Integer>read(json, "$.year")).isEqualTo(2031);
    assertThat(JsonPath.<List<Integer>>read(json, "$.years")).containsExactly(2031);
    assertThat(JsonPath.<List<String>>read(json, "$.units[*].name"))
        .containsExactly("Xã Bắc Hai", "Xã Nam Một", "Xã Bắc Một");
    assertThat(JsonPath.<List<Integer>>read(json, "$.units[*].rank")).containsExactly(1, 2, 3);
    assertThat(JsonPath.<List<Integer>>read(json, "$.units[*].of")).containsExactly(3, 3, 3);
    assertThat(JsonPath.<List<Double>>read(json, "$.units[*].total"))
        .containsExactly(4.0, 3.0, 1.0);
    assertThat(JsonPath.<List<Integer>>read(json, "$.units[*].rank"))
        .isEqualTo(JsonPath.read(results(province, 2031), "$.units[*].rank"));
    // the page, chosen from the list, shows the same ranking
    String page = body(mvc.perform(get("/public/results").param("parent", province.code())));
    assertThat(page)
        .contains("Xã Bắc Hai", "Xã Nam Một", "Xã Bắc Một")
        .contains(option(province) + " selected>" + province.name() + "</option>");
    // a district shows its own communes with the province's ranks, never re-ranked
    String district = results(north, 2031);
    assertThat(JsonPath.<List<String>>read(district, "$.units[*].name"))
        .containsExactly("Xã Bắc Hai", "Xã Bắc Một");
    assertThat(JsonPath.<List<Integer>>read(district, "$.units[*].rank")).containsExactly(1, 3);
    assertThat(JsonPath.<List<Integer>>read(district, "$.units[*].of")).containsExactly(3, 3);
  }

  /** Opens the 2031 round over the province as its appraiser; its id. */
  private long open() throws Exception {
    MockHttpServletResponse opened =
        w.json(
            post("/api/v1/rounds"),
            "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s}"
                .formatted(province.code(), w.setId, RoundWorld.windows(2031)),
            RoundWorld.as(Role.APPRAISER, province));
    assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
    return ((Number) JsonPath.read(opened.getContentAsString(), "$.id")).longValue();
  }

  /** Each commune claims its points on 1.1, appraised twice as claimed, then published. */
  private void publish(long round, List<String> points) throws Exception {
    CLOCK.at(LocalDate.of(2031, 1, 20));
    for (int i = 0; i < communes.size(); i++) {
      Unit u = communes.get(i);
      RoundCyclePostgresTest.ok(
          w.entry(round, u, "1.1", "{\"points\":" + points.get(i) + "}", Role.PAR_OFFICER));
      RoundCyclePostgresTest.ok(w.step(round, u, "submit", RoundWorld.as(Role.LEADER, u)));
    }
    step(round, LocalDate.of(2031, 2, 10), "appraisals/complete", Role.APPRAISER);
    // appraised as claimed: nothing cut or flagged, so nothing to explain before round 2
    for (Unit u : communes) {
      String view =
          w.call(get(w.unitPath(round, u)), RoundWorld.as(Role.APPRAISER, province))
              .getContentAsString();
      assertThat(JsonPath.<String>read(view, "$.unit.state")).isEqualTo("EXPLAINED");
    }
    step(round, LocalDate.of(2031, 3, 10), "appraisals/complete", Role.APPRAISER);
    CLOCK.at(LocalDate.of(2031, 3, 31));
    RoundCyclePostgresTest.ok(
        w.json(
            post("/api/v1/rounds/" + round + "/publish"),
            "{\"number\":\"12/QĐ-UBND\",\"date\":\"2031-03-31\"}",
            Accounts.admin()));
  }

  private void step(long round, LocalDate day, String step, Role role) throws Exception {
    CLOCK.at(day);
    for (Unit u : communes) {
      RoundCyclePostgresTest.ok(
          w.step(round, u, step, RoundWorld.as(role, role == Role.LEADER ? u : province)));
    }
  }

  private String parents() throws Exception {
    return body(mvc.perform(get("/public/results")));
  }

  private static String option(Unit unit) {
    return "<option value=\"" + unit.code() + "\"";
  }

  private String results(Unit parent, Integer year) throws Exception {
    var request = get("/api/v1/public/results").param("parent", parent.code());
    if (year != null) {
      request.param("year", String.valueOf(year));
    }
    return body(mvc.perform(request));
  }

  private static String body(org.springframework.test.web.servlet.ResultActions actions)
      throws Exception {
    MockHttpServletResponse response = actions.andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
