package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;

/**
 * An assessment row without its entries, as a ranking first reads it, with the points its leaves
 * lost as the database summed them: {@code lost} (zero when it has no entries; null when it has a
 * reported total, which stands instead) and {@code needsEntries} when it has entries the sum cannot
 * stand for, so its entries must be read and scored in full.
 */
record RankingHeader(
    long id,
    long unitId,
    String unitCode,
    String unitName,
    long setId,
    AssessmentStage stage,
    BigDecimal reportedTotal,
    BigDecimal statedLoss,
    String sourceName,
    LocalDateTime createdAt,
    BigDecimal lost,
    boolean needsEntries) {

  /** This header with the sum of its leaf losses. */
  RankingHeader withLeafSum(BigDecimal lost, boolean needsEntries) {
    return new RankingHeader(
        id,
        unitId,
        unitCode,
        unitName,
        setId,
        stage,
        reportedTotal,
        statedLoss,
        sourceName,
        createdAt,
        lost,
        needsEntries);
  }

  Assessment toAssessment(int year, List<AssessmentEntry> entries) {
    return new Assessment(
        id, unitId, year, setId, stage, reportedTotal, statedLoss, sourceName, createdAt, entries);
  }
}
