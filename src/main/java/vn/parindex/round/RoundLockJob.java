package vn.parindex.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;

/**
 * Records the deadlines that have passed: a unit still in draft the day after its self-assessment
 * deadline, or still at round 1's result the day after its explanation deadline, is locked as it
 * stands. The lock itself stays the rule read from the clock at each write ({@link RoundUnit}); the
 * job makes it an event, in the audit trail as the system's act, and tells the unit's people.
 *
 * <p>Acts once however many instances run it at the same time: each (unit in a round, deadline) is
 * claimed by inserting its primary key into {@code round_lock}, in its own transaction with the
 * audit row and the notice; a second claimer waits on the key until the first commits, then fails
 * with a duplicate key and does nothing. A unit reopened as a whole is not locked while the
 * reopening is open. Then what was recorded but not yet delivered is delivered (claimed per person
 * by the reminders), so a failure is retried by the next run.
 */
@Component
class RoundLockJob {

  static final String SELF = "SELF";
  static final String EXPLANATION = "EXPLANATION";

  private record Due(long roundUnitId, String deadline, RoundState state, LocalDate dueOn) {}

  /** What a run did: locks recorded by this run, notices delivered on retry. */
  record Result(int locked, int retold) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Rounds rounds;
  private final EntryAudit audit;
  private final RoundNotifier notifier;
  private final Clock clock;

  RoundLockJob(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Rounds rounds,
      EntryAudit audit,
      RoundNotifier notifier,
      Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.rounds = rounds;
    this.audit = audit;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The system as the actor of what the job does (no user row: the audit names "system"). */
  static Actor system(Clock clock) {
    return new Actor(new CurrentUser(0, "system", "ParIndex", 0, null, Set.of()), clock.instant());
  }

  Result run() {
    Actor system = system(clock);
    LocalDate today = system.day(clock);
    int locked = 0;
    for (Due due : due(today)) {
      if (rounds.lifts(due.roundUnitId()).unit()) {
        continue; // reopened as a whole: its deadline is lifted until its next step
      }
      try {
        Boolean claimed = tx.execute(status -> claim(due, system, status));
        if (Boolean.TRUE.equals(claimed)) {
          locked++;
        }
      } catch (DuplicateKeyException alreadyClaimed) {
        // another run or instance recorded this lock
      }
    }
    return new Result(locked, notifier.tellUntold());
  }

  private List<Due> due(LocalDate today) {
    // the deadlines' names are constants written in the query (H2 cannot type a bare parameter)
    return jdbc.sql(
            "select ru.id, '"
                + SELF
                + "', ru.state, r.self_to from round_unit ru"
                + " join index_round r on r.id = ru.round_id"
                + " where ru.state = ? and r.self_to < ? and r.published_on is null"
                + " and not exists (select 1 from round_lock l"
                + " where l.round_unit_id = ru.id and l.deadline = '"
                + SELF
                + "')"
                + " union all"
                + " select ru.id, '"
                + EXPLANATION
                + "', ru.state, r.explanation_due"
                + " from round_unit ru join index_round r on r.id = ru.round_id"
                + " where ru.state = ? and r.explanation_due < ? and r.published_on is null"
                + " and not exists (select 1 from round_lock l"
                + " where l.round_unit_id = ru.id and l.deadline = '"
                + EXPLANATION
                + "')")
        .params(RoundState.DRAFT.name(), today, RoundState.APPRAISED_1.name(), today)
        .query(
            (rs, n) ->
                new Due(
                    rs.getLong(1),
                    rs.getString(2),
                    RoundState.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }

  /** The claim, then (the unit still at that step) the audit row and the notice; else nothing. */
  private Boolean claim(
      Due due, Actor system, org.springframework.transaction.TransactionStatus status) {
    jdbc.sql(
            "insert into round_lock (round_unit_id, deadline, state, due_on, locked_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(due.roundUnitId(), due.deadline(), due.state().name(), due.dueOn(), system.stored())
        .update();
    String now =
        jdbc.sql("select state from round_unit where id = ? for update")
            .param(due.roundUnitId())
            .query(String.class)
            .single();
    if (!now.equals(due.state().name())) {
      status.setRollbackOnly(); // it took its step meanwhile (a reopening): nothing to lock
      return false;
    }
    audit.locked(system, due.roundUnitId(), due.deadline(), due.state());
    return true;
  }
}
