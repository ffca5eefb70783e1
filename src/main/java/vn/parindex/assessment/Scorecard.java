package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;

/**
 * An assessment scored against its criteria set: the tree with computed and reported points per
 * node, totals, percentage and band. Pure computation: nothing is rounded except the percentage.
 */
public final class Scorecard {

  private final CriteriaSet set;
  private final Assessment assessment;
  private final List<ScoredNode> roots;
  private final Map<CriterionCode, ScoredNode> byCode = new LinkedHashMap<>();

  private Scorecard(CriteriaSet set, Assessment assessment) {
    this.set = set;
    this.assessment = assessment;
    List<ScoredNode> built = new ArrayList<>();
    for (Criterion root : set.roots()) {
      built.add(score(root));
    }
    this.roots = List.copyOf(built);
  }

  public static Scorecard of(CriteriaSet set, Assessment assessment) {
    return new Scorecard(set, assessment);
  }

  private ScoredNode score(Criterion criterion) {
    Optional<AssessmentEntry> entry = assessment.entry(criterion.code());
    List<ScoredNode> children = new ArrayList<>();
    for (Criterion child : set.children(criterion.code())) {
      children.add(score(child));
    }
    ScoredNode node;
    if (children.isEmpty()) {
      BigDecimal byRule =
          entry
              .flatMap(e -> criterion.methodOrManual().score(criterion.maxPoints(), e.input()))
              .orElse(null);
      BigDecimal recorded = entry.map(AssessmentEntry::points).orElse(null);
      BigDecimal computed =
          recorded != null ? recorded : byRule != null ? byRule : criterion.maxPoints();
      node =
          new ScoredNode(
              criterion, computed, null, byRule, entry.isPresent(), entry.orElse(null), children);
    } else {
      BigDecimal childLoss =
          children.stream().map(ScoredNode::computedLost).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal reported = entry.map(AssessmentEntry::points).orElse(null);
      node =
          new ScoredNode(
              criterion,
              criterion.maxPoints().subtract(childLoss),
              reported,
              null,
              entry.isPresent(),
              entry.orElse(null),
              children);
    }
    byCode.put(criterion.code(), node);
    return node;
  }

  public List<ScoredNode> roots() {
    return roots;
  }

  public Optional<ScoredNode> node(CriterionCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every node, depth first in code order. */
  public List<ScoredNode> nodes() {
    return set.criteria().stream().map(c -> byCode.get(c.code())).toList();
  }

  /** Leaves that lost points, in code order: the lines of a remediation plan. */
  public List<ScoredNode> lostLeaves() {
    return nodes().stream().filter(n -> n.leaf() && n.lost().signum() > 0).toList();
  }

  public BigDecimal maxTotal() {
    return set.totalMax();
  }

  public BigDecimal computedTotal() {
    return roots.stream().map(ScoredNode::computed).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The official total: the reported one when the table gave it, else the sum of the areas. */
  public BigDecimal total() {
    if (assessment.reportedTotal() != null) {
      return assessment.reportedTotal();
    }
    return roots.stream().map(ScoredNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal computedLoss() {
    return maxTotal().subtract(computedTotal());
  }

  /** Points lost by the official figures (the stated loss is compared by the checker). */
  public BigDecimal loss() {
    return roots.stream().map(ScoredNode::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal percent() {
    if (maxTotal().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return total().multiply(BigDecimal.valueOf(100)).divide(maxTotal(), 2, RoundingMode.HALF_UP);
  }

  public Optional<String> band() {
    return set.classify(percent());
  }

  public CriteriaSet criteriaSet() {
    return set;
  }

  public Assessment assessment() {
    return assessment;
  }
}
