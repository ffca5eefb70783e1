package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;

/**
 * An assessment row without its entries, as a ranking first reads it, with its unit's code and name
 * and what the database summed of its entries: the points lost on leaves that record points ({@code
 * lost}, null when it has no entries) and whether some entry needs reading ({@code needsEntries}: a
 * leaf scored from inputs, an area subtotal).
 */
record RankingHeader(
    long id,
    long unitId,
    long setId,
    AssessmentStage stage,
    BigDecimal reportedTotal,
    BigDecimal statedLoss,
    String sourceName,
    LocalDateTime createdAt,
    String unitCode,
    String unitName,
    BigDecimal lost,
    boolean needsEntries) {

  Assessment toAssessment(int year, List<AssessmentEntry> entries) {
    return new Assessment(
        id, unitId, year, setId, stage, reportedTotal, statedLoss, sourceName, createdAt, entries);
  }
}
