package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

class PlanTest {

  private static PlanLine line(String code, String max, String points) {
    return new PlanLine(
        0,
        false,
        code,
        "Nội dung " + code,
        new BigDecimal(max),
        new BigDecimal(points),
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void pointsAboveMaxAreAProblemNamingTheLineAndColumn() {
    Plan plan = SeedFixture.plan();
    plan.addLine(line("9.1", "1", "1.5"));
    List<InputProblem> problems = plan.problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).row()).isEqualTo(plan.lines().size());
    assertThat(problems.get(0).column()).isEqualTo("points");
    assertThat(problems.get(0).messageKey()).isEqualTo("plan.line.points.above.max");
    assertThatThrownBy(plan::check).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void linesStayNumberedAfterRemovingAndMoving() {
    Plan plan = SeedFixture.plan();
    int size = plan.lines().size();
    plan.removeLine(1);
    assertThat(plan.lines()).hasSize(size - 1);
    assertThat(plan.lines().get(0).code()).isEqualTo("1.1");
    assertThat(plan.lines().get(0).position()).isEqualTo(1);
    plan.moveLine(1, 3);
    assertThat(plan.lines().get(2).code()).isEqualTo("1.1");
    assertThat(plan.lines().stream().map(PlanLine::position))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, size - 1).boxed().toList());
  }

  @Test
  void theSeedDraftKeepsEveryRule() {
    assertThat(SeedFixture.plan().problems()).isEmpty();
  }

  @Test
  void lostIsMaxMinusPoints() {
    assertThat(line("1.1", "4", "3.9").lost()).isEqualByComparingTo("0.1");
  }
}
