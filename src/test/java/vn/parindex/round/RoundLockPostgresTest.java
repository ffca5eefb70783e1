package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.parindex.account.Users;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Units;

/**
 * The deadline job on PostgreSQL, run by two instances at once: each passed deadline of each unit
 * is recorded once (one lock, one audit row) and its people are told once; the steps' notices go to
 * whom they concern, each once.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundLockPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired RoundLockJob job;

  RoundWorld w;
  long officerA;
  long leaderA;
  long officerB;
  long leaderB;
  long appraiser;

  @BeforeEach
  void world() {
    String prefix = "RL" + RoundCyclePostgresTest.WORLDS.incrementAndGet();
    w = new RoundWorld(mvc, units, sets, prefix);
    String p = prefix.toLowerCase();
    officerA = Accounts.create(users, p + ".cchc.a", "mat-khau-dai", w.a.id(), Role.PAR_OFFICER);
    leaderA = Accounts.create(users, p + ".ct.a", "mat-khau-dai", w.a.id(), Role.LEADER);
    officerB = Accounts.create(users, p + ".cchc.b", "mat-khau-dai", w.b.id(), Role.PAR_OFFICER);
    leaderB = Accounts.create(users, p + ".ct.b", "mat-khau-dai", w.b.id(), Role.LEADER);
    appraiser = Accounts.create(users, p + ".td", "mat-khau-dai", w.p.id(), Role.APPRAISER);
    Accounts.create(users, p + ".td.khac", "mat-khau-dai", w.p2.id(), Role.APPRAISER);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
  }

  @Test
  void twoInstancesLockEachPassedDeadlineOnceAndTellItOnce() throws Exception {
    long round = w.openRound(2031);
    // B submits in its window (its appraiser is told); A stays in draft past the deadline
    assertThat(w.entry(round, w.b, "1.1", "{\"points\":4}", Role.PAR_OFFICER).getStatus())
        .isEqualTo(200);
    assertThat(w.step(round, w.b, "submit", RoundWorld.as(Role.LEADER, w.b)).getStatus())
        .isEqualTo(200);
    assertThat(AtOnce.messages(jdbc, appraiser))
        .containsExactly("Xã Hai đã nộp tự đánh giá Chỉ số CCHC năm 2031: mời thẩm định lần 1.");

    MovableClock.CLOCK.at(LocalDate.of(2031, 2, 1));
    List<RoundLockJob.Result> runs = AtOnce.twice(job::run);
    assertThat(runs.stream().mapToInt(RoundLockJob.Result::locked).sum()).isEqualTo(1);
    assertThat(locks(round)).containsExactly(w.a.code() + " SELF DRAFT");
    assertThat(audited(round, "lock · SELF")).isEqualTo(1);
    String locked =
        "Đã hết hạn tự đánh giá ngày 31/01/2031: tự đánh giá năm 2031 của Xã Một chưa nộp nên đã"
            + " khóa và được thẩm định theo số liệu hiện có.";
    assertThat(AtOnce.messages(jdbc, officerA)).containsExactly(locked);
    assertThat(AtOnce.messages(jdbc, leaderA)).containsExactly(locked);
    assertThat(AtOnce.messages(jdbc, officerB)).isEmpty();

    // round 1 for B: one criterion cut; B's officer and chairman are told, with the deadline
    w.cutOneAndEndRound1(round, w.b);
    String result =
        "Đã có kết quả thẩm định lần 1 của Xã Hai năm 2031: 1 tiêu chí bị trừ điểm hoặc yêu cầu"
            + " giải trình. Hạn giải trình: 28/02/2031.";
    assertThat(AtOnce.messages(jdbc, officerB)).containsExactly(result);
    assertThat(AtOnce.messages(jdbc, leaderB)).containsExactly(result);

    // past the explanation deadline, run again twice at once, then once more: B locked once
    MovableClock.CLOCK.at(LocalDate.of(2031, 3, 1));
    runs = AtOnce.twice(job::run);
    job.run();
    assertThat(runs.stream().mapToInt(RoundLockJob.Result::locked).sum()).isEqualTo(1);
    assertThat(locks(round))
        .containsExactlyInAnyOrder(
            w.a.code() + " SELF DRAFT", w.b.code() + " EXPLANATION APPRAISED_1");
    assertThat(audited(round, "lock · EXPLANATION")).isEqualTo(1);
    assertThat(AtOnce.messages(jdbc, officerB)).hasSize(2).contains(result);
    assertThat(AtOnce.messages(jdbc, leaderB)).hasSize(2);
    assertThat(AtOnce.messages(jdbc, officerA)).hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from round_notice where told_at is null and round_unit_id in"
                        + " (select id from round_unit where round_id = ?)")
                .param(round)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aUnitReopenedAsAWholeIsNotLockedWhileItsReopeningIsOpen() throws Exception {
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 2, 1));
    assertThat(
            w.json(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/rounds/" + round + "/reopen"),
                    "{\"unit\":\"" + w.a.code() + "\",\"reason\":\"Mất điện cả tuần\"}",
                    RoundWorld.as(Role.APPRAISER, w.p))
                .getStatus())
        .isEqualTo(200);
    job.run();
    assertThat(locks(round)).containsExactly(w.b.code() + " SELF DRAFT");
    assertThat(AtOnce.messages(jdbc, officerA))
        .containsExactly(
            "Đánh giá Chỉ số CCHC năm 2031 của Xã Một được mở lại. Lý do: Mất điện cả tuần");
  }

  private List<String> locks(long round) {
    return jdbc.sql(
            "select u.code || ' ' || l.deadline || ' ' || l.state from round_lock l"
                + " join round_unit ru on ru.id = l.round_unit_id join unit u on u.id = ru.unit_id"
                + " where ru.round_id = ?")
        .param(round)
        .query(String.class)
        .list();
  }

  private long audited(long round, String field) {
    return jdbc.sql(
            "select count(*) from audit_event where entity_type = 'ROUND_UNIT' and field = ?"
                + " and entity_id in (select id from round_unit where round_id = ?)")
        .params(field, round)
        .query(Long.class)
        .single();
  }
}
