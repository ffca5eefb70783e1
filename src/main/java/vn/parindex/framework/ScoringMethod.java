package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A leaf's scoring rule. Each computes its own points from its inputs with exact decimals; the
 * result is never rounded here (published figures are rounded where they are shown).
 */
public sealed interface ScoringMethod
    permits Scoring.Manual,
        Scoring.Binary,
        Scoring.Levels,
        Scoring.Proportional,
        Scoring.Threshold,
        Scoring.RateBands,
        Scoring.Deduction,
        Scoring.Survey {

  MethodKind kind();

  /** The points for these inputs out of {@code max}; empty when the inputs it needs are missing. */
  Optional<BigDecimal> score(BigDecimal max, ScoreInput input);
}
