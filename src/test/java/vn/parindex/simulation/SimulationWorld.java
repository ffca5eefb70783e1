package vn.parindex.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
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
 * Three communes under one district, published in 2024 against a set of max 5: C 3.5, B 2.00 and A,
 * whose 2.3 is the seed's "90,78 % of 1 point" (118 of 130 dossiers): 1.1 not done (0 of 2), 1.2
 * two items deducted (0,5 of 1), 2.3 0,9078, 2.4 typed 0,5 → 1,9078, published 1,91: third.
 */
final class SimulationWorld {

  private static final AtomicInteger RUN = new AtomicInteger();

  final Unit district;
  final Unit a;
  final Unit b;
  final Unit c;
  final long assessmentA;

  SimulationWorld(ApplicationContext context) {
    Units units = context.getBean(Units.class);
    CriteriaSets sets = context.getBean(CriteriaSets.class);
    Assessments assessments = context.getBean(Assessments.class);
    String p = "SIM" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
    district =
        units.save(new Unit(null, p, "Huyện Thử " + p, UnitType.DISTRICT, null, null, null, false));
    a = units.save(commune(p + "-A", "Xã A", district));
    b = units.save(commune(p + "-B", "Xã B", district));
    c = units.save(commune(p + "-C", "Xã C", district));
    CriteriaSet set =
        sets.save(
            CriteriaSet.create(
                null,
                "Bộ thử " + p,
                2024,
                UnitType.COMMUNE,
                sets.nextVersion(2024, UnitType.COMMUNE),
                false,
                "test",
                List.of(
                    criterion("1", "3", null),
                    criterion("1.1", "2", new Scoring.Binary()),
                    criterion("1.2", "1", new Scoring.Deduction(new BigDecimal("0.25"))),
                    criterion("2", "2", null),
                    criterion("2.3", "1", new Scoring.Proportional(null)),
                    criterion("2.4", "1", null)),
                List.of()));
    ScoreInput rate =
        new ScoreInput(
            null,
            null,
            null,
            new BigDecimal("90.78"),
            BigDecimal.valueOf(118),
            BigDecimal.valueOf(130),
            null,
            null);
    assessmentA =
        assessments
            .save(
                TestActors.fixture(),
                new Assessment(
                    null,
                    a.id(),
                    2024,
                    set.id(),
                    AssessmentStage.PUBLISHED,
                    null,
                    null,
                    "a.csv",
                    null,
                    List.of(
                        input("1.1", ScoreInput.ofDone(false)),
                        input("1.2", ScoreInput.ofCount(2)),
                        input("2.3", rate),
                        AssessmentEntry.ofPoints(CriterionCode.of("2.4"), new BigDecimal("0.5")))))
            .id();
    published(assessments, b, set.id(), "2.00");
    published(assessments, c, set.id(), "3.5");
  }

  private static void published(Assessments assessments, Unit u, long set, String total) {
    assessments.save(
        TestActors.fixture(),
        new Assessment(
            null,
            u.id(),
            2024,
            set,
            AssessmentStage.PUBLISHED,
            new BigDecimal(total),
            null,
            "t.csv",
            null,
            List.of()));
  }

  private static AssessmentEntry input(String code, ScoreInput in) {
    return new AssessmentEntry(CriterionCode.of(code), null, in, null, null, null, null, null);
  }

  private static Unit commune(String code, String name, Unit parent) {
    return new Unit(null, code, name, UnitType.COMMUNE, parent.id(), null, null, false);
  }

  private static Criterion criterion(String code, String max, ScoringMethod method) {
    return new Criterion(
        CriterionCode.of(code), "Tiêu chí " + code, new BigDecimal(max), method, 0);
  }
}
