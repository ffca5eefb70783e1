package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanDrafterTest {

  private final PlanDrafter drafter = new PlanDrafter();

  @Test
  void draftsOneAppendixLinePerLostCriterion() {
    Plan plan =
        drafter.draft(
            SeedFixture.scorecard(),
            SeedFixture.COMMUNE,
            Optional.of(SeedFixture.DISTRICT),
            Optional.of(SeedFixture.RANK));
    assertThat(plan.lines().stream().filter(l -> !l.area())).hasSize(16);
    assertThat(plan.lines().stream().filter(PlanLine::area)).hasSize(5);
    assertThat(plan.lines().get(0).code()).isEqualTo("1");
    assertThat(plan.lines().get(0).position()).isEqualTo(1);
    assertThat(plan.year()).isEqualTo(2025);
  }

  @Test
  void openingStatesRankChangeAndOfficialLoss() {
    Plan plan =
        drafter.draft(
            SeedFixture.scorecard(),
            SeedFixture.COMMUNE,
            Optional.of(SeedFixture.DISTRICT),
            Optional.of(SeedFixture.RANK));
    String opening = String.join("\n", plan.opening());
    assertThat(opening)
        .contains("đứng thứ 11/18 xã, thị trấn trên toàn huyện")
        .contains("(tăng 3 bậc so với năm 2023)")
        .contains("bị trừ 6,47 điểm")
        .contains("xã Vĩnh Chấp");
    assertThat(Normalizer.isNormalized(opening, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void openingLeavesOutTheRankWhenUnknown() {
    Plan plan =
        drafter.draft(
            SeedFixture.scorecard(), SeedFixture.COMMUNE, Optional.empty(), Optional.empty());
    assertThat(plan.opening()).hasSize(1);
    assertThat(plan.opening().get(0)).doesNotContain("đứng thứ").contains("6,47");
  }

  @Test
  void infersResponsibleBodyAndDeadlineFromTheMeasure() {
    Plan plan = SeedFixture.plan();
    PlanLine digitised = line(plan, "2.1");
    assertThat(digitised.responsible()).isEqualTo("Bộ phận một cửa");
    assertThat(digitised.deadline()).isEqualTo(LocalDate.of(2025, 11, 15));
    assertThat(line(plan, "1.1").responsible()).isEqualTo("Công an xã");
    assertThat(line(plan, "1.2").responsible()).isEqualTo("PCT UBND phụ trách VHXH");
    assertThat(line(plan, "1.2").deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(line(plan, "4.1").responsible()).isEqualTo("Công chức Tài chính – Kế toán");
    assertThat(line(plan, "4.2").deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
  }

  @Test
  void draftsFourSectionsWithTheFrontSupervisingOnceAYear() {
    Plan plan = SeedFixture.plan();
    assertThat(plan.sections()).hasSize(4);
    assertThat(plan.sections().get(3).items().get(0)).contains("ít nhất một lần trong năm");
    // the lost criteria's tasks are printed from the appendix lines, not stored twice
    assertThat(plan.sections().get(1).items()).noneMatch(i -> i.startsWith("Tiêu chí"));
    assertThat(plan.recipients()).last().isEqualTo("Lưu: VT.");
  }

  private static PlanLine line(Plan plan, String code) {
    return plan.lines().stream().filter(l -> code.equals(l.code())).findFirst().orElseThrow();
  }
}
