package vn.parindex.assessment.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Scorecard;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.unit.UnitType;

class RankingTotalsTest {

  private final CriteriaSet set =
      CriteriaSet.create(
          1L,
          "t",
          2024,
          UnitType.COMMUNE,
          1,
          false,
          null,
          List.of(
              c("1", "40", null),
              c("1.1", "20", null),
              c("1.1.1", "10", null),
              c("1.1.2", "10", new Scoring.Proportional(null)),
              c("1.2", "20", new Scoring.Binary()),
              c("2", "60", null),
              c("2.1", "30", null),
              c("2.2", "30", null)),
          List.of(
              new ClassificationBand(new BigDecimal("90"), "Xuất sắc"),
              new ClassificationBand(BigDecimal.ZERO, "Khá")));

  @Test
  void totalsPercentAndBandMatchTheScorecard() {
    List<Assessment> cases =
        List.of(
            assessment(null),
            assessment(null, entry("1.1.1", "7.5"), entry("2.2", "29")),
            assessment(
                null,
                new AssessmentEntry(
                    CriterionCode.of("1.1.2"),
                    null,
                    ScoreInput.ofRate(new BigDecimal("37.5")),
                    null,
                    null,
                    null,
                    null,
                    null),
                new AssessmentEntry(
                    CriterionCode.of("1.2"),
                    null,
                    ScoreInput.ofDone(false),
                    null,
                    null,
                    null,
                    null,
                    null)),
            assessment(null, entry("1.1.1", "1"), entry("1", "39.99"), entry("2.1", "3")),
            assessment(new BigDecimal("88.888"), entry("2.1", "3")));
    RankingTotals totals = new RankingTotals(set);
    for (Assessment a : cases) {
      Scorecard card = Scorecard.of(set, a);
      BigDecimal total = totals.total(a);
      assertThat(total).isEqualByComparingTo(card.total());
      assertThat(totals.percent(total)).isEqualByComparingTo(card.percent());
      assertThat(totals.band(totals.percent(total))).isEqualTo(card.band().orElse(null));
      assertThat(totals.maxTotal()).isEqualByComparingTo(card.maxTotal());
    }
    assertThat(totals.total(cases.get(2))).isEqualByComparingTo("73.75");
  }

  private static Criterion c(String code, String max, vn.parindex.framework.ScoringMethod method) {
    return new Criterion(CriterionCode.of(code), code, new BigDecimal(max), method, 0);
  }

  private static AssessmentEntry entry(String code, String points) {
    return AssessmentEntry.ofPoints(CriterionCode.of(code), new BigDecimal(points));
  }

  private static Assessment assessment(BigDecimal reported, AssessmentEntry... entries) {
    return new Assessment(
        1L, 1, 2024, 1, AssessmentStage.PUBLISHED, reported, null, null, null, List.of(entries));
  }
}
