package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
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
