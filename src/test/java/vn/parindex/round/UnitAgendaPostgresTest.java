package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * Where a commune stands in its open rounds, as its home page says it: the step and due day, the
 * leaves scored and those claiming points without evidence, a department's own leaves still empty,
 * the lock once the window closed; nothing of a unit the reader does not belong to.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class UnitAgendaPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Departments departments;
  @Autowired UnitAgenda agenda;

  RoundWorld w;
  long justice;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "UA" + RoundCyclePostgresTest.WORLDS.incrementAndGet());
    justice = departments.add(w.a.id(), "Tư pháp – Hộ tịch", null).id();
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
  }

  private static CurrentUser of(Role role, long unit, Long department) {
    return new CurrentUser(-7L - role.ordinal(), "u", "u", unit, department, Set.of(role));
  }

  @Test
  void theCommuneSeesItsStepDueDayAndWhatIsMissingAndADepartmentItsOwnLeaves() throws Exception {
    long round = w.openRound(2031);
    CurrentUser officer = of(Role.PAR_OFFICER, w.a.id(), null);
    CurrentUser official = of(Role.DEPARTMENT_OFFICIAL, w.a.id(), justice);
    assertThat(
            w.json(
                    put(w.unitPath(round, w.a) + "/assignments"),
                    "{\"version\":0,\"assignments\":[{\"code\":\"1.3\",\"department\":"
                        + justice
                        + "}]}",
                    AssignmentsPostgresTest.person(Role.PAR_OFFICER, w.a, null))
                .getStatus())
        .isEqualTo(200);

    UnitAgenda.Line fresh = agenda.of(officer, LocalDate.of(2031, 1, 20)).get(0);
    assertThat(fresh.roundId()).isEqualTo(round);
    assertThat(fresh.unitCode()).isEqualTo(w.a.code());
    assertThat(fresh.step()).isEqualTo(UnitAgenda.Step.SELF);
    assertThat(fresh.due()).isEqualTo(LocalDate.of(2031, 1, 31));
    assertThat(fresh.filled()).isZero();
    assertThat(fresh.total()).isEqualTo(3); // 1.1, 1.2, 1.3: the survey leaf is not self-scored
    assertThat(fresh.late()).isFalse();
    UnitAgenda.Line theirs = agenda.of(official, LocalDate.of(2031, 1, 20)).get(0);
    assertThat(theirs.mine()).isEqualTo(1);
    assertThat(theirs.mineLeft()).isEqualTo(1);

    // the department fills its leaf: points claimed, no evidence attached
    assertThat(
            w.json(
                    put(w.unitPath(round, w.a) + "/entries/1.3"),
                    "{\"numerator\":2,\"denominator\":2}",
                    AssignmentsPostgresTest.person(Role.DEPARTMENT_OFFICIAL, w.a, justice))
                .getStatus())
        .isEqualTo(200);
    UnitAgenda.Line filled = agenda.of(officer, LocalDate.of(2031, 1, 20)).get(0);
    assertThat(filled.filled()).isEqualTo(1);
    assertThat(filled.unproven()).isEqualTo(1);
    assertThat(filled.mine()).isZero();
    assertThat(agenda.of(official, LocalDate.of(2031, 1, 20)).get(0).mineLeft()).isZero();

    // past the window without a submission: locked, and said so
    UnitAgenda.Line late = agenda.of(officer, LocalDate.of(2031, 2, 1)).get(0);
    assertThat(late.step()).isEqualTo(UnitAgenda.Step.SELF_LATE);
    assertThat(late.late()).isTrue();

    // the province's chairman chairs the round over it: none of its 2 communes through round 2
    List<UnitAgenda.Chaired> chaired = agenda.chaired(of(Role.LEADER, w.p.id(), null));
    assertThat(chaired).hasSize(1);
    assertThat(chaired.get(0).roundId()).isEqualTo(round);
    assertThat(chaired.get(0).units()).isEqualTo(2);
    assertThat(chaired.get(0).appraised()).isZero();
    assertThat(chaired.get(0).ready()).isFalse();
    assertThat(chaired.get(0).publication()).isEqualTo(LocalDate.of(2031, 3, 31));
    assertThat(agenda.chaired(of(Role.APPRAISER, w.p.id(), null))).isEmpty();
    assertThat(agenda.chaired(of(Role.LEADER, w.a.id(), null))).isEmpty();

    // a unit of the province outside the round, and another commune's people, see nothing of it
    assertThat(agenda.of(of(Role.PAR_OFFICER, w.p2.id(), null), LocalDate.of(2031, 1, 20)))
        .isEmpty();
    List<UnitAgenda.Line> other =
        agenda.of(of(Role.PAR_OFFICER, w.b.id(), null), LocalDate.of(2031, 1, 20));
    assertThat(other).allSatisfy(l -> assertThat(l.unitCode()).isEqualTo(w.b.code()));
  }
}
