package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.plan.PlanService;
import vn.parindex.plan.Plans;
import vn.parindex.support.Accounts;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * With one pooled connection free (a pool of two, the test holding one: Flyway needs two to start),
 * reading a user, a criteria set, an assessment and a plan outside any transaction still works:
 * none of them holds a connection while asking the pool for another (a burst of sign-ins once
 * exhausted the pool that way and waited on itself for 30 s).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.hikari.maximum-pool-size=2",
      "spring.datasource.hikari.connection-timeout=1000"
    })
@ActiveProfiles("test")
class OnePooledConnectionTest {

  @Autowired DataSource dataSource;
  @Autowired Units units;
  @Autowired Users users;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService planService;
  @Autowired Plans plans;

  @Test
  void readsNeverAskThePoolForASecondConnection() throws Exception {
    Unit district =
        units.save(new Unit(null, "P1-H", "Huyện Một", UnitType.DISTRICT, null, null, null, false));
    Unit commune =
        units.save(
            new Unit(null, "P1-X", "Xã Một", UnitType.COMMUNE, district.id(), null, null, false));
    Accounts.create(users, "mot.ket.noi", "mat-khau-1", commune.id(), Role.PAR_OFFICER);
    long assessment =
        imports
            .importTable(
                vn.parindex.support.TestActors.fixture(),
                SeedTables.publishedImport(commune.code()))
            .id();
    long plan = planService.draft(vn.parindex.support.TestActors.fixture(), assessment).id();

    try (Connection held = dataSource.getConnection()) {
      assertThat(held.isValid(1)).isTrue();
      readEverything(assessment, commune.id(), plan);
    }
  }

  private void readEverything(long assessment, long communeId, long plan) {
    assertThat(users.principal("mot.ket.noi").orElseThrow().user().roles())
        .containsExactly(Role.PAR_OFFICER);
    long setId = assessments.findById(assessment).orElseThrow().criteriaSetId();
    assertThat(sets.findById(setId).orElseThrow().criteria()).isNotEmpty();
    assertThat(assessments.findByUnit(communeId)).hasSize(1);
    assertThat(plans.findById(plan).orElseThrow().lines()).filteredOn(l -> !l.area()).hasSize(16);
  }
}
