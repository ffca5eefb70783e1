package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/**
 * A criteria set's rules for a round's totals: what a unit's missing survey counts, and the caps on
 * bonus and penalty points (0 when the set allows none).
 *
 * @param surveyMissing ZERO: a missing survey scores 0; RESCALE: the total is taken over the
 *     criteria that were scored (total × set max ÷ (set max − missing survey max))
 * @param bonusMax the most bonus points a unit may get in a round
 * @param penaltyMax the most penalty points a unit may lose in a round
 */
public record SetRules(SurveyMissing surveyMissing, BigDecimal bonusMax, BigDecimal penaltyMax) {

  /** What a unit's missing survey counts. */
  public enum SurveyMissing {
    ZERO,
    RESCALE
  }

  public static final SetRules DEFAULTS =
      new SetRules(SurveyMissing.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public SetRules {
    surveyMissing = surveyMissing == null ? SurveyMissing.ZERO : surveyMissing;
    bonusMax = Scoring.canonical(bonusMax == null ? BigDecimal.ZERO : bonusMax);
    penaltyMax = Scoring.canonical(penaltyMax == null ? BigDecimal.ZERO : penaltyMax);
  }

  /**
   * The rules as written in a file (each blank → its default), every problem added with the field
   * as the file names it.
   */
  static SetRules read(
      String surveyMissing, String bonusMax, String penaltyMax, List<InputProblem> problems) {
    return new SetRules(
        missing(surveyMissing, problems),
        cap(bonusMax, "bonusMax", problems),
        cap(penaltyMax, "penaltyMax", problems));
  }

  private static SurveyMissing missing(String raw, List<InputProblem> problems) {
    String text = Text.lineOrNull(raw);
    if (text == null) {
      return SurveyMissing.ZERO;
    }
    String folded = TableColumns.fold(text);
    if (folded.equals("zero") || folded.equals("0") || folded.equals("khong")) {
      return SurveyMissing.ZERO;
    }
    if (folded.equals("rescale") || folded.equals("quy doi")) {
      return SurveyMissing.RESCALE;
    }
    problems.add(InputProblem.of(0, "surveyMissing", "framework.rules.surveyMissing", text));
    return SurveyMissing.ZERO;
  }

  private static BigDecimal cap(String raw, String field, List<InputProblem> problems) {
    Optional<BigDecimal> value = Decimals.read(raw, 0, field, problems);
    if (value.isPresent() && value.get().signum() < 0) {
      problems.add(InputProblem.of(0, field, "framework.rules.cap", Text.clean(raw)));
      return BigDecimal.ZERO;
    }
    return value.orElse(BigDecimal.ZERO);
  }

  /** The setting as the files write it: "zero" or "rescale". */
  public String surveyMissingCode() {
    return surveyMissing.name().toLowerCase(Locale.ROOT);
  }
}
