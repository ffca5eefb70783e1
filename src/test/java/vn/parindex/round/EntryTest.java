package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.input.InvalidInputException;

/** One leaf's stages side by side: self points by the leaf's rule, cuts with notes, replies. */
class EntryTest {

  static final Criterion MANUAL_4 = leaf("4", new Scoring.Manual());

  static Criterion leaf(String max, ScoringMethod method) {
    return new Criterion(new CriterionCode("1.1"), "Tiêu chí", new BigDecimal(max), method, 1);
  }

  static SelfInput typed(String points) {
    return SelfInput.of(new BigDecimal(points), null, null, null, null, null, null, null);
  }

  static Entry entry() {
    return new Entry(null, 1, "1.1", 0);
  }

  @Test
  void selfPointsComeFromTheRuleOfTheLeaf() {
    Entry e = entry();
    e.writeSelf(
        leaf("3", new Scoring.Proportional(null)),
        SelfInput.of(null, null, null, null, BigDecimal.ONE, new BigDecimal("4"), null, null),
        List.of());
    assertThat(e.selfPoints).isEqualByComparingTo("0.75");
  }

  @Test
  void typedPointsAreTakenOnlyOnAManualLeafAndNeverOnASurveyOne() {
    assertThatThrownBy(
            () -> entry().writeSelf(leaf("3", new Scoring.Binary()), typed("3"), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("round.invalid.points.computed");
    assertThatThrownBy(
            () -> entry().writeSelf(leaf("5", new Scoring.Survey(Map.of())), typed("1"), List.of()))
        .hasMessage("round.invalid.survey");
    assertThatThrownBy(
            () -> entry().writeSelf(leaf("2", new Scoring.Manual()), typed("2.5"), List.of()))
        .hasMessage("round.invalid.points.range");
  }

  @Test
  void aCutNeedsANoteAndRound2KeepsRound1BesideIt() {
    Entry e = entry();
    e.writeSelf(leaf("4", new Scoring.Manual()), typed("4"), List.of());
    assertThatThrownBy(() -> e.appraise(1, new BigDecimal("3"), " ", false, MANUAL_4))
        .hasMessage("round.invalid.note.cut");
    e.appraise(1, new BigDecimal("3"), "Thiếu báo cáo", false, MANUAL_4);
    e.closeRound1();
    assertThat(e.explainable()).isTrue();
    e.explain(false, "Đã có báo cáo", List.of(7L), false);
    e.appraise(2, new BigDecimal("4"), null, false, MANUAL_4);
    e.closeRound2();
    assertThat(List.of(e.selfPoints, e.round1Points, e.round2Points, e.finalPoints))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("4", "3", "4", "4");
  }

  @Test
  void aLostPointsReasonIsTheNoteOfACutThatStillStandsNeverOfARestoration() {
    Entry restored = entry();
    restored.writeSelf(leaf("4", new Scoring.Manual()), typed("3.5"), List.of());
    restored.appraise(1, new BigDecimal("2"), "Ban hành chậm", true, MANUAL_4);
    restored.closeRound1();
    restored.appraise(2, new BigDecimal("3.5"), "Đã xem công văn: đúng hạn", false, MANUAL_4);
    restored.closeRound2();
    // 0,5 lost, but by the unit's own claim: the round-2 note explains a restoration, not a loss
    assertThat(restored.standingCutNote()).isNull();

    Entry kept = entry();
    kept.writeSelf(leaf("4", new Scoring.Manual()), typed("3.5"), List.of());
    kept.appraise(1, new BigDecimal("2"), "Ban hành chậm", true, MANUAL_4);
    kept.closeRound1();
    kept.closeRound2(); // round 2 leaves the cut as it was
    assertThat(kept.standingCutNote()).isEqualTo("Ban hành chậm");

    Entry partly = entry();
    partly.writeSelf(leaf("4", new Scoring.Manual()), typed("4"), List.of());
    partly.appraise(1, new BigDecimal("2"), "Ban hành chậm", true, MANUAL_4);
    partly.closeRound1();
    partly.appraise(2, new BigDecimal("3"), "Bù một phần", false, MANUAL_4);
    partly.closeRound2();
    assertThat(partly.standingCutNote()).isEqualTo("Bù một phần");
  }

  @Test
  void anUncutUnflaggedCriterionTakesNoExplanation() {
    Entry e = entry();
    e.writeSelf(leaf("4", new Scoring.Manual()), typed("4"), List.of());
    e.closeRound1();
    assertThatThrownBy(() -> e.explain(false, "x", List.of(), false))
        .hasMessage("round.invalid.explain.notCut");
    assertThat(e.explanationText).isNull();
  }

  @Test
  void anUncutCriterionReopenedForTheUnitTakesItsExplanation() {
    Entry e = entry();
    e.writeSelf(leaf("4", new Scoring.Manual()), typed("4"), List.of());
    e.closeRound1();
    e.explain(true, "Bổ sung văn bản theo yêu cầu", List.of(7L), true);
    assertThat(e.explainable()).isFalse(); // round 1's own result stays as it was
    assertThat(List.of(e.explanationAgree, e.explanationText, e.explanationEvidence))
        .containsExactly(true, "Bổ sung văn bản theo yêu cầu", List.of(7L));
  }

  @Test
  void anUntouchedLeafKeepsTheUnitsClaimThroughBothRounds() {
    Entry e = entry();
    e.writeSelf(leaf("4", new Scoring.Manual()), typed("2.5"), List.of());
    e.closeRound1();
    e.closeRound2();
    assertThat(e.finalPoints).isEqualByComparingTo("2.5");
  }

  @Test
  void aLevelTheLeafDoesNotDefineIsRefusedAndAKnownOneIsKeptAsTheSetSpellsIt() {
    Criterion levels =
        leaf(
            "2.5",
            new Scoring.Levels(
                List.of(
                    new Scoring.Level("Tốt", new BigDecimal("2.5")),
                    new Scoring.Level("Một phần", BigDecimal.ONE))));
    Entry e = entry();
    assertThatThrownBy(
            () ->
                e.writeSelf(
                    levels,
                    SelfInput.of(null, null, "Khá", null, null, null, null, null),
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("round.invalid.level.unknown");
    assertThat(e.self.level()).isNull();
    e.writeSelf(levels, SelfInput.of(null, null, "tốt", null, null, null, null, null), List.of());
    assertThat(e.self.level()).isEqualTo("Tốt");
    assertThat(e.selfPoints).isEqualByComparingTo("2.5");
  }

  @Test
  void aDoneOrNotLeafIsAppraisedOnlyAtZeroOrItsMaximum() {
    Criterion binary = leaf("1", new Scoring.Binary());
    Entry e = entry();
    e.writeSelf(binary, SelfInput.of(null, true, null, null, null, null, null, null), List.of());
    assertThatThrownBy(() -> e.appraise(1, new BigDecimal("0.75"), "Chậm", false, binary))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("round.invalid.points.choice");
    assertThat(e.round1Points).isNull();
    e.appraise(1, BigDecimal.ZERO, "Không có báo cáo", true, binary);
    e.appraise(1, new BigDecimal("1.00"), null, false, binary);
    assertThat(e.round1Points).isEqualByComparingTo("1");
  }

  @Test
  void aLevelsLeafIsAppraisedOnlyAtThePointsOfOneOfItsLevels() {
    Criterion levels =
        leaf(
            "2.5",
            new Scoring.Levels(
                List.of(
                    new Scoring.Level("Tốt", new BigDecimal("2.5")),
                    new Scoring.Level("Một phần", BigDecimal.ONE),
                    new Scoring.Level("Không", BigDecimal.ZERO))));
    Entry e = entry();
    assertThatThrownBy(() -> e.appraise(1, new BigDecimal("1.5"), "Thiếu", false, levels))
        .hasMessage("round.invalid.points.choice");
    e.appraise(1, BigDecimal.ONE, "Thiếu", false, levels);
    assertThat(e.round1Points).isEqualByComparingTo("1");
    assertThat(PointChoices.of(levels))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0", "1", "2.5");
  }

  @Test
  void aRateBandsLeafIsAppraisedAtABandsPointsOrZeroAndARateLeafAnywhereUpToItsMaximum() {
    Criterion bands =
        leaf(
            "2",
            new Scoring.RateBands(
                List.of(
                    new Scoring.Band(new BigDecimal("90"), false, null, false, new BigDecimal("2")),
                    new Scoring.Band(
                        new BigDecimal("70"), true, new BigDecimal("90"), true, BigDecimal.ONE))));
    assertThat(PointChoices.of(bands))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0", "1", "2");
    assertThatThrownBy(() -> entry().appraise(1, new BigDecimal("1.5"), "Thiếu", false, bands))
        .hasMessage("round.invalid.points.choice");
    Entry rate = entry();
    rate.appraise(
        1, new BigDecimal("0.937"), "Trễ hạn", false, leaf("1", new Scoring.Proportional(null)));
    assertThat(rate.round1Points).isEqualByComparingTo("0.937");
  }

  @Test
  void aDeductionLeafIsAppraisedAtItsMaximumLessWholeItems() {
    Criterion deduction = leaf("2", new Scoring.Deduction(new BigDecimal("0.5")));
    assertThat(PointChoices.of(deduction))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0", "0.5", "1", "1.5", "2");
    assertThatThrownBy(() -> entry().appraise(1, new BigDecimal("0.75"), "Sai", false, deduction))
        .hasMessage("round.invalid.points.choice");
    Entry e = entry();
    e.appraise(1, new BigDecimal("1.5"), "Một lần vi phạm", false, deduction);
    assertThat(e.round1Points).isEqualByComparingTo("1.5");
    // a step not dividing the maximum ends at 0: 1, 0.7, 0.4, 0.1, 0
    assertThat(PointChoices.of(leaf("1", new Scoring.Deduction(new BigDecimal("0.3")))))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0", "0.1", "0.4", "0.7", "1");
    // too many items to list (0.01 off 2 points: 200): typed, anything from 0 to the maximum
    assertThat(PointChoices.of(leaf("2", new Scoring.Deduction(new BigDecimal("0.01"))))).isEmpty();
  }
}
