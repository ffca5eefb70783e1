package vn.parindex.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.plan.PlanService;
import vn.parindex.plan.Plans;
import vn.parindex.plan.SeedFixture;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The home page asks the owning features for one unit's (or one scope's) tables and plans, one
 * query each, instead of reading every unit's and filtering: its cost does not grow with the
 * province.
 */
@SpringBootTest
@ActiveProfiles("test")
@vn.parindex.support.WithAccount
class HomeReadsPerUnitTest {

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired Plans plans;
  @Autowired PlanService planService;

  @Test
  void noHomeBlockReadsEveryAssessmentOrPlan() {
    JavaClasses home =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.parindex.home");
    List<String> wholeLists =
        home.stream()
            .flatMap(c -> c.getMethodCallsFromSelf().stream())
            .filter(
                call ->
                    call.getName().equals("list")
                        && call.getTarget().getParameterTypes().isEmpty()
                        && Set.of(Assessments.class.getName(), Plans.class.getName())
                            .contains(call.getTargetOwner().getName()))
            .map(JavaMethodCall::getDescription)
            .toList();
    assertThat(wholeLists).isEmpty();
  }

  @Test
  void theReadMethodsReturnOnlyTheUnitsAsked() {
    String suffix = String.valueOf(System.nanoTime());
    long a = commune("HA" + suffix);
    long b = commune("HB" + suffix);
    long setId =
        sets.save(
                SeedFixture.criteriaSet(
                    null, ThreadLocalRandom.current().nextInt(6_000_000, 7_000_000)))
            .id();
    long tableA =
        assessments
            .save(vn.parindex.support.TestActors.fixture(), SeedFixture.assessment(null, a, setId))
            .id();
    long tableB =
        assessments
            .save(vn.parindex.support.TestActors.fixture(), SeedFixture.assessment(null, b, setId))
            .id();
    long planA =
        planService.draft(vn.parindex.support.TestActors.fixture(), tableA, false, null).id();
    int planYear = plans.findById(planA).orElseThrow().year();

    assertThat(assessments.listOfUnit(a))
        .extracting(Assessments.Summary::id)
        .containsExactly(tableA);
    assertThat(assessments.listOfUnits(List.of(a, b)))
        .extracting(Assessments.Summary::id)
        .containsExactly(tableB, tableA);
    assertThat(plans.listOfUnit(a)).extracting(Plans.Summary::id).containsExactly(planA);
    assertThat(plans.listOfUnit(b)).isEmpty();
    assertThat(plans.unitsWithPlan(List.of(a, b), planYear)).containsExactly(a);
    assertThat(plans.unitsWithPlan(List.of(a, b), planYear + 1)).isEmpty();
  }

  private long commune(String code) {
    return units
        .save(new Unit(null, code, "Xã " + code, UnitType.COMMUNE, null, null, null, false))
        .id();
  }
}
