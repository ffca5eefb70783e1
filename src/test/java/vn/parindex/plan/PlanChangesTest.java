package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.plan.PlanChanges.Change;

class PlanChangesTest {

  private static Plan copy(Plan p) {
    return new Plan(
        p.id(),
        p.unitId(),
        p.year(),
        p.assessmentId(),
        p.header(),
        p.text(),
        p.signature(),
        p.lines());
  }

  private static PlanLine firstCriterion(Plan p) {
    return p.lines().stream().filter(l -> !l.area() && l.code() != null).findFirst().orElseThrow();
  }

  private static PlanLine with(PlanLine l, String reason, LocalDate deadline) {
    return new PlanLine(
        l.position(),
        l.area(),
        l.code(),
        l.content(),
        l.maxPoints(),
        l.points(),
        reason,
        l.measure(),
        l.responsible(),
        deadline,
        l.note());
  }

  @Test
  void samePlanHasNoChanges() {
    Plan plan = SeedFixture.plan();
    assertThat(PlanChanges.between(plan, copy(plan))).isEmpty();
  }

  @Test
  void changedReasonAndDeadlineOfOneLineGiveExactlyTwoChangesNamedByItsCode() {
    Plan before = SeedFixture.plan();
    Plan after = copy(before);
    PlanLine line = firstCriterion(before);
    List<PlanLine> lines = new ArrayList<>(after.lines());
    lines.set(line.position() - 1, with(line, "Lí do mới", LocalDate.of(2025, 6, 30)));
    after.replaceLines(lines);
    assertThat(PlanChanges.between(before, after))
        .containsExactly(
            new Change(line.code() + " · reason", line.reason(), "Lí do mới"),
            new Change(
                line.code() + " · deadline",
                line.deadline() == null ? null : line.deadline().toString(),
                "2025-06-30"));
  }

  @Test
  void headerNumberAndDateAreCompared() {
    Plan before = SeedFixture.plan();
    Plan after = copy(before);
    PlanHeader h = before.header();
    after.edit(
        new PlanHeader(
            h.authorityUpper(),
            h.authorityUnit(),
            h.unitLabel(),
            "09/KH-UBND",
            h.place(),
            new IssueDate(10, 3, 2025),
            h.title(),
            h.subject()),
        before.signature());
    assertThat(PlanChanges.between(before, after))
        .extracting(Change::field, Change::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("number", "09/KH-UBND"),
            org.assertj.core.groups.Tuple.tuple("issueDate", "10/3/2025"));
  }

  @Test
  void addedAndRemovedLinesAreNamedAndPointsComparedByValue() {
    Plan before = SeedFixture.plan();
    Plan after = copy(before);
    PlanLine line = firstCriterion(before);
    List<PlanLine> lines = new ArrayList<>(after.lines());
    lines.remove(line.position() - 1);
    lines.add(
        new PlanLine(
            0,
            false,
            "9.9",
            "Dòng mới",
            BigDecimal.ONE,
            new BigDecimal("0.50"),
            null,
            null,
            null,
            null,
            null));
    after.replaceLines(lines);
    List<Change> changes = PlanChanges.between(before, after);
    assertThat(changes)
        .contains(
            new Change(line.code() + " · line.removed", line.content(), null),
            new Change("9.9 · line.added", null, "Dòng mới"));
    assertThat(changes).extracting(Change::field).noneMatch(f -> f.endsWith("points"));
  }

  @Test
  void longTextsAreClipped() {
    Plan before = SeedFixture.plan();
    Plan after = copy(before);
    Plan.PlanText t = before.text();
    String longClosing = "x".repeat(500);
    after.edit(
        new Plan.PlanText(
            t.legalBases(),
            t.opening(),
            t.sections(),
            longClosing,
            t.recipients(),
            t.appendixTitle()));
    Change closing = PlanChanges.between(before, after).get(0);
    assertThat(closing.field()).isEqualTo("closing");
    assertThat(closing.newValue()).hasSize(PlanChanges.CLIP).endsWith("…");
  }
}
