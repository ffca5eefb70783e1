package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Every way an entry is written (a whole assessment saved, one entry edited with or without the
 * version seen, many assessments saved at once as a publication does) stores what its criterion is
 * in the assessment's set, exactly as the ranking's join on the criteria read it (a leaf with its
 * maximum, an area, or neither: an inner criterion, a code the set does not have).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class EntryCriterionStoredTest {

  @Autowired Assessments assessments;
  @Autowired AssessmentBatches batches;
  @Autowired CriteriaSets sets;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  long setId;
  Unit province;

  @BeforeEach
  void setUp() {
    province =
        units.save(new Unit(null, "ECS", "Tỉnh", UnitType.PROVINCE, null, null, null, false));
    setId =
        sets.save(
                CriteriaSet.create(
                    null,
                    "Bộ ba tầng",
                    2024,
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
                    List.of()))
            .id();
  }

  @Test
  void aSavedAssessmentStoresWhatEachEntrysCriterionIs() {
    Assessment saved =
        assessments.save(
            TestActors.fixture(),
            assessment(
                commune("ECS-1"),
                AssessmentStage.SELF,
                List.of(
                    points("1", "8.5"),
                    points("1.1", "4"),
                    points("1.1.1", "2"),
                    new AssessmentEntry(
                        CriterionCode.of("1.2"),
                        null,
                        ScoreInput.ofDone(true),
                        null,
                        null,
                        null,
                        null,
                        null),
                    points("9.9", "1"))));
    assertThat(stored(saved.id()))
        .containsExactly("1:2:-", "1.1:0:-", "1.1.1:1:2.5", "1.2:1:5", "9.9:0:-");
    assertThat(unlikeTheCriteria()).isZero();
  }

  @Test
  void anEditedEntryStoresItToo() {
    Assessment saved =
        assessments.save(
            TestActors.fixture(),
            assessment(commune("ECS-2"), AssessmentStage.SELF, List.of(points("1.1.1", "1"))));
    int seen = assessments.version(saved.id()).orElseThrow();
    assertThat(assessments.saveEntry(TestActors.fixture(), saved.id(), points("2.1", "7"), seen))
        .isTrue();
    assessments.saveEntry(TestActors.fixture(), saved.id(), points("2", "15"));
    assessments.saveEntry(TestActors.fixture(), saved.id(), points("1.1.1", "2.5"));
    assertThat(stored(saved.id())).containsExactly("1.1.1:1:2.5", "2:2:-", "2.1:1:20");
    assertThat(unlikeTheCriteria()).isZero();
  }

  @Test
  void assessmentsSavedAtOnceStoreItForEveryEntry() {
    Unit replaced = commune("ECS-3");
    assessments.save(
        TestActors.fixture(),
        assessment(replaced, AssessmentStage.PUBLISHED, List.of(points("1.2", "5"))));
    List<Assessment> stored =
        batches.saveAll(
            TestActors.fixture(),
            List.of(
                assessment(
                    commune("ECS-4"),
                    AssessmentStage.PUBLISHED,
                    List.of(points("1.1.2", "2"), points("2", "18"), points("8", "1"))),
                assessment(
                    replaced,
                    AssessmentStage.PUBLISHED,
                    List.of(points("1.2", "0"), points("1.1", "5")))));
    assertThat(stored(stored.get(0).id())).containsExactly("1.1.2:1:2.5", "2:2:-", "8:0:-");
    assertThat(stored(stored.get(1).id())).containsExactly("1.1:0:-", "1.2:1:5");
    assertThat(unlikeTheCriteria()).isZero();
  }

  /** code:kind:leaf maximum ("-" for none) of each stored entry, by code. */
  private List<String> stored(long assessmentId) {
    List<String> rows = new ArrayList<>();
    jdbc.sql(
            "select code, criterion_kind, leaf_max from assessment_entry where assessment_id = ?"
                + " order by code")
        .param(assessmentId)
        .query(
            rs -> {
              BigDecimal max = rs.getBigDecimal(3);
              rows.add(
                  rs.getString(1)
                      + ":"
                      + rs.getObject(2, Integer.class)
                      + ":"
                      + (max == null ? "-" : max.stripTrailingZeros().toPlainString()));
            });
    return rows;
  }

  /** Entries whose stored kind or maximum is not what the join on their criterion says. */
  private int unlikeTheCriteria() {
    return jdbc.sql(
            "select count(*) from assessment_entry e join assessment a on a.id = e.assessment_id"
                + " left join criterion c on c.set_id = a.set_id and c.code = e.code"
                + " where e.criterion_kind is null"
                + " or e.criterion_kind <> case when c.method is not null then 1"
                + " when c.id is not null and c.parent_code is null then 2 else 0 end"
                + " or coalesce(e.leaf_max, -1) <> case when c.method is not null"
                + " then c.max_points else -1 end")
        .query(Integer.class)
        .single();
  }

  private Unit commune(String code) {
    return units.save(
        new Unit(null, code, "Xã " + code, UnitType.COMMUNE, province.id(), null, null, false));
  }

  private Assessment assessment(Unit unit, AssessmentStage stage, List<AssessmentEntry> entries) {
    return new Assessment(
        null,
        unit.id(),
        2024,
        setId,
        stage,
        null,
        null,
        "test",
        LocalDateTime.of(2025, 1, 15, 8, 0),
        entries);
  }

  private static Criterion criterion(String code, String max, ScoringMethod method) {
    return new Criterion(CriterionCode.of(code), code, new BigDecimal(max), method, 0);
  }

  private static AssessmentEntry points(String code, String points) {
    return AssessmentEntry.ofPoints(CriterionCode.of(code), new BigDecimal(points));
  }
}
