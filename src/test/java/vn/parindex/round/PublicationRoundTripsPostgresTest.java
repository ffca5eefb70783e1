package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.StatementCounter;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Publication works in batches: the statements it sends (the publication itself and the notices
 * told after its commit) do not grow with the number of units. A round trip per unit coming back (a
 * state's audit row, a published assessment, a plan, a notice) makes the larger round cost more.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-trips-test")
@AutoConfigureMockMvc
@Import({MovableClock.class, StatementCounter.class})
class PublicationRoundTripsPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();
  static final RoundWorld.TestClock CLOCK = MovableClock.CLOCK;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @Test
  void publishingSixUnitsSendsNoMoreStatementsThanPublishingTwo() throws Exception {
    StatementCounter.Counted<Integer> two = publishRoundOf(2);
    StatementCounter.Counted<Integer> six = publishRoundOf(6);
    assertThat(two.result()).isEqualTo(200);
    assertThat(six.result()).isEqualTo(200);
    assertThat(six.statements())
        .as("statements of 6 units %s against 2 units %s", six.bySql(), two.bySql())
        .isEqualTo(two.statements());
    System.out.printf(
        "Statements of a publication: 2 units %d, 6 units %d%n",
        two.statements(), six.statements());
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  /** What was batched is all there: each unit's assessment, plan with its lines, audit, notices. */
  private void everythingPublished(RoundWorld w, long round, int n) {
    assertThat(
            count(
                "select count(*) from assessment a join unit u on u.id = a.unit_id"
                    + " where u.parent_id = ? and a.stage = 'PUBLISHED' and a.current_mark = 1",
                w.p.id()))
        .isEqualTo(n);
    assertThat(
            count(
                "select count(*) from assessment_entry e join assessment a on a.id ="
                    + " e.assessment_id join unit u on u.id = a.unit_id where u.parent_id = ?"
                    + " and e.code = '1.1' and e.points = 3 and e.reason = 'Thiếu'",
                w.p.id()))
        .isEqualTo(n);
    assertThat(
            count(
                "select count(*) from plan p join unit u on u.id = p.unit_id"
                    + " where u.parent_id = ? and p.current_mark = 1",
                w.p.id()))
        .isEqualTo(n);
    assertThat(
            count(
                "select count(*) from plan_line l join plan p on p.id = l.plan_id"
                    + " join unit u on u.id = p.unit_id where u.parent_id = ? and l.code = '1.1'"
                    + " and l.loss_kind is not null",
                w.p.id()))
        .isEqualTo(n);
    assertThat(
            count(
                "select count(*) from audit_event e join round_unit r on r.id = e.entity_id"
                    + " where e.entity_type = 'ROUND_UNIT' and r.round_id = ?"
                    + " and e.new_value = 'PUBLISHED'",
                round))
        .isEqualTo(n);
    assertThat(
            count(
                "select count(*) from round_notice t join round_unit r on r.id = t.round_unit_id"
                    + " where r.round_id = ? and t.kind = 'PUBLISHED' and t.told_at is not null",
                round))
        .isEqualTo(n);
    // each unit's PAR officer and chairman told once, in the app
    assertThat(
            count(
                "select count(*) from notification where ref_type = 'ROUND' and ref_id = ?"
                    + " and message like '%hạng%'",
                round))
        .isEqualTo(2L * n);
  }

  /** A province of n communes through the whole cycle, then publication, counted. */
  private StatementCounter.Counted<Integer> publishRoundOf(int n) throws Exception {
    RoundWorld w = new RoundWorld(mvc, units, sets, "RT" + WORLDS.incrementAndGet());
    List<Unit> communes = new ArrayList<>(List.of(w.a, w.b));
    for (int i = communes.size(); i < n; i++) {
      communes.add(
          units.save(
              new Unit(
                  null,
                  w.p.code() + "-X" + i,
                  "Xã " + i,
                  UnitType.COMMUNE,
                  w.p.id(),
                  null,
                  null,
                  false)));
    }
    for (Unit c : communes) {
      Accounts.create(
          users, c.code().toLowerCase() + ".cchc", "mat-khau-1", c.id(), Role.PAR_OFFICER);
      Accounts.create(users, c.code().toLowerCase() + ".ct", "mat-khau-1", c.id(), Role.LEADER);
    }
    int year = 2040 + WORLDS.get();
    CLOCK.at(LocalDate.of(year, 1, 5));
    long round = w.openRound(year);
    CLOCK.at(LocalDate.of(year, 1, 20));
    for (Unit c : communes) {
      ok(w.entry(round, c, "1.1", "{\"points\":4}", Role.PAR_OFFICER));
      ok(w.entry(round, c, "1.2", "{\"done\":false}", Role.PAR_OFFICER));
      ok(w.step(round, c, "submit", RoundWorld.as(Role.LEADER, c)));
    }
    CLOCK.at(LocalDate.of(year, 2, 10));
    var appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    for (Unit c : communes) {
      ok(w.appraise(round, c, "1.1", "{\"round\":1,\"points\":3,\"note\":\"Thiếu\"}", appraiser));
      ok(w.step(round, c, "appraisals/complete", appraiser));
    }
    CLOCK.at(LocalDate.of(year, 2, 20));
    for (Unit c : communes) {
      ok(w.step(round, c, "explanations/submit", RoundWorld.as(Role.LEADER, c)));
    }
    CLOCK.at(LocalDate.of(year, 3, 10));
    for (Unit c : communes) {
      ok(w.step(round, c, "appraisals/complete", appraiser));
    }
    CLOCK.at(LocalDate.of(year, 3, 31));
    StatementCounter.Counted<Integer> counted =
        StatementCounter.count(
            () ->
                w.json(
                        post("/api/v1/rounds/" + round + "/publish"),
                        "{\"number\":\"9/QĐ-UBND\",\"date\":\"%d-03-31\"}".formatted(year),
                        Accounts.admin())
                    .getStatus());
    everythingPublished(w, round, n);
    return counted;
  }

  private static void ok(org.springframework.mock.web.MockHttpServletResponse r) throws Exception {
    RoundCyclePostgresTest.ok(r);
  }
}
