package vn.parindex.plan;

import java.util.List;
import vn.parindex.input.InputProblem;

/** The rules one appendix line must keep; problems name the line as numbered in the table. */
final class PlanRules {

  private PlanRules() {}

  static void check(PlanLine line, List<InputProblem> problems) {
    int row = line.position();
    if (line.content().isEmpty()) {
      problems.add(InputProblem.of(row, "content", "plan.line.content.blank"));
    }
    if (line.maxPoints() != null && line.maxPoints().signum() < 0) {
      problems.add(InputProblem.of(row, "maxPoints", "plan.line.max.negative"));
    }
    if (line.points() != null && line.points().signum() < 0) {
      problems.add(InputProblem.of(row, "points", "plan.line.points.negative"));
    }
    if (line.points() != null
        && line.maxPoints() != null
        && line.points().compareTo(line.maxPoints()) > 0) {
      problems.add(
          InputProblem.of(
              row,
              "points",
              "plan.line.points.above.max",
              PlanLine.published(line.points()),
              PlanLine.published(line.maxPoints())));
    }
  }
}
