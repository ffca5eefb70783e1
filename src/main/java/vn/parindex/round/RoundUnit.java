package vn.parindex.round;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One unit in one round and the rules of its steps: each step is a method that refuses (409, with
 * the reason in Vietnamese) when the unit's state or a passed deadline does not allow it. Deadlines
 * are read from {@code today}, given by the caller at each write, and an open reopening lifts them.
 */
final class RoundUnit {

  private final long id;
  private final long roundId;
  private final long unitId;
  private RoundState state;
  private final int version;

  RoundUnit(long id, long roundId, long unitId, RoundState state, int version) {
    this.id = id;
    this.roundId = roundId;
    this.unitId = unitId;
    this.state = state;
    this.version = version;
  }

  /** The unit's own entry for a criterion may change: draft in its window, or reopened. */
  void checkSelfWritable(String code, LocalDate today, Windows windows, Lifts lifts) {
    if (lifts.covers(code) && EnumSet.of(RoundState.DRAFT, RoundState.SUBMITTED).contains(state)) {
      return;
    }
    if (state != RoundState.DRAFT) {
      throw Refusal.step("self.state", state.label());
    }
    checkSelfWindow(today, windows);
  }

  void submit(LocalDate today, Windows windows, Lifts lifts) {
    if (state != RoundState.DRAFT) {
      throw Refusal.step("submit.state", state.label());
    }
    if (!lifts.unit()) {
      checkSelfWindow(today, windows);
    }
    state = RoundState.SUBMITTED;
  }

  private static void checkSelfWindow(LocalDate today, Windows windows) {
    if (windows.selfNotYetOpen(today)) {
      throw Refusal.step("self.notOpen", Days.day(windows.selfFrom()));
    }
    if (windows.selfClosed(today)) {
      throw Refusal.step("self.locked", Days.day(windows.selfTo()));
    }
  }

