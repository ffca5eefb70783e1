package vn.parindex.assessment.ranking;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;

/** An assessment row without its entries, as a ranking first reads it. */
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
    LocalDateTime createdAt) {

  Assessment toAssessment(int year, List<AssessmentEntry> entries) {
    return new Assessment(
        id, unitId, year, setId, stage, reportedTotal, statedLoss, sourceName, createdAt, entries);
  }
}
