package vn.parindex.assessment.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Scorecard;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The leaf losses are summed from what each entry stores of its criterion, without the criteria: on
 * a three-level set (entries on inner criteria and on codes the set does not have are ignored), the
 * totals are the scorecard's; entries written outside the app, without it, are read in full and
 * give the same totals, never the set's maximum.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class RankingStoredCriterionTest {

  @Autowired Rankings rankings;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired JdbcClient jdbc;

  @Test
  void totalsAreTheScorecardsWithTheCriterionStoredOrNot() {
    Unit province =
        units.save(new Unit(null, "RSC", "Tỉnh", UnitType.PROVINCE, null, null, null, false));
    CriteriaSet set =
        sets.save(
            CriteriaSet.create(
                null,
                "Bộ ba tầng",
                2021,
                UnitType.COMMUNE,
                1,
                false,
                "test",
                List.of(
                    criterion("1", "10", null),
                    criterion("1.1", "5", null),
                    criterion("1.1.1", "2.5", null),
                    criterion("1.1.2", "2.5", null),
                    criterion("1.2", "5", new Scoring.Binary()),
                    criterion("2", "20", null),
                    criterion("2.1", "20", null)),
                List.of()));
    List<AssessmentEntry> entries =
        List.of(
            points("1.1", "1"),
            points("1.1.1", "0.5"),
            points("1.2", "5"),
            points("2.1", "12.25"),
            points("9.9", "3"));
    Assessment stored = save(unit(province, "RSC-1"), set, entries);
    Assessment outside = save(unit(province, "RSC-2"), set, entries);
    jdbc.sql(
            "update assessment_entry set criterion_kind = null, leaf_max = null where assessment_id = ?")
        .param(outside.id())
        .update();
    save(unit(province, "RSC-3"), set, List.of(points("9.9", "3")));
    BigDecimal expected =
        Scorecard.of(set, assessments.findById(stored.id()).orElseThrow()).total();
    assertThat(expected).isEqualByComparingTo("20.25");

    Map<String, RankingRow> rows =
        rankings.rank(province.id(), 2021).stream()
            .collect(Collectors.toMap(RankingRow::unitCode, Function.identity()));
    assertThat(rows.get("RSC-1").total()).isEqualByComparingTo(expected);
    assertThat(rows.get("RSC-2").total()).isEqualByComparingTo(expected);
    assertThat(rows.get("RSC-3").total()).isEqualByComparingTo("30");
    assertThat(rows.get("RSC-1").rank()).isEqualTo(2);
    assertThat(rows.get("RSC-2").rank()).isEqualTo(2);
    assertThat(rows.get("RSC-3").rank()).isEqualTo(1);
  }

  private Assessment save(Unit unit, CriteriaSet set, List<AssessmentEntry> entries) {
    return assessments.save(
        TestActors.fixture(),
        new Assessment(
            null,
            unit.id(),
            2021,
            set.id(),
            AssessmentStage.PUBLISHED,
            null,
            null,
            "t",
            null,
            entries));
  }

  private Unit unit(Unit province, String code) {
    return units.save(
        new Unit(null, code, "Xã " + code, UnitType.COMMUNE, province.id(), null, null, false));
  }

  private static Criterion criterion(String code, String max, ScoringMethod method) {
    return new Criterion(CriterionCode.of(code), code, new BigDecimal(max), method, 0);
  }

  private static AssessmentEntry points(String code, String points) {
    return AssessmentEntry.ofPoints(CriterionCode.of(code), new BigDecimal(points));
  }
}
