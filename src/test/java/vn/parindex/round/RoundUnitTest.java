package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.input.ConflictException;

/** The state machine of one unit in a round, each step refusing out of turn or after its lock. */
class RoundUnitTest {

  static final Windows W =
      Windows.of(
          LocalDate.of(2031, 1, 10),
          LocalDate.of(2031, 1, 31),
          LocalDate.of(2031, 2, 15),
          LocalDate.of(2031, 2, 28),
          LocalDate.of(2031, 3, 15),
          LocalDate.of(2031, 3, 31));
  static final LocalDate JAN_20 = LocalDate.of(2031, 1, 20);
  static final LocalDate FEB_10 = LocalDate.of(2031, 2, 10);
  static final LocalDate MAR_10 = LocalDate.of(2031, 3, 10);

  static RoundUnit in(RoundState state) {
    return new RoundUnit(1, 1, 1, state, 0);
  }

  @Test
  void theCycleGoesDraftSubmittedAppraisedExplainedAppraisedPublished() {
    RoundUnit unit = in(RoundState.DRAFT);
    unit.submit(JAN_20, W, Lifts.NONE);
    assertThat(unit.completeAppraisal(FEB_10, W, Lifts.NONE, true)).isEqualTo(1);
    assertThat(unit.state()).isEqualTo(RoundState.APPRAISED_1);
    unit.submitExplanations(FEB_10, W, Lifts.NONE, () -> true);
    assertThat(unit.completeAppraisal(MAR_10, W, Lifts.NONE, true)).isEqualTo(2);
    unit.publish();
    assertThat(unit.state()).isEqualTo(RoundState.PUBLISHED);
  }

  @Test
  void theDueDayItselfIsStillOpen() {
    RoundUnit unit = in(RoundState.DRAFT);
    unit.submit(W.selfTo(), W, Lifts.NONE);
    assertThat(unit.state()).isEqualTo(RoundState.SUBMITTED);
  }

  @Test
  void aSubmissionAfterTheDeadlineIsRefusedUnlessTheUnitWasReopened() {
    LocalDate late = W.selfTo().plusDays(1);
    assertThatThrownBy(() -> in(RoundState.DRAFT).submit(late, W, Lifts.NONE))
        .isInstanceOf(ConflictException.class)
        .hasMessage("round.refused.self.locked");
    RoundUnit reopened = in(RoundState.DRAFT);
    reopened.submit(late, W, new Lifts(true, Set.of()));
    assertThat(reopened.state()).isEqualTo(RoundState.SUBMITTED);
  }

  @Test
  void everyStepOutOfTurnIsRefused() {
    for (RoundState state : RoundState.values()) {
      if (state != RoundState.DRAFT) {
        assertThatThrownBy(() -> in(state).submit(JAN_20, W, Lifts.NONE))
            .isInstanceOf(ConflictException.class);
      }
      if (state != RoundState.APPRAISED_1) {
        assertThatThrownBy(() -> in(state).submitExplanations(FEB_10, W, Lifts.NONE, () -> true))
            .isInstanceOf(ConflictException.class);
      }
      if (state != RoundState.APPRAISED_2) {
        assertThatThrownBy(() -> in(state).publish()).isInstanceOf(ConflictException.class);
      }
    }
    assertThatThrownBy(() -> in(RoundState.DRAFT).completeAppraisal(JAN_20, W, Lifts.NONE, true))
        .hasMessage("round.refused.complete.state");
    assertThatThrownBy(
            () -> in(RoundState.APPRAISED_2).completeAppraisal(MAR_10, W, Lifts.NONE, true))
        .hasMessage("round.refused.complete.state");
    assertThatThrownBy(() -> in(RoundState.SUBMITTED).checkAppraisable(2, FEB_10, W, Lifts.NONE))
        .hasMessage("round.refused.appraise.state");
  }

  @Test
  void aUnitSilentPastItsDeadlineIsAppraisedAsItStands() {
    assertThat(in(RoundState.DRAFT).appraisalRound(FEB_10, W, Lifts.NONE)).contains(1);
    assertThat(in(RoundState.APPRAISED_1).appraisalRound(MAR_10, W, Lifts.NONE)).contains(2);
    assertThat(in(RoundState.APPRAISED_1).appraisalRound(FEB_10, W, Lifts.NONE)).isEmpty();
  }

