package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.framework.ScoreInput;
import vn.parindex.input.Decimals;

/**
 * Finds inconsistencies in a scored table. The tables list only the items that lost points, so a
 * parent is compared with its children by LOST points. The stated overall loss is compared with the
 * official figures (sum of the areas); a difference the computed figures show is already reported
 * at the area that causes it. Figures are compared at the 2 decimals tables are published with.
 */
public final class Checker {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Checker() {}

  public static List<Finding> check(Scorecard card) {
    List<Finding> findings = new ArrayList<>();
    for (ScoredNode node : card.nodes()) {
      checkNode(node, findings);
    }
    if (card.maxTotal().signum() == 0) {
      findings.add(
          finding(Finding.Severity.ERROR, null, Finding.Kind.ZERO_MAX, BigDecimal.ZERO, null));
    }
    Assessment a = card.assessment();
    BigDecimal areas =
        card.roots().stream().map(ScoredNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (a.reportedTotal() != null && differ(areas, a.reportedTotal())) {
      findings.add(
          finding(
              Finding.Severity.ERROR, null, Finding.Kind.TOTAL_MISMATCH, areas, a.reportedTotal()));
    }
    if (a.statedLoss() != null) {
      BigDecimal loss = card.maxTotal().subtract(card.total());
      if (differ(loss, a.statedLoss())) {
        findings.add(
            finding(
                Finding.Severity.ERROR,
                null,
                Finding.Kind.STATED_LOSS_MISMATCH,
                loss,
                a.statedLoss()));
      }
    }
    return findings;
  }

  private static void checkNode(ScoredNode node, List<Finding> findings) {
    String code = node.criterion().code().value();
    if (!node.leaf()) {
      BigDecimal childMax =
          node.children().stream().map(ScoredNode::max).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (childMax.compareTo(node.max()) > 0) {
        findings.add(
            finding(
                Finding.Severity.ERROR,
                code,
                Finding.Kind.CHILDREN_MAX_EXCEEDS,
                node.max(),
                childMax));
      }
      if (node.reported() != null) {
        BigDecimal childLoss =
            node.children().stream().map(ScoredNode::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (differ(childLoss, node.lost())) {
          findings.add(
              finding(
                  Finding.Severity.ERROR,
                  code,
                  Finding.Kind.CHILDREN_LOSS_MISMATCH,
                  childLoss,
                  node.lost()));
        }
      }
    }
    BigDecimal points = node.points();
    if (node.listed() && points != null) {
      if (points.compareTo(node.max()) > 0) {
        findings.add(
            finding(
                Finding.Severity.ERROR, code, Finding.Kind.SCORE_ABOVE_MAX, node.max(), points));
      }
      if (points.signum() < 0) {
        findings.add(
            finding(
                Finding.Severity.ERROR,
                code,
                Finding.Kind.SCORE_NEGATIVE,
                BigDecimal.ZERO,
                points));
      }
    }
    AssessmentEntry entry = node.entry();
    if (entry == null) {
      return;
    }
    checkRates(code, entry, findings);
    if (node.leaf()) {
      RuleCheck.check(node, entry).ifPresent(findings::add);
    }
    if (node.leaf() && node.lost().signum() > 0) {
      if (entry.reason() == null || entry.reason().isBlank()) {
        findings.add(
            finding(
                Finding.Severity.WARNING, code, Finding.Kind.MISSING_REASON, null, node.lost()));
      }
      if (entry.measure() == null || entry.measure().isBlank()) {
        findings.add(
            finding(
                Finding.Severity.WARNING, code, Finding.Kind.MISSING_MEASURE, null, node.lost()));
      }
    }
  }

  private static void checkRates(String code, AssessmentEntry entry, List<Finding> findings) {
    ScoreInput in = entry.input();
    List<BigDecimal> rates = new ArrayList<>();
    in.percent().ifPresent(rates::add);
    for (String text : new String[] {entry.reason(), entry.note()}) {
      rates.addAll(TextFacts.percentages(text));
      for (long[] ratio : TextFacts.ratios(text)) {
        // more done than there were, or done out of nothing, cannot be
        if (ratio[0] > ratio[1] || ratio[1] == 0) {
          findings.add(
              finding(
                  Finding.Severity.ERROR,
                  code,
                  Finding.Kind.IMPOSSIBLE_RATIO,
                  BigDecimal.valueOf(ratio[1]),
                  BigDecimal.valueOf(ratio[0])));
        }
      }
    }
    rates.stream()
        .filter(r -> r.compareTo(HUNDRED) > 0)
        .distinct()
        .forEach(
            r ->
                findings.add(
                    finding(
                        Finding.Severity.ERROR, code, Finding.Kind.RATE_ABOVE_100, HUNDRED, r)));
  }

  /** Points with 2 decimals; counts of a ratio as whole numbers ("21/13"). */
  static String shown(Finding.Kind kind, BigDecimal value) {
    if (value == null) {
      return "";
    }
    return kind == Finding.Kind.IMPOSSIBLE_RATIO
        ? Decimals.plain(value)
        : round(value).toPlainString();
  }

  private static boolean differ(BigDecimal a, BigDecimal b) {
    return round(a).compareTo(round(b)) != 0;
  }

  static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  static Finding finding(
      Finding.Severity severity,
      String code,
      Finding.Kind kind,
      BigDecimal expected,
      BigDecimal actual) {
    List<Object> args = new ArrayList<>();
    args.add(code == null ? "" : code);
    args.add(shown(kind, expected));
    args.add(shown(kind, actual));
    return new Finding(
        severity,
        code,
        kind,
        expected == null ? null : round(expected),
        actual == null ? null : round(actual),
        args);
  }
}
