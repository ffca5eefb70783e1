package vn.parindex.assessment.imports;

import java.math.BigDecimal;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;

/**
 * An appendix table to import for a unit (by code) and year, optionally against a given criteria
 * set; {@code statedLoss} and the rank override what a Word document's text says. When the unit
 * already has scores for that year and round, {@code replace} must be given to make this table the
 * new version, and {@code seenCurrentId} (optional) names the version the user was shown.
 */
public record ImportCommand(
    String unitCode,
    int year,
    Long frameworkId,
    AssessmentStage stage,
    String fileName,
    byte[] content,
    BigDecimal statedLoss,
    StatedRank statedRank,
    boolean replace,
    Long seenCurrentId) {

  /** A first upload: refused (409) when the unit already has scores for that year and round. */
  public ImportCommand(
      String unitCode,
      int year,
      Long frameworkId,
      AssessmentStage stage,
      String fileName,
      byte[] content,
      BigDecimal statedLoss,
      StatedRank statedRank) {
    this(
        unitCode, year, frameworkId, stage, fileName, content, statedLoss, statedRank, false, null);
  }

  /** The same command, replacing the version the user saw. */
  public ImportCommand replacing(Long seenId) {
    return new ImportCommand(
        unitCode,
        year,
        frameworkId,
        stage,
        fileName,
        content,
        statedLoss,
        statedRank,
        true,
        seenId);
  }
}
