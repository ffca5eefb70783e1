package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.input.Decimals;

/**
 * A leaf whose rate comes from the one-stop dossiers (its criterion's source) against the rate the
 * assessment states for it: recorded inputs, else the rate its reason or note says was achieved.
 * The dossiers' figure is compared at the precision the rate was stated with (99.6 states 99.58
 * well); an indicator without dossiers in the year (denominator 0) says nothing.
 */
final class DossierCheck {

  private DossierCheck() {}

  /** The findings, given the unit's figures of the year by indicator code. */
  static List<Finding> check(Scorecard card, Map<String, IndicatorFigure> figures, int year) {
    List<Finding> findings = new ArrayList<>();
    for (ScoredNode node : card.nodes()) {
      String source = node.criterion().source();
      IndicatorFigure figure = source == null ? null : figures.get(source);
      if (!node.leaf() || node.entry() == null || figure == null || !figure.applicable()) {
        continue;
      }
      stated(node.entry())
          .filter(rate -> disagree(rate, figure))
          .ifPresent(rate -> findings.add(finding(node, rate, figure, year)));
    }
    return findings;
  }

  private static Optional<BigDecimal> stated(AssessmentEntry entry) {
    Optional<BigDecimal> recorded = entry.input().percent();
    return recorded.isPresent() ? recorded : TextFacts.achievedRate(entry.reason(), entry.note());
  }

  private static boolean disagree(BigDecimal stated, IndicatorFigure figure) {
    int scale = scale(stated);
    BigDecimal computed = figure.percent(scale).orElseThrow();
    return computed.compareTo(stated.setScale(scale, RoundingMode.HALF_UP)) != 0;
  }

  /** The decimals a rate was stated with, at most the 2 of published figures. */
  private static int scale(BigDecimal stated) {
    return Math.min(2, Math.max(0, stated.stripTrailingZeros().scale()));
  }

  private static Finding finding(
      ScoredNode node, BigDecimal stated, IndicatorFigure figure, int year) {
    String code = node.criterion().code().value();
    BigDecimal computed = figure.rate().orElseThrow();
    List<Object> args =
        List.of(
            code,
            Decimals.plain(stated.setScale(scale(stated), RoundingMode.HALF_UP)),
            Decimals.plain(computed),
            String.valueOf(figure.numerator()),
            String.valueOf(figure.denominator()),
            String.valueOf(year));
    return new Finding(
        Finding.Severity.ERROR, code, Finding.Kind.DOSSIER_MISMATCH, computed, stated, args);
  }
}
