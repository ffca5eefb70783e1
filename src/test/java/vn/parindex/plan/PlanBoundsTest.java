package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InputProblem;

class PlanBoundsTest {

  private static Plan withText(String closing, String appendixTitle) {
    Plan seed = SeedFixture.plan();
    return new Plan(
        seed.id(),
        seed.unitId(),
        seed.year(),
        seed.assessmentId(),
        seed.header(),
        new Plan.PlanText(
            seed.legalBases(),
            seed.opening(),
            seed.sections(),
            closing,
            seed.recipients(),
            appendixTitle),
        seed.signature(),
        seed.lines());
  }

  @Test
  void theSeedPlanIsWithinEveryBound() {
    assertThat(SeedFixture.plan().problems()).isEmpty();
  }

  @Test
  void textsLongerThanTheirFieldAreProblemsNamingTheField() {
    assertThat(withText("c".repeat(4001), "t".repeat(1001)).problems())
        .extracting(InputProblem::column, InputProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("closing", "input.text.too.long"),
            org.assertj.core.groups.Tuple.tuple("appendixTitle", "input.text.too.long"));
  }

  @Test
  void aLineBeyondTheNumbersAndLengthsItCanHoldIsAProblemAtItsRow() {
    Plan plan = SeedFixture.plan();
    PlanLine first = plan.lines().get(1);
    PlanLine huge =
        new PlanLine(
            first.position(),
            false,
            first.code(),
            first.content(),
            new BigDecimal("1E+308"),
            BigDecimal.ONE,
            "r".repeat(4001),
            first.measure(),
            first.responsible(),
            first.deadline(),
            first.note());
    plan.replaceLines(List.of(plan.lines().get(0), huge));

    assertThat(plan.problems())
        .extracting(InputProblem::row, InputProblem::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2, "reason"),
            org.assertj.core.groups.Tuple.tuple(2, "maxPoints"));
  }
}
