package vn.parindex.simulation;

import java.math.BigDecimal;
import java.util.Optional;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;

/**
 * The points a leaf would get for an input, by its own scoring rule. A manual leaf given a rate is
 * scored in proportion (as the appraisal tables score a rate stated in the reason: 90,78 % of 1
 * point), and given done or not as all or nothing; given points, it takes them.
 */
final class LeafPoints {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LeafPoints() {}

  static Optional<BigDecimal> of(Criterion leaf, ScoreInput input) {
    ScoringMethod method = leaf.methodOrManual();
    if (method.kind() == MethodKind.MANUAL && input.points() == null) {
      if (input.percent().isPresent()) {
        return new Scoring.Proportional(null).score(leaf.maxPoints(), input);
      }
      return new Scoring.Binary().score(leaf.maxPoints(), input);
    }
    return method.score(leaf.maxPoints(), input);
  }

  /** Whether the leaf is scored from a rate (its rule, or a manual leaf with a rate recorded). */
  static boolean rateLeaf(Criterion leaf, ScoreInput current) {
    return switch (leaf.methodOrManual().kind()) {
      case PROPORTIONAL, THRESHOLD, RATE_BANDS -> true;
      case MANUAL -> current != null && current.percent().isPresent();
      default -> false;
    };
  }

  /**
   * The lowest rate (percent) that gives the leaf its full points: 100 in proportion, the
   * threshold, or the lower end of the band that scores the maximum. Empty when no rate does.
   */
  static Optional<BigDecimal> fullRate(Criterion leaf) {
    ScoringMethod method = leaf.methodOrManual();
    if (method instanceof Scoring.Threshold t) {
      return Optional.of(t.thresholdPercent().min(HUNDRED));
    }
    if (method instanceof Scoring.RateBands bands) {
      return bands.bands().stream()
          .filter(b -> b.points().compareTo(leaf.maxPoints()) >= 0)
          .map(b -> b.from() == null ? BigDecimal.ZERO : b.from())
          .min(BigDecimal::compareTo);
    }
    return Optional.of(HUNDRED);
  }
}
