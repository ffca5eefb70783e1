package vn.parindex.round;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.input.Text;
import vn.parindex.unit.Unit;

/** An appraiser or administrator reopens one unit, or one criterion of it, with a reason. */
@Service
class Reopening {

  private final RoundLoader loader;
  private final Rounds rounds;
  private final EntryAudit audit;

  Reopening(RoundLoader loader, Rounds rounds, EntryAudit audit) {
    this.loader = loader;
    this.rounds = rounds;
    this.audit = audit;
  }

  @Transactional
  RoundState reopen(
      long roundId, Unit unit, String rawCode, String reason, Actor by, LocalDate today) {
    String why = Text.cleanOrNull(reason);
    if (why == null) {
      throw Refusal.field("reason", "required");
    }
    if (why.length() > 2000) {
      throw Refusal.field("reason", "tooLong", 2000);
    }
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    String code =
        Text.cleanOrNull(rawCode) == null
            ? null
            : RoundLoader.leaf(step.set(), rawCode).code().value();
    RoundUnit row = step.roundUnit();
    RoundState before = row.state();
    row.reopen(code);
    rounds.saveState(row);
    rounds.reopen(row.id(), code, why, by.user().username(), by.stored());
    audit.reopened(by, row, code, why);
    audit.state(by, row, before);
    return row.state();
  }
}
