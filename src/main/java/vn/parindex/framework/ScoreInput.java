package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * What a leaf is scored from. Only the fields its method needs are set: {@code points} (manual),
 * {@code done} (binary), {@code level} (levels), {@code rate} in percent or {@code numerator} /
 * {@code denominator} (proportional, threshold, rate bands), {@code count} (deduction), {@code
 * answers} per option (survey).
 */
public record ScoreInput(
    BigDecimal points,
    Boolean done,
    String level,
    BigDecimal rate,
    BigDecimal numerator,
    BigDecimal denominator,
    Integer count,
    Map<String, Integer> answers) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ScoreInput {
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }

  public static ScoreInput none() {
    return new ScoreInput(null, null, null, null, null, null, null, null);
  }

  public static ScoreInput ofPoints(BigDecimal points) {
    return new ScoreInput(points, null, null, null, null, null, null, null);
  }

  public static ScoreInput ofRate(BigDecimal percent) {
    return new ScoreInput(null, null, null, percent, null, null, null, null);
  }

  public static ScoreInput ofRatio(BigDecimal numerator, BigDecimal denominator) {
    return new ScoreInput(null, null, null, null, numerator, denominator, null, null);
  }

  public static ScoreInput ofDone(boolean done) {
    return new ScoreInput(null, done, null, null, null, null, null, null);
  }

  public static ScoreInput ofLevel(String level) {
    return new ScoreInput(null, null, level, null, null, null, null, null);
  }

  public static ScoreInput ofCount(int count) {
    return new ScoreInput(null, null, null, null, null, null, count, null);
  }

  public static ScoreInput ofAnswers(Map<String, Integer> answers) {
    return new ScoreInput(null, null, null, null, null, null, null, answers);
  }

  /**
   * The rate in percent: as given, else numerator ÷ denominator × 100. Empty when neither is given
   * or the denominator is 0 ("not applicable", never 0% or 100%).
   */
  public Optional<BigDecimal> percent() {
    if (rate != null) {
      return Optional.of(rate);
    }
    if (numerator == null || denominator == null || denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64));
  }

  public boolean isEmpty() {
    return points == null
        && done == null
        && level == null
        && rate == null
        && numerator == null
        && denominator == null
        && count == null
        && answers.isEmpty();
  }
}
