package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One inconsistency the checker found in an assessment: shown to the user, never corrected. {@code
 * code} is the node's code, or null for the whole table; {@code expected} is what the figures
 * around it imply, {@code actual} what was recorded.
 */
public record Finding(
    Severity severity,
    String code,
    Kind kind,
    BigDecimal expected,
    BigDecimal actual,
    List<Object> args) {

  public Finding {
    args = List.copyOf(args);
  }

  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  public enum Kind {
    CHILDREN_LOSS_MISMATCH,
    CHILDREN_MAX_EXCEEDS,
    TOTAL_MISMATCH,
    SCORE_ABOVE_MAX,
    SCORE_NEGATIVE,
    RATE_ABOVE_100,
    IMPOSSIBLE_RATIO,
    RULE_MISMATCH,
    MISSING_REASON,
    MISSING_MEASURE,
    STATED_LOSS_MISMATCH,
    /** Every maximum of the table is 0: no percentage can be computed. */
    ZERO_MAX,
    /** A rate stated for a leaf differs from the unit's one-stop dossiers of the year. */
    DOSSIER_MISMATCH
  }

  /**
   * The bundle key of the message: "assessment.finding.children_loss_mismatch". A rule mismatch
   * that knows the rate it applied the rule to (its fourth argument) says which rate it read.
   */
  public String messageKey() {
    String key = "assessment.finding." + kind.name().toLowerCase(Locale.ROOT);
    return kind == Kind.RULE_MISMATCH && args.size() > 3 ? key + ".rate" : key;
  }
}
