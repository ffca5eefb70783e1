package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.Scorecard;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;

/**
 * The published total, percentage and band of many assessments against one criteria set, by the
 * same rules as {@link Scorecard} (official figure = reported where given, else built from the
 * leaves) but with the tree indexed once per set instead of once per assessment: ranking 3,000
 * communes must not rebuild 3,000 trees. {@code RankingTotalsTest} holds the two to the same
 * result.
 */
final class RankingTotals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CriteriaSet set;
  private final List<Criterion> roots = new ArrayList<>();
  private final Map<CriterionCode, List<Criterion>> children = new HashMap<>();
  private final BigDecimal maxTotal;
  private final List<ClassificationBand> bands;

  RankingTotals(CriteriaSet set) {
    this.set = set;
    for (Criterion c : set.criteria()) {
      Optional<CriterionCode> parent = c.code().parent();
      if (parent.isEmpty()) {
        roots.add(c);
      } else {
        children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(c);
      }
    }
    bands = set.bands();
    maxTotal = roots.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  long setId() {
    return set.id();
  }

  BigDecimal maxTotal() {
    return maxTotal;
  }

  /** As {@link Scorecard#total()}. */
  BigDecimal total(Assessment assessment) {
    if (assessment.reportedTotal() != null) {
      return assessment.reportedTotal();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Criterion root : roots) {
      BigDecimal reported = recorded(assessment, root);
      total = total.add(reported != null ? reported : computed(assessment, root));
    }
    return total;
  }

  /** As {@link Scorecard#percent()}. */
  BigDecimal percent(BigDecimal total) {
    if (maxTotal.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return total.multiply(HUNDRED).divide(maxTotal, 2, RoundingMode.HALF_UP);
  }

  /**
   * As {@link CriteriaSet#classify}: the first band whose minimum the percentage reaches, or null.
   * A loop over the few bands, not a stream per unit (a ranking classifies 3,321 of them).
   */
  String band(BigDecimal percent) {
    for (ClassificationBand band : bands) {
      if (percent.compareTo(band.minPercent()) >= 0) {
        return band.label();
      }
    }
    return null;
  }

  private BigDecimal computed(Assessment assessment, Criterion node) {
    List<Criterion> kids = children.getOrDefault(node.code(), List.of());
    if (kids.isEmpty()) {
      Optional<AssessmentEntry> entry = assessment.entry(node.code());
      if (entry.isEmpty()) {
        return node.maxPoints();
      }
      if (entry.get().points() != null) {
        return entry.get().points();
      }
      return node.methodOrManual()
          .score(node.maxPoints(), entry.get().input())
          .orElse(node.maxPoints());
    }
    BigDecimal lost = BigDecimal.ZERO;
    for (Criterion kid : kids) {
      lost = lost.add(kid.maxPoints().subtract(computed(assessment, kid)));
    }
    return node.maxPoints().subtract(lost);
  }

  private static BigDecimal recorded(Assessment assessment, Criterion node) {
    return assessment.entry(node.code()).map(AssessmentEntry::points).orElse(null);
  }
}
