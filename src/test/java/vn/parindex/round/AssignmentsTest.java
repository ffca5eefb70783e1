package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.UnitType;

class AssignmentsTest {

  static final Map<Long, String> DEPARTMENTS = Map.of(1L, "Văn phòng – Thống kê", 2L, "Tư pháp");

  static final CriteriaSet SET =
      CriteriaSet.create(
          null,
          "Bộ thử",
          2031,
          UnitType.COMMUNE,
          1,
          false,
          "test",
          List.of(
              node("1", "10", null, 1),
              node("1.1", "4", new Scoring.Manual(), 2),
              node("1.2", "3", new Scoring.Binary(), 3),
              node("1.3", "3", new Scoring.Manual(), 4),
              node("2", "5", null, 5),
              node("2.1", "5", new Scoring.Manual(), 6)),
          List.of());

  private static Criterion node(
      String code, String max, vn.parindex.framework.ScoringMethod m, int position) {
    return new Criterion(
        new CriterionCode(code), "Tiêu chí " + code, new BigDecimal(max), m, position);
  }

  private static CurrentUser user(Long department, Role... roles) {
    return new CurrentUser(7, "u", "U", 3, department, Set.of(roles));
  }

  private static Assignments areaToOfficeAndOneLeafToJustice() {
    return Assignments.of(
        List.of(
            new Assignments.Line("1", "Văn phòng – Thống kê"), new Assignments.Line("1.3", "2")),
        SET,
        DEPARTMENTS,
        1);
  }

  @Test
  void theMostSpecificAssignedCodeDecidesALeaf() {
    Assignments a = areaToOfficeAndOneLeafToJustice();
    assertThat(a.of("1.1").orElseThrow().department()).isEqualTo(1L);
    assertThat(a.of("1.3").orElseThrow().department()).isEqualTo(2L);
    assertThat(a.of("2.1")).isEmpty();
  }

  @Test
  void aDepartmentOfficialFillsOnlyTheLeavesOfTheirDepartment() {
    Assignments a = areaToOfficeAndOneLeafToJustice();
    CurrentUser justice = user(2L, Role.DEPARTMENT_OFFICIAL);
    a.checkFills(justice, "1.3");
    assertThatThrownBy(() -> a.checkFills(justice, "1.2"))
        .isInstanceOf(CriterionRefused.class)
        .extracting(e -> ((CriterionRefused) e).messageKey())
        .isEqualTo("round.assign.refused.other");
  }

  @Test
  void anUnassignedLeafOrAnOfficialWithoutDepartmentIsRefused() {
    Assignments a = areaToOfficeAndOneLeafToJustice();
    assertThatThrownBy(() -> a.checkFills(user(1L, Role.DEPARTMENT_OFFICIAL), "2.1"))
        .extracting(e -> ((CriterionRefused) e).messageKey())
        .isEqualTo("round.assign.refused.unassigned");
    assertThatThrownBy(() -> a.checkFills(user(null, Role.DEPARTMENT_OFFICIAL), "1.1"))
        .extracting(e -> ((CriterionRefused) e).messageKey())
        .isEqualTo("round.assign.refused.noDepartment");
  }

  @Test
  void theParOfficerAndTheChairmanFillEveryLeafEvenUnassigned() {
    Assignments none = Assignments.none();
    assertThat(none.fills(user(1L, Role.PAR_OFFICER), "2.1")).isTrue();
    assertThat(none.fills(user(null, Role.LEADER), "1.1")).isTrue();
    assertThat(none.fills(user(1L, Role.DEPARTMENT_OFFICIAL), "1.1")).isFalse();
  }

  @Test
  void anAppraiserOfADepartmentAppraisesOnlyItsLeavesOnceTheRoundAssignsAny() {
    CurrentUser justice = user(2L, Role.APPRAISER);
    assertThat(Assignments.none().appraises(justice, "1.1")).isTrue();
    Assignments a = areaToOfficeAndOneLeafToJustice();
    assertThat(a.appraises(justice, "1.3")).isTrue();
    assertThat(a.appraises(justice, "1.1")).isFalse();
    assertThat(a.appraises(justice, "2.1")).isFalse();
    assertThat(a.appraises(user(null, Role.APPRAISER), "1.1")).isTrue();
  }

  @Test
  void unknownCodesTwiceAssignedCodesAndForeignDepartmentsAreEachNamedAndNothingIsTaken() {
    assertThatThrownBy(
            () ->
                Assignments.of(
                    List.of(
                        new Assignments.Line("9.9", "1"),
                        new Assignments.Line("1.1", "1"),
                        new Assignments.Line("1.1", "2"),
                        new Assignments.Line("1.2", "99"),
                        new Assignments.Line("1.3", "Phòng không có")),
                    SET,
                    DEPARTMENTS,
                    1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(p -> p.row() + " " + p.messageKey())
                    .containsExactly(
                        "1 round.invalid.code.unknown",
                        "3 round.invalid.assign.twice",
                        "4 round.invalid.assign.department",
                        "5 round.invalid.assign.department"));
  }

  @Test
  void changesListEachCodeWhoseDepartmentMoved() {
    Assignments before = areaToOfficeAndOneLeafToJustice();
    Assignments after =
        Assignments.of(
            List.of(new Assignments.Line("1", "2"), new Assignments.Line("2", "1")),
            SET,
            DEPARTMENTS,
            2);
    assertThat(before.changes(after))
        .containsExactly(
            new Assignments.Change("1", "Văn phòng – Thống kê", "Tư pháp"),
            new Assignments.Change("1.3", "Tư pháp", null),
            new Assignments.Change("2", null, "Văn phòng – Thống kê"));
  }
}
