package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.parindex.framework.Criterion;

/**
 * One node of a scored tree. {@code computed} is built bottom-up from the leaves (a leaf the table
 * does not list is taken as having lost nothing: {@code listed} is false); {@code reported} is the
 * subtotal the table gave, if any; {@code byRule} is what the leaf's scoring method gives for its
 * inputs, if they were recorded. {@code points} is the official figure: reported where given, else
 * computed.
 */
public record ScoredNode(
    Criterion criterion,
    BigDecimal computed,
    BigDecimal reported,
    BigDecimal byRule,
    boolean listed,
    AssessmentEntry entry,
    List<ScoredNode> children) {

  public ScoredNode {
    children = List.copyOf(children);
  }

  public boolean leaf() {
    return children.isEmpty();
  }

  public BigDecimal max() {
    return criterion.maxPoints();
  }

  public BigDecimal points() {
    return reported != null ? reported : computed;
  }

  public BigDecimal lost() {
    return max().subtract(points());
  }

  public BigDecimal computedLost() {
    return max().subtract(computed);
  }

  /** Points as a percentage of max, 2 decimals; null for a node of max 0. */
  public BigDecimal percent() {
    if (max().signum() == 0) {
      return null;
    }
    return points().multiply(BigDecimal.valueOf(100)).divide(max(), 2, RoundingMode.HALF_UP);
  }
}
