package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;

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

  /** The longest texts an entry stores, as the columns of {@code assessment_entry} allow. */
  static final int LONG_TEXT = 4000;

  static final int NOTE = 2000;

  /** Refuses values beyond what an entry can store, naming the field and the row it came from. */
  public AssessmentEntry {
    Objects.requireNonNull(code);
    input = input == null ? ScoreInput.none() : input;
    int row = sourceRow == null ? 0 : sourceRow;
    List<InputProblem> problems = new ArrayList<>();
    Bounds.number(points, row, "assessment.audit.points", problems);
    Bounds.number(input.rate(), row, "assessment.audit.points", problems);
    Bounds.text(reason, LONG_TEXT, row, "assessment.audit.reason", problems);
    Bounds.text(measure, LONG_TEXT, row, "assessment.audit.measure", problems);
    Bounds.text(note, NOTE, row, "assessment.audit.note", problems);
    Bounds.text(sourceText, LONG_TEXT, row, "assessment.view.content", problems);
    Bounds.check(problems);
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
