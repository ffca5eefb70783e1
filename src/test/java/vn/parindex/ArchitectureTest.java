package vn.parindex;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Feature boundaries (see STYLE.md): dependencies point one way, framework ← assessment ← plan ←
 * task; input and unit are used by all; nothing but the application class uses system. Inside
 * assessment, the sub-packages build on its core, never in a circle, and nothing uses its web.
 */
@AnalyzeClasses(packages = "vn.parindex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule inputDependsOnNoOtherFeature =
      classes()
          .that()
          .resideInAPackage("vn.parindex.input..")
          .should()
          .onlyDependOnClassesThat(
              resideInAPackage("vn.parindex.input..").or(resideOutsideOfPackage("vn.parindex..")));

  @ArchTest
  static final ArchRule unitDependsOnlyOnInput =
      classes()
          .that()
          .resideInAPackage("vn.parindex.unit..")
          // its pages (unit.web) are drawn in the shared frame, like every feature's
          .and()
          .resideOutsideOfPackage("vn.parindex.unit.web..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("vn.parindex.unit..", "vn.parindex.input..")
                  .and(resideOutsideOfPackage("vn.parindex.unit.web.."))
                  .or(resideOutsideOfPackage("vn.parindex.."))
                  // the marker naming each endpoint's access decision (read by a test, no code)
                  .or(type(vn.parindex.account.Access.class))
                  .or(type(vn.parindex.account.Access.Open.class)))
          .because("unit is used by all features");

  @ArchTest
  static final ArchRule frameworkDoesNotDependOnLaterStages =
      noClasses()
          .that()
          .resideInAPackage("vn.parindex.framework..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "vn.parindex.assessment..",
              "vn.parindex.plan..",
              "vn.parindex.task..",
              "vn.parindex.reminder..",
              "vn.parindex.dashboard..")
          .because(
              "criteria sets, with the obligations they carry, come first: the reminders"
                  + " read them, not the other way round");

  @ArchTest
  static final ArchRule assessmentDoesNotDependOnPlanOrTask =
      noClasses()
          .that()
          .resideInAPackage("vn.parindex.assessment..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("vn.parindex.plan..", "vn.parindex.task..");

  @ArchTest
  static final ArchRule assessmentCoreDoesNotDependOnItsSubPackages =
      noClasses()
          .that()
          .resideInAPackage("vn.parindex.assessment")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.parindex.assessment.(*)..")
          .because("imports, ranking, results and web build on the assessment and its rules");

  @ArchTest
  static final ArchRule assessmentSubPackagesAreFreeOfCycles =
      slices().matching("vn.parindex.assessment.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingDependsOnTheAssessmentWeb =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.parindex.assessment.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.parindex.assessment.web..");

  @ArchTest
  static final ArchRule nothingButTheApplicationDependsOnSystem =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.parindex.system..")
          .and()
          .doNotBelongToAnyOf(ParIndexApplication.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.parindex.system..")
          .because("system is cross-cutting set-up");

  @ArchTest
  static final ArchRule noFeatureDependsOnTheDemo =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.parindex.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.parindex.demo..")
          .because("the demo uses every feature, through their services; no feature uses it");

  @ArchTest
  static final ArchRule theDemoWritesOnlyThroughTheFeatures =
      noClasses()
          .that()
          .resideInAPackage("vn.parindex.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.security.core..")
          .because(
              "the demo is built through the services a user calls, with its people and past"
                  + " moments passed in: no signing in as users, no rows rewritten afterwards");

  @ArchTest
  static final ArchRule workdayUsesOnlyUnitInputAccountAndPage =
      classes()
          .that()
          .resideInAPackage("vn.parindex.workday..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "vn.parindex.workday..",
                      "vn.parindex.unit..",
                      "vn.parindex.input..",
                      "vn.parindex.account..",
                      "vn.parindex.page..")
                  .or(resideOutsideOfPackage("vn.parindex..")))
          .because("the calendar is used by the dossiers (due dates), never the other way round");

  @ArchTest
  static final ArchRule simulationBuildsOnTheFeaturesItSimulates =
      classes()
          .that()
          .resideInAPackage("vn.parindex.simulation..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "vn.parindex.simulation..",
                      "vn.parindex.framework..",
                      "vn.parindex.assessment..",
                      "vn.parindex.dossier..",
                      "vn.parindex.plan..",
                      "vn.parindex.task..",
                      "vn.parindex.unit..",
                      "vn.parindex.input..",
                      "vn.parindex.account..",
                      "vn.parindex.page..")
                  .or(resideOutsideOfPackage("vn.parindex..")));

  @ArchTest
  static final ArchRule nothingUsesTheSimulation =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.parindex.simulation..")
          // a compiled page may include a simulation fragment (the task page its target's progress)
          .and()
          .haveNameNotMatching(".*\\.Jte[^.]*Generated(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.parindex.simulation..")
          .because("the what-if and the cheapest points read the features; none reads them");

  @ArchTest static final ArchRule onlyTheBoundaryReadsTheSignedInUser = HiddenContext.RULE;
}
