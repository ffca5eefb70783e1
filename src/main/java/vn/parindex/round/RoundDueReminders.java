package vn.parindex.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Actor;

/**
 * Reminds a unit's PAR officer and chairman that the deadline of their own step is near: the
 * self-assessment while still in draft, the explanations while round 1's result awaits them. A week
 * before and on the eve (or the day itself when the round opened late), by the round's notices (in
 * the app and by mail): points are lost for work done but not entered or proven in time, and the
 * lock after the deadline is not a warning.
 *
 * <p>Acts once however many instances run it: each (unit in a round, deadline, days before) is
 * claimed by inserting its primary key into {@code round_reminder}, in its own transaction with the
 * notice, as {@link RoundLockJob} claims its locks. A unit reopened as a whole is reminded of
 * nothing: its deadline is lifted.
 */
@Component
class RoundDueReminders {

  /** Days before a deadline at which the unit is reminded, the nearest last. */
  static final List<Integer> BEFORE = List.of(7, 1);

  private record Near(long roundUnitId, String deadline, LocalDate dueOn) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Rounds rounds;
  private final RoundNotices notices;
  private final Clock clock;

  RoundDueReminders(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Rounds rounds,
      RoundNotices notices,
      Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.rounds = rounds;
    this.notices = notices;
    this.clock = clock;
  }

  /** Reminds every unit whose deadline is near and not yet reminded at this distance; how many. */
  int run() {
    Actor system = RoundLockJob.system(clock);
    LocalDate today = system.day(clock);
    int reminded = 0;
    for (Near near : near(today)) {
      long left = ChronoUnit.DAYS.between(today, near.dueOn());
      int before = left <= BEFORE.get(1) ? BEFORE.get(1) : BEFORE.get(0);
      if (rounds.lifts(near.roundUnitId()).unit()) {
        continue;
      }
      try {
        tx.executeWithoutResult(status -> claim(near, before, system));
        reminded++;
      } catch (DuplicateKeyException alreadyReminded) {
        // this run or another instance reminded the unit at this distance already
      }
    }
    return reminded;
  }

  private List<Near> near(LocalDate today) {
    LocalDate until = today.plusDays(BEFORE.get(0));
    // the deadlines' names are constants written in the query (H2 cannot type a bare parameter)
    return jdbc.sql(
            "select ru.id, '"
                + RoundLockJob.SELF
                + "', r.self_to from round_unit ru join index_round r on r.id = ru.round_id"
                + " where ru.state = ? and r.self_to >= ? and r.self_to <= ?"
                + " and r.self_from <= ? and r.published_on is null"
                + " union all select ru.id, '"
                + RoundLockJob.EXPLANATION
                + "', r.explanation_due from round_unit ru"
                + " join index_round r on r.id = ru.round_id"
                + " where ru.state = ? and r.explanation_due >= ? and r.explanation_due <= ?"
                + " and r.published_on is null")
        .params(
            RoundState.DRAFT.name(),
            today,
            until,
            today,
            RoundState.APPRAISED_1.name(),
            today,
            until)
        .query(
            (rs, n) -> new Near(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .list();
  }

  private void claim(Near near, int before, Actor system) {
    jdbc.sql(
            "insert into round_reminder (round_unit_id, deadline, days_before, due_on, sent_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(near.roundUnitId(), near.deadline(), before, near.dueOn(), system.stored())
        .update();
    notices.record(
        near.roundUnitId(),
        near.deadline().equals(RoundLockJob.SELF)
            ? RoundNotices.Kind.SELF_DUE
            : RoundNotices.Kind.EXPLANATION_DUE,
        null,
        null,
        system);
  }
}
