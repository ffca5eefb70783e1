package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A province's plans drafted at once, as a publication does: 168 communes × 80 leaves, each lost
 * line with its kind; a second call drafts nothing more. Prints the time it took.
 */
@PostgresTest
class PlanDraftsPostgresTest {

  private static final int UNITS = 168;
  private static final String OURS =
      "select count(*) from plan_line l join plan p on p.id = l.plan_id"
          + " join unit u on u.id = p.unit_id where u.code like 'PD-C%'";
  private static final int AREAS = 8;
  private static final int LEAVES = 10;

  @Autowired PlanDrafts drafts;
  @Autowired Assessments assessments;
  @Autowired CriteriaSets sets;
  @Autowired Units units;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @Test
  void aProvincesPlansAreDraftedInOneBatchOnceEach() {
    Unit province =
        units.save(new Unit(null, "PD-P", "Tỉnh Lô", UnitType.PROVINCE, null, null, null, false));
    long userId = Accounts.create(users, "pd.admin", "mat-khau-lo", province.id(), Role.ADMIN);
    Actor by =
        new Actor(
            new CurrentUser(
                userId, "pd.admin", "pd.admin", province.id(), null, Set.of(Role.ADMIN)),
            Instant.now());
    List<Criterion> nodes = new ArrayList<>();
    int position = 0;
    for (int a = 1; a <= AREAS; a++) {
      nodes.add(node(a + "", "Lĩnh vực " + a, "10", null, ++position));
      for (int l = 1; l <= LEAVES; l++) {
        nodes.add(
            node(a + "." + l, "Tiêu chí " + a + "." + l, "1", new Scoring.Manual(), ++position));
      }
    }
    CriteriaSet set =
        sets.save(
            CriteriaSet.create(
                null,
                "Bộ chỉ số lô",
                2034,
                UnitType.COMMUNE,
                sets.nextVersion(2034, UnitType.COMMUNE),
                false,
                "test",
                nodes,
                List.of(new ClassificationBand(BigDecimal.ZERO, "Trung bình"))));
    List<PlanDrafts.Request> requests = new ArrayList<>();
    for (int u = 1; u <= UNITS; u++) {
      Unit commune =
          units.save(
              new Unit(
                  null,
                  "PD-C" + u,
                  "Xã Lô " + u,
                  UnitType.COMMUNE,
                  province.id(),
                  null,
                  null,
                  false));
      List<AssessmentEntry> entries = new ArrayList<>();
      Map<String, List<String>> kinds = new HashMap<>();
      for (int a = 1; a <= AREAS; a++) {
        for (int l = 1; l <= LEAVES; l++) {
          String code = a + "." + l;
          boolean lost = (l + u) % 2 == 0;
          entries.add(
              new AssessmentEntry(
                  new CriterionCode(code),
                  lost ? new BigDecimal("0.5") : BigDecimal.ONE,
                  ScoreInput.none(),
                  lost ? "Thiếu văn bản" : null,
                  null,
                  null,
                  null,
                  null));
          kinds.put(code, lost ? List.of(l % 4 == 0 ? "CUT" : "NOT_DONE") : List.of());
        }
      }
      Assessment saved =
          assessments.save(
              by,
              new Assessment(
                  null,
                  commune.id(),
                  2034,
                  set.id(),
                  AssessmentStage.PUBLISHED,
                  new BigDecimal("60"),
                  null,
                  "Đợt 2034",
                  LocalDateTime.now(),
                  entries));
      requests.add(
          new PlanDrafts.Request(
              saved,
              commune,
              Optional.of(province),
              Optional.of(new UnitRank(u, UNITS, null, "Trung bình")),
              kinds));
    }

    long start = System.nanoTime();
    Map<Long, Long> plans = drafts.draftAll(by, set, requests);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("PlanDraftsPostgresTest: " + UNITS + " plans drafted in " + millis + " ms");

    assertThat(plans).hasSize(UNITS);
    assertThat(
            jdbc.sql(
                    "select count(*) from plan_line where plan_id in (select id from plan where"
                        + " unit_label like '%Lô%') and loss_kind = 'CUT'")
                .query(Long.class)
                .single())
        .isEqualTo(UNITS / 2 * AREAS * 2L);
    assertThat(jdbc.sql(OURS + " and l.loss_kind = 'NOT_DONE'").query(Long.class).single())
        .isEqualTo(UNITS / 2 * AREAS * 8L);
    // again: every assessment keeps the plan it has
    assertThat(drafts.draftAll(by, set, requests)).isEqualTo(plans);
    assertThat(
            jdbc.sql(
                    "select count(*) from plan p join unit u on u.id = p.unit_id"
                        + " where u.code like 'PD-C%'")
                .query(Long.class)
                .single())
        .isEqualTo((long) UNITS);
  }

  private static Criterion node(
      String code, String name, String max, vn.parindex.framework.ScoringMethod m, int position) {
    return new Criterion(new CriterionCode(code), name, new BigDecimal(max), m, position);
  }
}
