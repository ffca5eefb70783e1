package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A node of a criteria set: an area, a criterion or a component criterion. {@code method} is set on
 * leaves only; {@code position} keeps the published order; {@code source} is the live indicator a
 * rate leaf fills from (one of {@link IndicatorSources#CODES}), null when typed by hand.
 */
public record Criterion(
    CriterionCode code,
    String name,
    BigDecimal maxPoints,
    ScoringMethod method,
    int position,
    String source) {

  /** A criterion without a source indicator. */
  public Criterion(
      CriterionCode code, String name, BigDecimal maxPoints, ScoringMethod method, int position) {
    this(code, name, maxPoints, method, position, null);
  }

  public Criterion {
    Objects.requireNonNull(code);
    Objects.requireNonNull(name);
    maxPoints = Scoring.canonical(Objects.requireNonNull(maxPoints));
  }

  public int depth() {
    return code.depth();
  }

  /** The method, defaulting to manual scoring for a leaf that names none. */
  public ScoringMethod methodOrManual() {
    return method == null ? new Scoring.Manual() : method;
  }
}
