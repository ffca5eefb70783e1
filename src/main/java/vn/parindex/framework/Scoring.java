package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.input.Decimals;
import vn.parindex.input.Text;

/** The scoring methods, each a small value with its parameters. */
public final class Scoring {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scoring() {}

  /** The canonical form of a parameter: no trailing zeros, no exponent (0.50 → 0.5, 1E+2 → 100). */
  static BigDecimal canonical(BigDecimal value) {
    return value == null ? null : new BigDecimal(Decimals.plain(value));
  }

  /** The appraiser enters points 0..max. */
  public record Manual() implements ScoringMethod {
    public MethodKind kind() {
      return MethodKind.MANUAL;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      return Optional.ofNullable(input.points());
    }
  }

  /** Done (on time) scores max, else 0. */
  public record Binary() implements ScoringMethod {
    public MethodKind kind() {
      return MethodKind.BINARY;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      return Optional.ofNullable(input.done()).map(done -> done ? max : BigDecimal.ZERO);
    }
  }

  /** A named level of achievement and its points. */
  public record Level(String name, BigDecimal points) {
    public Level {
      name = Objects.requireNonNull(Text.clean(name));
      points = canonical(Objects.requireNonNull(points));
    }
  }

  /** Named levels → points (good 2.5 / full 2.0 / partial 1.0 / none 0). */
  public record Levels(List<Level> levels) implements ScoringMethod {
    public Levels {
      levels = List.copyOf(levels);
    }

    public MethodKind kind() {
      return MethodKind.LEVELS;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      String level = Text.clean(input.level());
      if (level == null) {
        return Optional.empty();
      }
      return levels.stream()
          .filter(l -> l.name().equalsIgnoreCase(level))
          .map(Level::points)
          .findFirst();
    }
  }

  /** max × rate; with a floor, a rate below the floor scores 0. */
  public record Proportional(BigDecimal floorPercent) implements ScoringMethod {
    public Proportional {
      floorPercent = canonical(floorPercent);
    }

    public MethodKind kind() {
      return MethodKind.PROPORTIONAL;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      return input
          .percent()
          .map(
              rate ->
                  floorPercent != null && rate.compareTo(floorPercent) < 0
                      ? BigDecimal.ZERO
                      : max.multiply(rate).divide(HUNDRED));
    }
  }

  /** rate ≥ T scores max, else max × rate ÷ T (Decision 766 style). */
  public record Threshold(BigDecimal thresholdPercent) implements ScoringMethod {
    public Threshold {
      if (thresholdPercent == null || thresholdPercent.signum() <= 0) {
        throw new IllegalArgumentException("threshold");
      }
      thresholdPercent = canonical(thresholdPercent);
    }

    public MethodKind kind() {
      return MethodKind.THRESHOLD;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      return input
          .percent()
          .map(
              rate ->
                  rate.compareTo(thresholdPercent) >= 0
                      ? max
                      : max.multiply(rate).divide(thresholdPercent, MathContext.DECIMAL64));
    }
  }

  /**
   * A range of a rate and its points. A null end is open; each end says whether it belongs to the
   * range.
   */
  public record Band(
      BigDecimal from,
      boolean fromInclusive,
      BigDecimal to,
      boolean toInclusive,
      BigDecimal points) {
    public Band {
      if (from != null && to != null && from.compareTo(to) > 0) {
        throw new IllegalArgumentException("bands");
      }
      fromInclusive = from == null || fromInclusive;
      toInclusive = to != null && toInclusive;
      from = canonical(from);
      to = canonical(to);
      points = canonical(Objects.requireNonNull(points));
    }

    public boolean contains(BigDecimal rate) {
      boolean aboveFrom =
          from == null || (fromInclusive ? rate.compareTo(from) >= 0 : rate.compareTo(from) > 0);
      boolean belowTo =
          to == null || (toInclusive ? rate.compareTo(to) <= 0 : rate.compareTo(to) < 0);
      return aboveFrom && belowTo;
    }
  }

  /** Ranges of a rate → points; a rate in no range scores 0. */
  public record RateBands(List<Band> bands) implements ScoringMethod {
    public RateBands {
      bands = List.copyOf(bands);
    }

    public MethodKind kind() {
      return MethodKind.RATE_BANDS;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      return input
          .percent()
          .map(
              rate ->
                  bands.stream()
                      .filter(b -> b.contains(rate))
                      .map(Band::points)
                      .findFirst()
                      .orElse(BigDecimal.ZERO));
    }
  }

  /** max − perItem × count, never below 0. */
  public record Deduction(BigDecimal perItem) implements ScoringMethod {
    public Deduction {
      if (perItem == null || perItem.signum() <= 0) {
        throw new IllegalArgumentException("per_item");
      }
      perItem = canonical(perItem);
    }

    public MethodKind kind() {
      return MethodKind.DEDUCTION;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      return Optional.ofNullable(input.count())
          .map(
              count ->
                  max.subtract(perItem.multiply(BigDecimal.valueOf(count))).max(BigDecimal.ZERO));
    }
  }

  /**
   * Survey answers weighted in percent of max (A 100, B 60, C 20, D 0 by default): the weighted
   * mean over all answers; or a satisfaction rate already aggregated.
   */
  public record Survey(Map<String, BigDecimal> weights) implements ScoringMethod {
    /** A, B, C, D in this order (a plain Map.of would list them in any order). */
    public static final Map<String, BigDecimal> DEFAULT_WEIGHTS = defaults();

    private static Map<String, BigDecimal> defaults() {
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      weights.put("A", BigDecimal.valueOf(100));
      weights.put("B", BigDecimal.valueOf(60));
      weights.put("C", BigDecimal.valueOf(20));
      weights.put("D", BigDecimal.ZERO);
      return java.util.Collections.unmodifiableMap(weights);
    }

    public Survey {
      weights = weights == null || weights.isEmpty() ? DEFAULT_WEIGHTS : canonical(weights);
    }

    private static Map<String, BigDecimal> canonical(Map<String, BigDecimal> weights) {
      Map<String, BigDecimal> copy = new LinkedHashMap<>();
      weights.forEach((k, v) -> copy.put(k, Scoring.canonical(Objects.requireNonNull(v))));
      return java.util.Collections.unmodifiableMap(copy);
    }

    public MethodKind kind() {
      return MethodKind.SURVEY;
    }

    public Optional<BigDecimal> score(BigDecimal max, ScoreInput input) {
      if (!input.answers().isEmpty()) {
        BigDecimal weighted = BigDecimal.ZERO;
        long total = 0;
        for (var answer : input.answers().entrySet()) {
          BigDecimal weight = weights.get(answer.getKey());
          if (weight == null) {
            return Optional.empty();
          }
          weighted = weighted.add(weight.multiply(BigDecimal.valueOf(answer.getValue())));
          total += answer.getValue();
        }
        if (total == 0) {
          return Optional.empty();
        }
        return Optional.of(
            max.multiply(weighted)
                .divide(HUNDRED.multiply(BigDecimal.valueOf(total)), MathContext.DECIMAL64));
      }
      return input.percent().map(rate -> max.multiply(rate).divide(HUNDRED));
    }
  }
}
