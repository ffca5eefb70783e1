package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InputProblem;

/** A round's own rules: the day of the decision that publishes it. */
class RoundTest {

  static final Round ROUND_2031 = new Round(1L, 2031, 1, 1, null, null, null, 0);
  static final LocalDate TODAY = LocalDate.of(2031, 3, 20);

  @Test
  void aDecisionIsDatedFromTheFirstDayOfTheRoundsYearToToday() {
    assertThat(ROUND_2031.decisionDayProblem(LocalDate.of(2031, 1, 1), TODAY)).isEmpty();
    assertThat(ROUND_2031.decisionDayProblem(TODAY, TODAY)).isEmpty();
    assertThat(ROUND_2031.decisionDayProblem(LocalDate.of(2030, 12, 31), TODAY))
        .map(InputProblem::messageKey)
        .contains("round.invalid.decisionDate.beforeYear");
    assertThat(ROUND_2031.decisionDayProblem(TODAY.plusDays(1), TODAY))
        .map(InputProblem::messageKey)
        .contains("round.invalid.decisionDate.future");
  }

  @Test
  void aYearsIndexPublishedTheNextYearIsFine() {
    assertThat(ROUND_2031.decisionDayProblem(LocalDate.of(2032, 2, 5), LocalDate.of(2032, 2, 5)))
        .isEmpty();
  }
}
