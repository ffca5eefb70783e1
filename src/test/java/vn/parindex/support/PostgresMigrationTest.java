package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** numeric(10,4) gives back 18.6100: decimals are compared by value, not by scale. */
@PostgresTest
class PostgresMigrationTest {

  private static final String AREA = "Công tác chỉ đạo, điều hành cải cách hành chính";

  @Autowired JdbcClient jdbc;
  @Autowired Units units;
  @Autowired CriteriaSets criteriaSets;
  @Autowired Assessments assessments;

  @Test
  void flywayMigratesAFreshSchemaOnPostgresql() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL");
    assertThat(jdbc.sql("select current_schema()").query(String.class).single()).startsWith("t_");
    List<String> applied =
        jdbc.sql(
                "select version from flyway_schema_history where success and version is not null"
                    + " order by installed_rank")
            .query(String.class)
            .list();
    assertThat(applied).startsWith("1", "2", "3");
  }

  @Test
  void repositoriesRoundTripExactDecimalsAndVietnameseText() {
    String province = nfc("Tỉnh Quảng Trị");
    Unit parent =
        units.save(new Unit(null, "pg-44", province, UnitType.PROVINCE, null, null, null, false));
    Unit commune =
        units.save(
            new Unit(
                null,
                "pg-19165",
                nfc("Vĩnh Chấp"),
                UnitType.COMMUNE,
                parent.id(),
                LocalDate.of(2025, 7, 1),
                null,
                true));
    assertThat(units.findByCode("pg-44").orElseThrow().name()).isEqualTo(province);
    assertThat(units.children(parent.id())).extracting(Unit::name).containsExactly("Vĩnh Chấp");

    CriteriaSet saved = criteriaSets.save(sampleSet());
    CriteriaSet loaded = criteriaSets.findById(saved.id()).orElseThrow();
    assertThat(loaded.find(CriterionCode.of("1")).orElseThrow().name()).isEqualTo(nfc(AREA));
    assertThat(loaded.totalMax()).isEqualByComparingTo("18.61");
    for (Criterion original : saved.criteria()) {
      Criterion back = loaded.find(original.code()).orElseThrow();
      assertThat(back.maxPoints()).isEqualByComparingTo(original.maxPoints());
      assertThat(back.methodOrManual().kind()).isEqualTo(original.methodOrManual().kind());
    }
    ScoringMethod proportional = loaded.find(CriterionCode.of("1.2")).orElseThrow().method();
    assertThat(proportional.score(new BigDecimal("1"), ScoreInput.ofRate(new BigDecimal("90.78"))))
        .hasValueSatisfying(points -> assertThat(points).isEqualByComparingTo("0.9078"));
    ScoringMethod bands = loaded.find(CriterionCode.of("1.3")).orElseThrow().method();
    assertThat(bands.score(new BigDecimal("2"), ScoreInput.ofRate(new BigDecimal("80"))))
        .hasValueSatisfying(points -> assertThat(points).isEqualByComparingTo("1.5"));
    assertThat(loaded.classify(new BigDecimal("80.5"))).contains(nfc("Tốt"));

    String reason = nfc("Chưa hoàn thành 2/13 nhiệm vụ; tỷ lệ 90,78%");
    Assessment assessment =
        assessments.save(
            vn.parindex.support.TestActors.fixture(),
            new Assessment(
                null,
                commune.id(),
                2024,
                saved.id(),
                AssessmentStage.PUBLISHED,
                new BigDecimal("18.61"),
                new BigDecimal("0.0922"),
                nfc("bảng điểm.csv"),
                null,
                List.of(
                    new AssessmentEntry(
                        CriterionCode.of("1.2"),
                        new BigDecimal("0.9078"),
                        ScoreInput.ofRate(new BigDecimal("90.78")),
                        reason,
                        nfc("Rà soát, bổ sung kịp thời"),
                        null,
                        "0,9078",
                        4))));
    Assessment back = assessments.findById(assessment.id()).orElseThrow();
    assertThat(back.reportedTotal()).isEqualByComparingTo("18.61");
    assertThat(back.statedLoss()).isEqualByComparingTo("0.0922");
    AssessmentEntry entry = back.entry(CriterionCode.of("1.2")).orElseThrow();
    assertThat(entry.points()).isEqualByComparingTo("0.9078");
    assertThat(entry.input().rate()).isEqualByComparingTo("90.78");
    assertThat(entry.reason()).isEqualTo(reason);
    assertThat(Normalizer.isNormalized(entry.reason(), Normalizer.Form.NFC)).isTrue();
    assertThat(entry.sourceRow()).isEqualTo(4);
  }

  private static CriteriaSet sampleSet() {
    List<Criterion> criteria =
        List.of(
            new Criterion(CriterionCode.of("1"), nfc(AREA), new BigDecimal("18.61"), null, 1),
            new Criterion(
                CriterionCode.of("1.1"),
                nfc("Kế hoạch cải cách hành chính năm"),
                new BigDecimal("15.61"),
                new Scoring.Binary(),
                2),
            new Criterion(
                CriterionCode.of("1.2"),
                nfc("Tỷ lệ hoàn thành nhiệm vụ"),
                new BigDecimal("1"),
                new Scoring.Proportional(new BigDecimal("50")),
                3),
            new Criterion(
                CriterionCode.of("1.3"),
                nfc("Mức độ hài lòng của người dân"),
                new BigDecimal("2"),
                new Scoring.RateBands(
                    List.of(
                        new Scoring.Band(
                            new BigDecimal("90"), true, null, false, new BigDecimal("2")),
                        new Scoring.Band(
                            new BigDecimal("70"),
                            true,
                            new BigDecimal("90"),
                            false,
                            new BigDecimal("1.5")))),
                4));
    return CriteriaSet.create(
        null,
        nfc("Bộ chỉ số CCHC cấp xã (kiểm thử PostgreSQL)"),
        2024,
        UnitType.COMMUNE,
        1,
        false,
        "test",
        criteria,
        List.of(
            new ClassificationBand(new BigDecimal("80"), nfc("Tốt")),
            new ClassificationBand(new BigDecimal("0"), nfc("Trung bình"))));
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
