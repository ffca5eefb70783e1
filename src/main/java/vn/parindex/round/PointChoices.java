package vn.parindex.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.Scoring;
import vn.parindex.input.Decimals;

/**
 * The points an appraiser may type for a leaf: only those its scoring method can give where the
 * method gives a few fixed values (done or not, named levels, rate bands, a deduction per item of
 * at most {@link #MAX_STEPS} items); any points from 0 to the maximum where it computes them from a
 * rate or the appraiser's judgement.
 */
final class PointChoices {

  private PointChoices() {}

  /** The points the leaf's method can give, smallest first; empty when any 0..max may be typed. */
  static List<BigDecimal> of(Criterion leaf) {
    TreeSet<BigDecimal> points = new TreeSet<>();
    var method = leaf.methodOrManual();
    if (method instanceof Scoring.Binary) {
      points.add(BigDecimal.ZERO);
      points.add(leaf.maxPoints());
    } else if (method instanceof Scoring.Levels levels) {
      levels.levels().forEach(l -> points.add(l.points()));
    } else if (method instanceof Scoring.RateBands bands) {
      points.add(BigDecimal.ZERO); // a rate in no band scores 0
      bands.bands().forEach(b -> points.add(b.points()));
    } else if (method instanceof Scoring.Deduction deduction
        && steps(leaf.maxPoints(), deduction.perItem()) <= MAX_STEPS) {
      // what the method gives for 0, 1, 2… items: the maximum, less one item's points each, to 0
      for (BigDecimal p = leaf.maxPoints(); p.signum() > 0; p = p.subtract(deduction.perItem())) {
        points.add(p);
      }
      points.add(BigDecimal.ZERO);
    } else {
      return List.of();
    }
    return points.stream().map(Decimals::stripped).toList();
  }

  /** Items of a deduction that can be listed; finer steps are typed, from 0 to the maximum. */
  static final int MAX_STEPS = 40;

  private static long steps(BigDecimal max, BigDecimal perItem) {
    return max.divide(perItem, 0, java.math.RoundingMode.CEILING).longValueExact();
  }

  /** Refuses typed points the leaf's method cannot give, naming the points it can. */
  static void check(String field, String code, Criterion leaf, BigDecimal typed) {
    List<BigDecimal> allowed = of(leaf);
    if (allowed.isEmpty() || allowed.stream().anyMatch(p -> p.compareTo(typed) == 0)) {
      return;
    }
    throw Refusal.field(field, "points.choice", code, listed(allowed), Decimals.stripped(typed));
  }

  /**
   * "0, 1,00 hoặc 2,50": each number written as the reader writes it (resolved in their locale).
   */
  private static MessageSourceResolvable listed(List<BigDecimal> values) {
    MessageSourceResolvable tail = value(values.get(values.size() - 1));
    for (int i = values.size() - 2; i >= 0; i--) {
      String joiner = i == values.size() - 2 ? "round.points.or" : "round.points.list";
      tail =
          new DefaultMessageSourceResolvable(
              new String[] {joiner}, new Object[] {value(values.get(i)), tail});
    }
    return tail;
  }

  private static MessageSourceResolvable value(BigDecimal points) {
    return points.signum() == 0
        ? new DefaultMessageSourceResolvable("round.points.zero")
        : new DefaultMessageSourceResolvable(
            new String[] {"round.points.value"}, new Object[] {points});
  }
}