  /**
   * The appraisal round now open for this unit: 1 once submitted (or once the self-assessment
   * deadline passed without a submission), 2 once the explanations are in (or their deadline passed
   * without them).
   */
  Optional<Integer> appraisalRound(LocalDate today, Windows windows, Lifts lifts) {
    return switch (state) {
      case SUBMITTED -> Optional.of(1);
      case DRAFT -> windows.selfClosed(today) && !lifts.unit() ? Optional.of(1) : Optional.empty();
      case EXPLAINED -> Optional.of(2);
      case APPRAISED_1 ->
          windows.explanationClosed(today) && !lifts.unit() ? Optional.of(2) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * Where the unit stands for its own people: the step it is at, a deadline of its own passed
   * (locked unless reopened as a whole) or not; empty once published.
   */
  Optional<UnitAgenda.Step> step(LocalDate today, Windows windows, Lifts lifts) {
    return Optional.ofNullable(
        switch (state) {
          case DRAFT ->
              windows.selfClosed(today) && !lifts.unit()
                  ? UnitAgenda.Step.SELF_LATE
                  : UnitAgenda.Step.SELF;
          case SUBMITTED -> UnitAgenda.Step.APPRAISAL_1;
          case APPRAISED_1 ->
              windows.explanationClosed(today) && !lifts.unit()
                  ? UnitAgenda.Step.EXPLAIN_LATE
                  : UnitAgenda.Step.EXPLAIN;
          case EXPLAINED -> UnitAgenda.Step.APPRAISAL_2;
          case APPRAISED_2 -> UnitAgenda.Step.PUBLICATION;
          case PUBLISHED -> null;
        });
  }

  /** Refuses an appraisal of round {@code round} unless that round is open for the unit. */
  void checkAppraisable(int round, LocalDate today, Windows windows, Lifts lifts) {
    if (appraisalRound(today, windows, lifts).filter(r -> r == round).isEmpty()) {
      throw Refusal.step("appraise.state", round, state.label());
    }
  }

  /**
   * Ends the open appraisal round; returns which it was. Round 1 leaving nothing to explain (no
   * criterion cut or flagged, {@code toExplain} false) takes the unit past the explanation step at
   * once: waiting on a deadline for replies that cannot come would hold the whole round's
   * publication back. Round 2 still follows, as for every unit.
   */
  int completeAppraisal(LocalDate today, Windows windows, Lifts lifts, boolean toExplain) {
    int round =
        appraisalRound(today, windows, lifts)
            .orElseThrow(() -> Refusal.step("complete.state", state.label()));
    if (round == 2) {
      state = RoundState.APPRAISED_2;
    } else {
      state = toExplain ? RoundState.APPRAISED_1 : RoundState.EXPLAINED;
    }
    return round;
  }

  /**
   * Refuses to end round {@code asked} when another round is the one open: a second click on «end
   * round 1» must not end round 2, open at once for a unit round 1 left nothing to explain.
   */
  void checkEnding(int asked, LocalDate today, Windows windows, Lifts lifts) {
    appraisalRound(today, windows, lifts)
        .filter(open -> open != asked)
        .ifPresent(
            open -> {
              throw Refusal.step("complete.other", asked, open);
            });
  }

  /**
   * The unit may reply on a criterion: after round 1, before the explanation deadline, or on a
   * criterion reopened for it while it waits for round 2. {@code toExplain}: round 1 cut or flagged
   * one of its criteria.
   */
  void checkExplainable(
      String code, LocalDate today, Windows windows, Lifts lifts, BooleanSupplier toExplain) {
    if (state == RoundState.EXPLAINED && lifts.codes().contains(code)) {
      return;
    }
    checkSomethingToExplain(toExplain);
    if (state != RoundState.APPRAISED_1) {
      throw Refusal.step("explain.state", state.label());
    }
    if (windows.explanationClosed(today) && !lifts.covers(code)) {
      throw Refusal.step("explain.locked", Days.day(windows.explanationDue()));
    }
  }

  /**
   * The chairman hands the explanations in. A unit that round 1 left nothing to explain is told so
   * (it went past this step when round 1 ended); one still at this step (reopened as a whole) may
   * hand in none.
   */
  void submitExplanations(
      LocalDate today, Windows windows, Lifts lifts, BooleanSupplier toExplain) {
    checkSomethingToExplain(toExplain);
    if (state != RoundState.APPRAISED_1) {
      throw Refusal.step("explain.state", state.label());
    }
    if (windows.explanationClosed(today) && !lifts.unit()) {
      throw Refusal.step("explain.locked", Days.day(windows.explanationDue()));
    }
    state = RoundState.EXPLAINED;
  }

  /**
   * A criterion reopened on its own after round 1 (while the unit explains or waits for round 2) is
   * reopened for the unit's reply, whether or not round 1 cut or flagged it.
   */
  boolean reopenedForReply(String code, Lifts lifts) {
    return (state == RoundState.APPRAISED_1 || state == RoundState.EXPLAINED)
        && lifts.codes().contains(code);
  }

  /**
   * Whether the unit's reply on a criterion is open in its current step: while explaining, on one
   * round 1 cut or flagged ({@code cutOrFlagged}) or reopened; once past it, on one reopened.
   */
  boolean replyOpen(String code, boolean cutOrFlagged, Lifts lifts) {
    return reopenedForReply(code, lifts) || (state == RoundState.APPRAISED_1 && cutOrFlagged);
  }

  /** Asked only past round 1's result, the one state where the answer changes the refusal. */
  private void checkSomethingToExplain(BooleanSupplier toExplain) {
    if (state == RoundState.EXPLAINED && !toExplain.getAsBoolean()) {
      throw Refusal.step("explain.nothing");
    }
  }

  /**
   * Reopens the whole unit (code null: back to the step before the last one it took, its deadline
   * lifted) or one criterion (its entry writable again in the unit's current step).
   */
  void reopen(String code) {
    if (state == RoundState.PUBLISHED) {
      throw Refusal.step("reopen.published");
    }
    if (code != null) {
      if (state == RoundState.APPRAISED_2) {
        throw Refusal.step("reopen.code.state", state.label());
      }
      return;
    }
    state =
        switch (state) {
          case SUBMITTED -> RoundState.DRAFT;
          case EXPLAINED -> RoundState.APPRAISED_1;
          case APPRAISED_2 -> RoundState.EXPLAINED;
          default -> state;
        };
  }

  void publish() {
    if (state != RoundState.APPRAISED_2) {
      throw Refusal.step("publish.state", state.label());
    }
    state = RoundState.PUBLISHED;
  }

  /** Whether what changes now is recorded in the audit trail (everything after submission). */
  boolean recorded() {
    return state != RoundState.DRAFT;
  }

  long id() {
    return id;
  }

  long roundId() {
    return roundId;
  }

  long unitId() {
    return unitId;
  }

  RoundState state() {
    return state;
  }

  int version() {
    return version;
  }
}
