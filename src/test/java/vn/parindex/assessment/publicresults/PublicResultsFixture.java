package vn.parindex.assessment.publicresults;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Province {@code prefix} with communes A (published 2024: 95, and a later appraisal at 10), B
 * (published 2024: 70, named like a formula), C (a self-assessment of 99 only), and 2023 published
 * results where B was first and A second. Province {@code prefix + "-D"} has only drafts.
 */
final class PublicResultsFixture {

  private PublicResultsFixture() {}

  static void create(
      String prefix, int version, Units units, CriteriaSets sets, Assessments assessments) {
    Unit province = units.save(unit(prefix, "Tỉnh Công Khai", UnitType.PROVINCE, null));
    Unit a = units.save(unit(prefix + "-A", "Xã Công Khai A", UnitType.COMMUNE, province.id()));
    Unit b = units.save(unit(prefix + "-B", "=Xã B", UnitType.COMMUNE, province.id()));
    Unit c = units.save(unit(prefix + "-C", "Xã Chưa Công Bố", UnitType.COMMUNE, province.id()));
    Unit drafts = units.save(unit(prefix + "-D", "Huyện Nháp", UnitType.DISTRICT, null));
    Unit d = units.save(unit(prefix + "-D1", "Xã Nháp", UnitType.COMMUNE, drafts.id()));
    long set2023 = set(sets, 2023, version);
    long set2024 = set(sets, 2024, version);
    save(assessments, a, 2023, set2023, AssessmentStage.PUBLISHED, "20", "20", "30");
    save(assessments, b, 2023, set2023, AssessmentStage.PUBLISHED, "30", "30", "40");
    save(assessments, a, 2024, set2024, AssessmentStage.PUBLISHED, "25", "30", "40");
    save(assessments, a, 2024, set2024, AssessmentStage.APPRAISAL_1, "5", "5", "0");
    save(assessments, b, 2024, set2024, AssessmentStage.PUBLISHED, "20", "20", "30");
    save(assessments, c, 2024, set2024, AssessmentStage.SELF, "30", "30", "39");
    save(assessments, d, 2024, set2024, AssessmentStage.APPRAISAL_2, "30", "30", "40");
  }

  static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }

  /** A set of 2 areas (60 and 40 points); {@code version} keeps it apart from other tests' sets. */
  static long set(CriteriaSets sets, int year, int version) {
    return sets.save(
            CriteriaSet.create(
                null,
                "Bộ công khai " + year,
                year,
                UnitType.COMMUNE,
                version,
                false,
                "test",
                List.of(
                    criterion("1", "Công tác chỉ đạo", "60", 1),
                    criterion("1.1", "Kế hoạch CCHC", "30", 2),
                    criterion("1.2", "Báo cáo CCHC", "30", 3),
                    criterion("2", "Thủ tục hành chính", "40", 4)),
                List.of(
                    new ClassificationBand(new BigDecimal("90"), "Xuất sắc"),
                    new ClassificationBand(new BigDecimal("80"), "Tốt"),
                    new ClassificationBand(BigDecimal.ZERO, "Khá"))))
        .id();
  }

  private static Criterion criterion(String code, String name, String max, int position) {
    return new Criterion(CriterionCode.of(code), name, new BigDecimal(max), null, position);
  }

  static void save(
      Assessments assessments,
      Unit unit,
      int year,
      long setId,
      AssessmentStage stage,
      String p11,
      String p12,
      String p2) {
    assessments.save(
        TestActors.fixture(),
        new Assessment(
            null,
            unit.id(),
            year,
            setId,
            stage,
            null,
            null,
            "test",
            null,
            List.of(points("1.1", p11), points("1.2", p12), points("2", p2))));
  }

  private static AssessmentEntry points(String code, String points) {
    return AssessmentEntry.ofPoints(CriterionCode.of(code), new BigDecimal(points));
  }
}
