package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.input.DecimalText;
import vn.parindex.unit.UnitType;

/** A stated rate of a leaf fed by the dossiers, against the dossiers' figure of the year. */
class DossierCheckTest {

  private static final Map<String, IndicatorFigure> PAID =
      Map.of("ONLINE_PAYMENT", new IndicatorFigure(IndicatorCode.ONLINE_PAYMENT, 690, 760));

  private static Scorecard card(ScoreInput input, String reason) {
    Criterion area = new Criterion(CriterionCode.of("2"), "Thủ tục", new BigDecimal("3"), null, 1);
    Criterion leaf =
        new Criterion(
            CriterionCode.of("2.3"),
            "Thanh toán trực tuyến",
            new BigDecimal("3"),
            new Scoring.Threshold(new BigDecimal("50")),
            2,
            "ONLINE_PAYMENT");
    CriteriaSet set =
        CriteriaSet.create(
            1L, "s", 2025, UnitType.COMMUNE, 1, true, null, List.of(area, leaf), List.of());
    AssessmentEntry entry =
        new AssessmentEntry(
            CriterionCode.of("2.3"), new BigDecimal("3"), input, reason, null, null, null, null);
    Assessment a =
        new Assessment(
            1L, 7, 2025, 1, AssessmentStage.SELF, null, null, null, null, List.of(entry));
    return Scorecard.of(set, a);
  }

  private static String vietnamese(Finding f) {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/assessment");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    Locale vi = Locale.forLanguageTag("vi");
    return source.getMessage(f.messageKey(), DecimalText.figures(f.args(), 1, vi), vi);
  }

  @Test
  void aTypedRateOtherThanTheDossiersIsAFindingWithTheirCounts() {
    List<Finding> found =
        DossierCheck.check(card(ScoreInput.ofRate(new BigDecimal("95")), null), PAID, 2025);
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.kind()).isEqualTo(Finding.Kind.DOSSIER_MISMATCH);
    assertThat(f.code()).isEqualTo("2.3");
    assertThat(vietnamese(f))
        .isEqualTo(
            "Tiêu chí 2.3: tỷ lệ kê khai 95% khác số liệu hồ sơ một cửa năm 2025: 90,79% (690/760"
                + " hồ sơ).");
  }

  @Test
  void theDossiersOwnRatioOrARateAtItsPrecisionIsNoFinding() {
    assertThat(
            DossierCheck.check(
                card(ScoreInput.ofRatio(new BigDecimal("690"), new BigDecimal("760")), null),
                PAID,
                2025))
        .isEmpty();
    // 690/760 = 90.789…%: "90,8%" in a table states it well
    assertThat(DossierCheck.check(card(ScoreInput.none(), "Đạt 90,8%"), PAID, 2025)).isEmpty();
  }

  @Test
  void aRateReadFromTheReasonIsCheckedToo() {
    assertThat(DossierCheck.check(card(ScoreInput.none(), "Đạt 99,6%"), PAID, 2025))
        .extracting(Finding::kind)
        .containsExactly(Finding.Kind.DOSSIER_MISMATCH);
  }

  @Test
  void withoutDossiersInTheYearNothingIsSaid() {
    Map<String, IndicatorFigure> none =
        Map.of("ONLINE_PAYMENT", new IndicatorFigure(IndicatorCode.ONLINE_PAYMENT, 0, 0));
    assertThat(DossierCheck.check(card(ScoreInput.ofRate(new BigDecimal("95")), null), none, 2025))
        .isEmpty();
  }
}
