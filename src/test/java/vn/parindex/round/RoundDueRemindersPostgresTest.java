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
 * Reminders of near deadlines on PostgreSQL: a week before and on the eve of the self-assessment
 * deadline for a unit still in draft, on the explanation deadline's day for a unit still to
 * explain; each once, even with two instances running at once; nothing for a unit past its step.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundDueRemindersPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired RoundDueReminders reminders;

  RoundWorld w;
  long officerA;
  long leaderA;
  long officerB;

  @BeforeEach
  void world() {
    String prefix = "RR" + RoundCyclePostgresTest.WORLDS.incrementAndGet();
    w = new RoundWorld(mvc, units, sets, prefix);
    String p = prefix.toLowerCase();
    officerA = Accounts.create(users, p + ".cchc.a", "mat-khau-dai", w.a.id(), Role.PAR_OFFICER);
    leaderA = Accounts.create(users, p + ".ct.a", "mat-khau-dai", w.a.id(), Role.LEADER);
    officerB = Accounts.create(users, p + ".cchc.b", "mat-khau-dai", w.b.id(), Role.PAR_OFFICER);
    Accounts.create(users, p + ".ct.b", "mat-khau-dai", w.b.id(), Role.LEADER);
    Accounts.create(users, p + ".td", "mat-khau-dai", w.p.id(), Role.APPRAISER);
  }

  @Test
  void aWeekBeforeAndOnTheEveOfEachDeadlineOfTheUnitsOwnStepOnce() throws Exception {
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 12));
    long round = w.openRound(2031); // self-assessment 10/01–31/01, explanations by 28/02
    reminders.run();
    assertThat(AtOnce.messages(jdbc, officerA)).isEmpty(); // 19 days left: nothing yet

    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 24));
    assertThat(AtOnce.twice(reminders::run).stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(2); // A and B (other worlds' units may be due too)
    String week =
        "Hạn tự đánh giá Chỉ số CCHC năm 2031 của Xã Một là 31/01/2031 (còn 7 ngày). Đề nghị"
            + " hoàn thành chấm điểm, đính kèm tài liệu kiểm chứng cho từng tiêu chí và trình Chủ"
            + " tịch phê duyệt, nộp trước hạn; quá hạn, tự đánh giá sẽ bị khóa và thẩm định theo số"
            + " liệu hiện có.";
    assertThat(AtOnce.messages(jdbc, officerA)).containsExactly(week);
    assertThat(AtOnce.messages(jdbc, leaderA)).containsExactly(week);
    assertThat(AtOnce.messages(jdbc, officerB)).hasSize(1);

    // B submits; on the eve only A, still in draft, is reminded again, and only once
    assertThat(w.entry(round, w.b, "1.1", "{\"points\":4}", Role.PAR_OFFICER).getStatus())
        .isEqualTo(200);
    assertThat(w.step(round, w.b, "submit", RoundWorld.as(Role.LEADER, w.b)).getStatus())
        .isEqualTo(200);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 30));
    reminders.run();
    reminders.run();
    assertThat(AtOnce.messages(jdbc, officerA)).hasSize(2);
    assertThat(AtOnce.messages(jdbc, officerA).get(1)).contains("là 31/01/2031 (còn 1 ngày)");
    assertThat(AtOnce.messages(jdbc, officerB)).hasSize(1);

    // round 1 cuts B's criterion: on the explanation deadline's day B is reminded, A is locked
    w.cutOneAndEndRound1(round, w.b);
    int officerBBefore = AtOnce.messages(jdbc, officerB).size();
    MovableClock.CLOCK.at(LocalDate.of(2031, 2, 28));
    reminders.run();
    List<String> toB = AtOnce.messages(jdbc, officerB);
    assertThat(toB).hasSize(officerBBefore + 1);
    assertThat(toB.get(toB.size() - 1))
        .startsWith(
            "Hạn giải trình kết quả thẩm định lần 1 năm 2031 của Xã Hai là 28/02/2031 (hôm nay là"
                + " ngày cuối).");
    assertThat(AtOnce.messages(jdbc, officerA)).hasSize(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from round_reminder where round_unit_id in"
                        + " (select id from round_unit where round_id = ?)")
                .param(round)
                .query(Long.class)
                .single())
        .isEqualTo(4); // A: 7 and 1 days before; B: 7 days before, then its explanation's day
  }
}
