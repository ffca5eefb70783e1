package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.SetRules;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** Bonus and penalty entries checked as a whole list against the set's caps. */
class AdjustmentTest {

  static final SetRules RULES =
      new SetRules(SetRules.SurveyMissing.ZERO, new BigDecimal("2"), new BigDecimal("5"));

  static Adjustment bonus(String amount, String reason) {
    return new Adjustment(Adjustment.Kind.BONUS, reason, new BigDecimal(amount));
  }

  @Test
  void entriesWithinTheirCapsAreKeptInOrder() {
    List<Adjustment> kept =
        Adjustment.checked(
            List.of(
                bonus("1.5", " Mô hình  mới "),
                bonus("0.5", "Sáng kiến"),
                new Adjustment(Adjustment.Kind.PENALTY, "Vi phạm", new BigDecimal("5"))),
            RULES);
    assertThat(kept)
        .extracting(Adjustment::reason)
        .containsExactly("Mô hình mới", "Sáng kiến", "Vi phạm");
  }

  @Test
  void theEntryPastWhatIsLeftUnderTheCapIsNamed() {
    assertThatThrownBy(() -> Adjustment.checked(List.of(bonus("1.5", "a"), bonus("1", "b")), RULES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::column, InputProblem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "label:round.field.amount", "round.invalid.adjustment.cap")));
  }

  @Test
  void aReasonAndAPositiveAmountAreRequired() {
    assertThatThrownBy(() -> Adjustment.checked(List.of(bonus("0", " ")), RULES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::column)
                    .containsExactly("label:round.field.reason", "label:round.field.amount"));
  }
}
