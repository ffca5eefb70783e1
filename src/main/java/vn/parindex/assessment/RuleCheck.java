package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.input.Decimals;

/**
 * A leaf's scoring rule against its recorded points. The rule is applied to the inputs recorded
 * with the entry, or else to the rate its reason or note states in any common wording ("đạt 94%",
 * "hoàn thành 7/8 nhiệm vụ", "tỷ lệ 85 %"): a table that writes the rate but not the points it
 * gives is checked all the same. A finding says which rate was read, so the user can see why.
 */
final class RuleCheck {

  private RuleCheck() {}

  static Optional<Finding> check(ScoredNode node, AssessmentEntry entry) {
    ScoringMethod method = node.criterion().methodOrManual();
    if (method.kind() == MethodKind.MANUAL || entry.points() == null) {
      return Optional.empty();
    }
    String code = node.criterion().code().value();
    if (node.byRule() != null) {
      if (!differ(node.byRule(), entry.points())) {
        return Optional.empty();
      }
      Optional<BigDecimal> rate = entry.input().percent();
      return Optional.of(
          rate.isPresent()
              ? stated(code, node.byRule(), entry.points(), rate.get())
              : Checker.finding(
                  Finding.Severity.ERROR,
                  code,
                  Finding.Kind.RULE_MISMATCH,
                  node.byRule(),
                  entry.points()));
    }
    Optional<BigDecimal> rate = TextFacts.achievedRate(entry.reason(), entry.note());
    Optional<BigDecimal> byRule = rate.flatMap(r -> method.score(node.max(), ScoreInput.ofRate(r)));
    if (byRule.isEmpty() || !differ(byRule.get(), entry.points())) {
      return Optional.empty();
    }
    return Optional.of(stated(code, byRule.get(), entry.points(), rate.get()));
  }

  private static Finding stated(
      String code, BigDecimal byRule, BigDecimal points, BigDecimal rate) {
    Finding plain =
        Checker.finding(Finding.Severity.ERROR, code, Finding.Kind.RULE_MISMATCH, byRule, points);
    List<Object> args = new ArrayList<>(plain.args());
    args.add(Decimals.plain(rate.setScale(2, java.math.RoundingMode.HALF_UP)));
    return new Finding(
        plain.severity(), plain.code(), plain.kind(), plain.expected(), plain.actual(), args);
  }

  private static boolean differ(BigDecimal a, BigDecimal b) {
    return Checker.round(a).compareTo(Checker.round(b)) != 0;
  }
}
