package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The checker on a stored assessment of a unit with one-stop dossiers in its year: the stated rate
 * of a leaf fed by them is compared with their figure; a unit without dossiers gets no finding.
 */
@SpringBootTest
@ActiveProfiles("test")
class DossierFindingsTest {

  @Autowired AssessmentQueries queries;
  @Autowired Assessments assessments;
  @Autowired CriteriaSets sets;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void aStatedRateOtherThanTheDossiersOfTheYearIsAFinding() {
    long set = sourcedSet();
    Unit withDossiers = commune("DF-A");
    Unit without = commune("DF-B");
    for (int i = 1; i <= 8; i++) {
      paid(withDossiers, "HS-" + i, i <= 6);
    }
    long a = stated(withDossiers, set, "95");
    long b = stated(without, set, "95");

    List<Finding> found =
        queries.findings(a).stream()
            .filter(f -> f.kind() == Finding.Kind.DOSSIER_MISMATCH)
            .toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).code()).isEqualTo("2.3");
    assertThat(found.get(0).args()).containsExactly("2.3", "95", "75", "6", "8", "2024");
    assertThat(queries.findings(b)).noneMatch(f -> f.kind() == Finding.Kind.DOSSIER_MISMATCH);
  }

  private long stated(Unit unit, long set, String rate) {
    AssessmentEntry entry =
        new AssessmentEntry(
            CriterionCode.of("2.3"),
            new BigDecimal("3"),
            ScoreInput.ofRate(new BigDecimal(rate)),
            null,
            null,
            null,
            null,
            null);
    return assessments
        .save(
            TestActors.fixture(),
            new Assessment(
                null,
                unit.id(),
                2024,
                set,
                AssessmentStage.SELF,
                null,
                null,
                null,
                null,
                List.of(entry)))
        .id();
  }

  private Unit commune(String code) {
    return units.save(
        new Unit(null, code, "Xã " + code, UnitType.COMMUNE, null, null, null, false));
  }

  private void paid(Unit unit, String code, boolean online) {
    LocalDateTime received = LocalDateTime.of(2024, 3, 4, 8, 0);
    jdbc.sql(
            "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                + " status, channel, digitised, paid_online, fee_total, e_result,"
                + " supplement_count, content_hash, synced_at)"
                + " values (?, ?, 'LP-1', ?, 2024, 4, 2, false, ?, 20000, false, 0, 'x', ?)")
        .params(unit.id(), code, received, online, received)
        .update();
  }

  private long sourcedSet() {
    return sets.save(
            CriteriaSet.create(
                null,
                "Bộ chỉ số có nguồn số liệu",
                2024,
                UnitType.COMMUNE,
                sets.nextVersion(2024, UnitType.COMMUNE),
                true,
                "test",
                List.of(
                    new Criterion(
                        CriterionCode.of("2"), "Thủ tục hành chính", new BigDecimal("3"), null, 1),
                    new Criterion(
                        CriterionCode.of("2.3"),
                        "Thanh toán trực tuyến",
                        new BigDecimal("3"),
                        new Scoring.Threshold(new BigDecimal("50")),
                        2,
                        "ONLINE_PAYMENT")),
                List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))))
        .id();
  }
}
