package vn.parindex.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.PlanSeed;

/** The body's per-criterion tasks and the appendix come from the same plan lines. */
class BodyAndAppendixTest {

  @Test
  void anEditedMeasureShowsInTheBodyAndTheAppendixAlike() {
    Plan plan = PlanSeed.plan();
    List<PlanLine> lines = new ArrayList<>(plan.lines());
    int at = position(plan, "2.1") - 1;
    PlanLine old = lines.get(at);
    lines.set(at, withMeasure(old, "Bộ phận một cửa số hóa 100% thành phần hồ sơ từ tháng 3."));
    plan.replaceLines(lines);

    List<String> body = items(plan);
    assertThat(body)
        .contains("Tiêu chí 2.1: Bộ phận một cửa số hóa 100% thành phần hồ sơ từ tháng 3.");
    assertThat(body).noneMatch(i -> i.contains(old.measure()));
    assertThat(AppendixRows.rows(plan).get(at).cells().get(5))
        .isEqualTo("Bộ phận một cửa số hóa 100% thành phần hồ sơ từ tháng 3.");
  }

  @Test
  void aCriterionItemStoredByAnOlderDraftGivesWayToItsLine() {
    Plan plan = PlanSeed.plan();
    List<PlanSection> sections = new ArrayList<>(plan.sections());
    List<String> items = new ArrayList<>(sections.get(1).items());
    items.add("Tiêu chí 2.1: biện pháp cũ đã sửa trong phụ lục.");
    sections.set(1, sections.get(1).withItems(items));
    Plan.PlanText t = plan.text();
    plan.edit(
        new Plan.PlanText(
            t.legalBases(), t.opening(), sections, t.closing(), t.recipients(), t.appendixTitle()));
    assertThat(items(plan)).noneMatch(i -> i.contains("biện pháp cũ"));
    assertThat(items(plan)).filteredOn(i -> i.startsWith("Tiêu chí 2.1:")).hasSize(1);
  }

  @Test
  void eachLostCriterionIsOneTaskOfTheBodyItsLineNamesResponsible() {
    List<PlanSection> sections = BodySections.of(PlanSeed.plan());
    assertThat(sections.get(0).items()).anyMatch(i -> i.startsWith("Tiêu chí 1.5:"));
    assertThat(sections.get(1).items()).anyMatch(i -> i.startsWith("Tiêu chí 2.1:"));
    assertThat(sections.get(2).items()).anyMatch(i -> i.startsWith("Tiêu chí 1.2:"));
    long criteria =
        sections.stream()
            .flatMap(s -> s.items().stream())
            .filter(i -> i.startsWith("Tiêu chí"))
            .count();
    assertThat(criteria).isEqualTo(16);
  }

  @Test
  void theAppendixEndsWithATotalAndMarksAnAreaWhoseItemsDisagree() {
    List<AppendixRow> rows = AppendixRows.rows(PlanSeed.plan());
    AppendixRow total = rows.get(rows.size() - 1);
    assertThat(total.cells().subList(1, 4)).containsExactly("Tổng cộng", "70,00", "63,53");
    assertThat(total.cells().get(6)).isEqualTo("Bị trừ 6,47 điểm");
    assertThat(rows.get(0).cells().get(6))
        .isEqualTo("Tổng các tiêu chí thành phần bị trừ: 2,80 điểm (dòng này: 2,39 điểm)");
    AppendixRow area2 = rows.stream().filter(r -> r.code().equals("2")).findFirst().orElseThrow();
    assertThat(area2.notes()).isEmpty();
  }

  @Test
  void reasonsPrintTheirRatesWithADecimalComma() {
    List<AppendixRow> rows = AppendixRows.rows(PlanSeed.plan());
    AppendixRow payment =
        rows.stream().filter(r -> r.code().equals("2.3")).findFirst().orElseThrow();
    assertThat(payment.reason()).isEqualTo("Tỷ lệ thanh toán trực tuyến đạt 90,78%");
  }

  @Test
  void theSubjectBreaksInBalancedLines() {
    Subject subject =
        Subject.of("Khắc phục những tồn tại hạn chế trong công tác cải cách hành chính năm 2024");
    assertThat(subject.lines())
        .containsExactly(
            "Khắc phục những tồn tại hạn chế trong", "công tác cải cách hành chính năm 2024");
    assertThat(subject.ruleWidth()).isPositive();
  }

  private static List<String> items(Plan plan) {
    return BodySections.of(plan).stream().flatMap(s -> s.items().stream()).toList();
  }

  private static int position(Plan plan, String code) {
    return plan.lines().stream()
        .filter(l -> code.equals(l.code()))
        .findFirst()
        .orElseThrow()
        .position();
  }

  private static PlanLine withMeasure(PlanLine l, String measure) {
    return new PlanLine(
        l.position(),
        l.area(),
        l.code(),
        l.content(),
        l.maxPoints(),
        l.points(),
        l.reason(),
        measure,
        l.responsible(),
        l.deadline(),
        l.note());
  }
}