  @Test
  void reopeningAUnitTakesItBackOneStepAndAPublishedRoundStaysClosed() {
    RoundUnit submitted = in(RoundState.SUBMITTED);
    submitted.reopen(null);
    assertThat(submitted.state()).isEqualTo(RoundState.DRAFT);
    RoundUnit explained = in(RoundState.EXPLAINED);
    explained.reopen(null);
    assertThat(explained.state()).isEqualTo(RoundState.APPRAISED_1);
    assertThatThrownBy(() -> in(RoundState.PUBLISHED).reopen(null))
        .hasMessage("round.refused.reopen.published");
    assertThatThrownBy(() -> in(RoundState.APPRAISED_2).reopen("1.1"))
        .hasMessage("round.refused.reopen.code.state");
  }

  @Test
  void aReopenedCriterionTakesItsExplanationAfterTheDeadlineAndNoOtherDoes() {
    LocalDate late = W.explanationDue().plusDays(1);
    Lifts one = new Lifts(false, Set.of("1.1"));
    in(RoundState.APPRAISED_1).checkExplainable("1.1", late, W, one, () -> true);
    assertThatThrownBy(
            () -> in(RoundState.APPRAISED_1).checkExplainable("1.2", late, W, one, () -> true))
        .hasMessage("round.refused.explain.locked");
  }

  @Test
  void round1CuttingAndFlaggingNothingTakesTheUnitPastTheExplanationStepToRound2() {
    RoundUnit unit = in(RoundState.SUBMITTED);
    assertThat(unit.completeAppraisal(FEB_10, W, Lifts.NONE, false)).isEqualTo(1);
    assertThat(unit.state()).isEqualTo(RoundState.EXPLAINED);
    // the explanation deadline is still ahead, yet round 2 is open at once: nothing to wait for
    assertThat(unit.appraisalRound(FEB_10, W, Lifts.NONE)).contains(2);
    assertThat(unit.step(FEB_10, W, Lifts.NONE)).contains(UnitAgenda.Step.APPRAISAL_2);
    assertThat(unit.completeAppraisal(MAR_10, W, Lifts.NONE, false)).isEqualTo(2);
    assertThat(unit.state()).isEqualTo(RoundState.APPRAISED_2);
  }

  @Test
  void endingARoundThatIsNoLongerTheOpenOneIsRefused() {
    RoundUnit clear = in(RoundState.EXPLAINED);
    assertThatThrownBy(() -> clear.checkEnding(1, FEB_10, W, Lifts.NONE))
        .hasMessage("round.refused.complete.other");
    clear.checkEnding(2, FEB_10, W, Lifts.NONE);
    in(RoundState.SUBMITTED).checkEnding(1, FEB_10, W, Lifts.NONE);
  }

  @Test
  void aUnitWithNothingToExplainIsToldSoWhenItTriesToExplain() {
    RoundUnit clear = in(RoundState.EXPLAINED);
    assertThatThrownBy(() -> clear.submitExplanations(FEB_10, W, Lifts.NONE, () -> false))
        .hasMessage("round.refused.explain.nothing");
    assertThatThrownBy(() -> clear.checkExplainable("1.1", FEB_10, W, Lifts.NONE, () -> false))
        .hasMessage("round.refused.explain.nothing");
    // a unit that did explain is refused as before: its explanations are in
    assertThatThrownBy(
            () -> in(RoundState.EXPLAINED).submitExplanations(FEB_10, W, Lifts.NONE, () -> true))
        .hasMessage("round.refused.explain.state");
    assertThat(clear.state()).isEqualTo(RoundState.EXPLAINED);
  }

  @Test
  void aCriterionReopenedAfterRound1IsOpenForTheUnitsReplyWhereverRound1LeftIt() {
    Lifts one = new Lifts(false, Set.of("1.1"));
    assertThat(in(RoundState.EXPLAINED).replyOpen("1.1", false, one)).isTrue();
    assertThat(in(RoundState.EXPLAINED).replyOpen("1.2", true, one)).isFalse();
    assertThat(in(RoundState.APPRAISED_1).replyOpen("1.1", false, one)).isTrue();
    assertThat(in(RoundState.APPRAISED_1).replyOpen("1.2", true, one)).isTrue();
    assertThat(in(RoundState.APPRAISED_1).replyOpen("1.2", false, one)).isFalse();
    // before round 1 a reopened criterion is the unit's own entry again, not a reply
    assertThat(in(RoundState.SUBMITTED).replyOpen("1.1", false, one)).isFalse();
    in(RoundState.EXPLAINED).checkExplainable("1.1", MAR_10, W, one, () -> false);
  }
}
