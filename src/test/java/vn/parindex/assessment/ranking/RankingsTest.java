package vn.parindex.assessment.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Scorecard;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class RankingsTest {

  @Autowired Rankings rankings;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;

  Unit province;
  Unit a;
  Unit b;
  Unit c;
  Unit d;
  long set2023;
  long set2024;

  @BeforeEach
  void setUp() {
    province = units.save(unit("RT", "Tỉnh Thử", UnitType.PROVINCE, null));
    a = commune("RT-A", "Xã A");
    b = commune("RT-B", "Xã B");
    Unit old1 = commune("RT-O1", "Xã Cũ Một");
    Unit old2 = commune("RT-O2", "Xã Cũ Hai");
    Unit old3 = commune("RT-O3", "Xã Cũ Ba");
    c = commune("RT-C", "Xã C");
    d = commune("RT-D", "Xã D");
    units.link(new Lineage(old1.id(), c.id(), LineageKind.RENAMED, LocalDate.of(2024, 1, 1)));
    units.link(new Lineage(old2.id(), d.id(), LineageKind.MERGED, LocalDate.of(2024, 1, 1)));
    units.link(new Lineage(old3.id(), d.id(), LineageKind.MERGED, LocalDate.of(2024, 1, 1)));
    set2023 = saveSet(2023);
    set2024 = saveSet(2024);
    published(a, 2023, set2023, "90");
    published(b, 2023, set2023, "85");
    published(old1, 2023, set2023, "80");
    published(old2, 2023, set2023, "70");
    published(old3, 2023, set2023, "60");
    published(a, 2024, set2024, "80");
    published(b, 2024, set2024, "95");
    published(c, 2024, set2024, "85");
    published(d, 2024, set2024, "85.001");
    assessments.save(
        vn.parindex.support.TestActors.fixture(),
        assessment(a, 2024, set2024, AssessmentStage.SELF, "99"));
  }

  @Test
  void ranksPeersWithTiesOnPublishedAssessments() {
    List<RankingRow> rows = rankings.rank(province.id(), 2024);
    assertThat(rows)
        .extracting(RankingRow::unitCode)
        .containsExactly("RT-B", "RT-C", "RT-D", "RT-A");
    assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 2, 4);
    assertThat(byCode(rows).get("RT-A").total()).isEqualByComparingTo("80");
  }

  @Test
  void bandComesFromTheCriteriaSet() {
    Map<String, RankingRow> rows = byCode(rankings.rank(province.id(), 2024));
    assertThat(rows.get("RT-B").band()).isEqualTo("Xuất sắc");
    assertThat(rows.get("RT-A").band()).isEqualTo("Tốt");
    assertThat(rows.get("RT-B").percent()).isEqualByComparingTo("95");
  }

  @Test
  void changeComparesWithTheUnitsOwnRankLastYear() {
    Map<String, RankingRow> rows = byCode(rankings.rank(province.id(), 2024));
    assertThat(rows.get("RT-B").previousRank()).isEqualTo(2);
    assertThat(rows.get("RT-B").change()).isEqualTo(1);
    assertThat(rows.get("RT-A").change()).isEqualTo(-3);
  }

  @Test
  void renamedUnitTakesItsPredecessorsRank() {
    RankingRow renamed = byCode(rankings.rank(province.id(), 2024)).get("RT-C");
    assertThat(renamed.previousRank()).isEqualTo(3);
    assertThat(renamed.change()).isEqualTo(1);
    assertThat(renamed.noteKey()).isNull();
  }

  @Test
  void unitMergedFromSeveralHasNoChangeAndANote() {
    RankingRow merged = byCode(rankings.rank(province.id(), 2024)).get("RT-D");
    assertThat(merged.change()).isNull();
    assertThat(merged.previousRank()).isNull();
    assertThat(merged.noteKey()).isEqualTo("ranking.note.merged");
  }

  @Test
  void rankOfPlacesTheGivenAssessmentAmongItsPeers() {
    Assessment better = assessment(a, 2024, set2024, AssessmentStage.APPRAISAL_1, "96");
    UnitRank rank = rankings.rankOf(better).orElseThrow();
    assertThat(rank.rank()).isEqualTo(1);
    assertThat(rank.of()).isEqualTo(4);
    assertThat(rank.change()).isEqualTo(0);
    assertThat(rank.band()).isEqualTo("Xuất sắc");
  }

  @Test
  void rankOfKeepsTheStatedChangeOnlyWhenItHasNoLastYearAndAgreesWithTheStatedRank() {
    Unit fresh = commune("RT-N", "Xã Mới");
    Assessment stated =
        assessment(fresh, 2024, set2024, AssessmentStage.PUBLISHED, "81")
            .withStatedRank(new vn.parindex.assessment.StatedRank(4, 5, 3));
    UnitRank rank = rankings.rankOf(stated).orElseThrow();
    assertThat(rank.rank()).isEqualTo(4);
    assertThat(rank.of()).isEqualTo(5);
    assertThat(rank.change()).isEqualTo(3);
    Assessment disagrees =
        assessment(fresh, 2024, set2024, AssessmentStage.PUBLISHED, "81")
            .withStatedRank(new vn.parindex.assessment.StatedRank(2, 5, 3));
    assertThat(rankings.rankOf(disagrees).orElseThrow().change()).isNull();
    Assessment comparable =
        assessment(b, 2024, set2024, AssessmentStage.PUBLISHED, "95")
            .withStatedRank(new vn.parindex.assessment.StatedRank(1, 4, 7));
    assertThat(rankings.rankOf(comparable).orElseThrow().change()).isEqualTo(1);
  }

  @Test
  void rankOfIsEmptyForAUnitWithoutPeers() {
    Unit lonely = units.save(unit("RT-L", "Huyện Lẻ", UnitType.DISTRICT, null));
    Unit only = units.save(unit("RT-L1", "Xã Lẻ", UnitType.COMMUNE, lonely.id()));
    assertThat(rankings.rankOf(assessment(only, 2024, set2024, AssessmentStage.SELF, "50")))
        .isEmpty();
    assertThat(rankings.rankOf(assessment(province, 2024, set2024, AssessmentStage.SELF, "50")))
        .isEmpty();
  }

  @Test
  void totalsFromTheDatabaseMatchTheScorecardWhicheverPathTheyTake() {
    Unit district = units.save(unit("RT-T", "Huyện Cây", UnitType.DISTRICT, null));
    CriteriaSet set =
        sets.save(
            CriteriaSet.create(
                null,
                "Cây",
                2022,
                UnitType.COMMUNE,
                1,
                false,
                "test",
                List.of(
                    criterion("1", "10", null),
                    criterion("1.1", "5", null),
                    criterion("1.2", "5", new vn.parindex.framework.Scoring.Binary()),
                    criterion("2", "20", null),
                    criterion("2.1", "10", null),
                    criterion("2.2", "10", null),
                    criterion("3", "5", null)),
                List.of()));
    List<List<AssessmentEntry>> cases =
        List.of(
            List.of(points("1.1", "3"), points("2.2", "1")),
            List.of(points("1", "4"), points("2.1", "2")),
            List.of(
                new AssessmentEntry(
                    CriterionCode.of("1.2"),
                    null,
                    vn.parindex.framework.ScoreInput.ofDone(false),
                    null,
                    null,
                    null,
                    null,
                    null),
                points("2.1", "9.5")),
            List.of(),
            List.of(points("9", "1"), points("3", "2"), points("2", "11")));
    Map<String, BigDecimal> expected = new java.util.HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      Unit u = units.save(unit("RT-T" + i, "Xã " + i, UnitType.COMMUNE, district.id()));
      Assessment saved =
          assessments.save(
              vn.parindex.support.TestActors.fixture(),
              new Assessment(
                  null,
                  u.id(),
                  2022,
                  set.id(),
                  AssessmentStage.SELF,
                  null,
                  null,
                  "t",
                  null,
                  cases.get(i)));
      expected.put(
          u.code(), Scorecard.of(set, assessments.findById(saved.id()).orElseThrow()).total());
    }
    Map<String, RankingRow> rows = byCode(rankings.rank(district.id(), 2022));
    expected.forEach(
        (code, total) -> assertThat(rows.get(code).total()).as(code).isEqualByComparingTo(total));
    assertThat(rows.get("RT-T0").total()).isEqualByComparingTo("24");
    assertThat(rows.get("RT-T3").total()).isEqualByComparingTo("35");
  }

  private static Criterion criterion(
      String code, String max, vn.parindex.framework.ScoringMethod method) {
    return new Criterion(CriterionCode.of(code), code, new BigDecimal(max), method, 0);
  }

  private static AssessmentEntry points(String code, String points) {
    return AssessmentEntry.ofPoints(CriterionCode.of(code), new BigDecimal(points));
  }

  private Map<String, RankingRow> byCode(List<RankingRow> rows) {
    return rows.stream().collect(Collectors.toMap(RankingRow::unitCode, Function.identity()));
  }

  private Unit commune(String code, String name) {
    return units.save(unit(code, name, UnitType.COMMUNE, province.id()));
  }

  private static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }

  private long saveSet(int year) {
    CriteriaSet set =
        CriteriaSet.create(
            null,
            "Bộ thử " + year,
            year,
            UnitType.COMMUNE,
            1,
            false,
            "test",
            List.of(
                new Criterion(CriterionCode.of("1"), "Lĩnh vực 1", new BigDecimal("100"), null, 1)),
            List.of(
                new ClassificationBand(new BigDecimal("90"), "Xuất sắc"),
                new ClassificationBand(new BigDecimal("80"), "Tốt"),
                new ClassificationBand(BigDecimal.ZERO, "Khá")));
    return sets.save(set).id();
  }

  private void published(Unit unit, int year, long setId, String total) {
    assessments.save(
        vn.parindex.support.TestActors.fixture(),
        assessment(unit, year, setId, AssessmentStage.PUBLISHED, total));
  }

  private static Assessment assessment(
      Unit unit, int year, long setId, AssessmentStage stage, String total) {
    return new Assessment(
        null, unit.id(), year, setId, stage, new BigDecimal(total), null, "test", null, List.of());
  }
}
