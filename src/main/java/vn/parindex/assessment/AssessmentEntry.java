package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;

/**
 * The scores recorded for one criterion. On a leaf, {@code points} are the points achieved and
 * {@code input} what they were scored from; on an area or criterion with children, {@code points}
 * is the subtotal the table reported (kept beside the computed one, never replacing it). {@code
 * sourceText} and {@code sourceRow} say where it was read from.
 */
public record AssessmentEntry(
    CriterionCode code,
    BigDecimal points,
    ScoreInput input,
    String reason,
    String measure,
    String note,
    String sourceText,
    Integer sourceRow) {

  public AssessmentEntry {
    Objects.requireNonNull(code);
    input = input == null ? ScoreInput.none() : input;
  }

  public static AssessmentEntry ofPoints(CriterionCode code, BigDecimal points) {
    return new AssessmentEntry(code, points, ScoreInput.none(), null, null, null, null, null);
  }

  public AssessmentEntry withPoints(BigDecimal newPoints) {
    return new AssessmentEntry(
        code, newPoints, input, reason, measure, note, sourceText, sourceRow);
  }

  public AssessmentEntry withRemarks(String newReason, String newMeasure, String newNote) {
    return new AssessmentEntry(
        code, points, input, newReason, newMeasure, newNote, sourceText, sourceRow);
  }
}
