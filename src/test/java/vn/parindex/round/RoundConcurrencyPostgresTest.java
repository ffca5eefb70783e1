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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Two people (or a double click) at once: one round is opened, one submission counts, and a
 * document uploaded once can be read back by the appraiser above the unit and by no other commune.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundConcurrencyPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;

  RoundWorld w;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RX" + RoundCyclePostgresTest.WORLDS.incrementAndGet());
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
  }

  @Test
  void twoOpeningsAtOnceOpenOneRound() throws Exception {
    List<Integer> statuses =
        AtOnce.twice(() -> w.open(2031, RoundWorld.as(Role.APPRAISER, w.p)).getStatus());
    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    assertThat(
            jdbc.sql("select count(*) from index_round where parent_unit_id = ?")
                .param(w.p.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aProvincesAndADistrictsOpeningAtOnceOverTheSameCommuneOpenOneRound() throws Exception {
    Unit district =
        units.save(
            new Unit(
                null,
                w.p.code() + "-D",
                "Huyện Thử",
                UnitType.DISTRICT,
                w.p.id(),
                null,
                null,
                false));
    Unit commune =
        units.save(
            new Unit(
                null,
                w.p.code() + "-E",
                "Xã Bốn",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                false));
    List<Unit> parents = List.of(w.p, district);
    AtomicInteger turn = new AtomicInteger();
    List<MockHttpServletResponse> answers =
        AtOnce.twice(
            () -> {
              Unit parent = parents.get(turn.getAndIncrement());
              return w.json(
                  post("/api/v1/rounds"),
                  "{\"year\":2031,\"parent\":\"%s\",\"framework\":%d,%s}"
                      .formatted(parent.code(), w.setId, RoundWorld.windows(2031)),
                  RoundWorld.as(Role.APPRAISER, w.p));
            });
    assertThat(answers)
        .extracting(MockHttpServletResponse::getStatus)
        .containsExactlyInAnyOrder(201, 409);
    MockHttpServletResponse refused =
        answers.get(0).getStatus() == 409 ? answers.get(0) : answers.get(1);
    assertThat(
            JsonPath.<String>read(refused.getContentAsString(StandardCharsets.UTF_8), "$.detail"))
        .contains("đơn vị Xã Bốn đã thuộc đợt đánh giá năm 2031 của");
    assertThat(
            jdbc.sql(
                    "select count(*) from round_unit u join index_round r on r.id = u.round_id"
                        + " where u.unit_id = ? and r.index_year = 2031")
                .param(commune.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from index_round where parent_unit_id in (?, ?)")
                .params(w.p.id(), district.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void twoSubmissionsAtOnceCountOnce() throws Exception {
    long round = w.openRound(2031);
    List<Integer> statuses =
        AtOnce.twice(
            () -> w.step(round, w.a, "submit", RoundWorld.as(Role.LEADER, w.a)).getStatus());
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'ROUND_UNIT'"
                        + " and field = 'state' and new_value = 'SUBMITTED'"
                        + " and entity_id in (select id from round_unit where round_id = ?)")
                .param(round)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aDocumentIsReadBackInScopeAndServesSeveralCriteria() throws Exception {
    long round = w.openRound(2031);
    long document = w.evidence(w.a, "5/QĐ-UBND");
    String body = "{\"points\":1,\"evidence\":[" + document + "]}";
    RoundCyclePostgresTest.ok(w.entry(round, w.a, "1.1", body, Role.PAR_OFFICER));
    RoundCyclePostgresTest.ok(
        w.entry(
            round,
            w.a,
            "1.2",
            "{\"done\":true,\"evidence\":[" + document + "]}",
            Role.PAR_OFFICER));
    String view = w.unitView(round, w.a);
    assertThat(JsonPath.<List<Integer>>read(view, "$.entries[*].selfEvidence[0]"))
        .containsExactly((int) document, (int) document);
    var file =
        w.call(get("/api/v1/evidence/" + document + "/file"), RoundWorld.as(Role.APPRAISER, w.p));
    assertThat(file.getStatus()).isEqualTo(200);
    assertThat(file.getContentAsByteArray()).isEqualTo(RoundWorld.pdf());
    var meta = w.call(get("/api/v1/evidence/" + document), RoundWorld.as(Role.PAR_OFFICER, w.a));
    assertThat(JsonPath.<String>read(meta.getContentAsString(), "$.number")).isEqualTo("5/QĐ-UBND");
    assertThat(JsonPath.<String>read(meta.getContentAsString(), "$.date")).isEqualTo("2031-01-15");
    assertThat(
            w.call(get("/api/v1/evidence/" + document), RoundWorld.as(Role.PAR_OFFICER, w.b))
                .getStatus())
        .isEqualTo(404);
    assertThat(
            w.call(
                    get("/api/v1/evidence/" + document + "/file"),
                    RoundWorld.as(Role.APPRAISER, w.p2))
                .getStatus())
        .isEqualTo(404);
  }
}
