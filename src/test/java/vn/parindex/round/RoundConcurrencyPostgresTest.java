package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.ConflictException;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.TestActors;
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
  @Autowired RoundOpening opening;
  @Autowired PlatformTransactionManager transactions;

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
    District d = districtWithACommune();
    Unit district = d.district();
    Unit commune = d.commune();
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

  /**
   * The race the check before inserting cannot see: the province's opening holds the commune, not
   * yet committed, when the district's reaches it; the district's waits on the key, then is refused
   * naming the commune and the province's round, and opens nothing.
   */
  @Test
  void anOpeningThatWaitedOnAnotherOverTheSameCommuneIsRefusedNamingIt() throws Exception {
    District d = districtWithACommune();
    Unit district = d.district();
    Unit commune = d.commune();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Long> province =
          pool.submit(
              () ->
                  tx.execute(
                      status -> {
                        long id = opening.open(command(w.p), TestActors.fixture());
                        held.countDown();
                        await(release);
                        return id;
                      }));
      held.await(20, TimeUnit.SECONDS);
      Future<Throwable> byDistrict =
          pool.submit(
              () -> {
                try {
                  tx.executeWithoutResult(
                      status -> opening.open(command(district), TestActors.fixture()));
                  return null;
                } catch (RuntimeException e) {
                  return e;
                }
              });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (waitingOnALock() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(waitingOnALock()).as("the district's opening waits on the commune").isEqualTo(1);
      release.countDown();
      long provinceRound = province.get(20, TimeUnit.SECONDS);
      Throwable refused = byDistrict.get(20, TimeUnit.SECONDS);
      assertThat(refused).isInstanceOf(ConflictException.class).hasMessage("round.refused.overlap");
      ConflictException conflict = (ConflictException) refused;
      assertThat(conflict.args()).containsExactly(1, "Xã Bốn", 2031, "Tỉnh Thử");
      assertThat(conflict.existing()).isEqualTo("/api/v1/rounds/" + provinceRound);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql("select count(*) from index_round where parent_unit_id = ?")
                .param(district.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from round_unit where unit_id = ?")
                .param(commune.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private RoundOpening.Command command(Unit parent) {
    LocalDate d = LocalDate.of(2031, 1, 10);
    return new RoundOpening.Command(
        2031,
        parent,
        w.setId,
        Windows.of(
            d, d.plusDays(21), d.plusDays(36), d.plusDays(49), d.plusDays(64), d.plusDays(80)));
  }

  private long waitingOnALock() {
    return jdbc.sql(
            "select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock' and query like 'insert into round_coverage%'")
        .query(Long.class)
        .single();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  /** A district ("Huyện Thử") under the world's province, and one commune ("Xã Bốn") under it. */
  private record District(Unit district, Unit commune) {}

  private District districtWithACommune() {
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
    return new District(district, commune);
  }
}
