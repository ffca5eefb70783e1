package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.workday.WorkingDays;

/** The lateness rule on the law's calendar (Tết 2026: Monday 16/02 to Friday 20/02). */
class DueRuleTest {

  private final DueRule rule = new DueRule(WorkingDays.statutory());

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }

  @Test
  void withoutSupplementsTheDueDateStandsAndLateIsAfterIt() {
    LocalDateTime due = at("2026-03-10T17:00");
    assertThat(rule.of(due, at("2026-03-10T16:59"), List.of()))
        .isEqualTo(new DueRule.Outcome(due, false));
    assertThat(rule.of(due, at("2026-03-10T17:01"), List.of()).late()).isTrue();
  }

  @Test
  void aDueDayWithoutATimeIsDueUntilItsEnd() {
    var outcome = rule.of(at("2026-03-10T00:00"), at("2026-03-10T16:00"), List.of());
    assertThat(outcome.late()).isFalse();
    assertThat(outcome.effectiveDueAt()).isEqualTo(at("2026-03-10T23:59:59"));
  }

  @Test
  void theWaitForTheSupplementMovesTheDueDateByTheWorkingDaysPaused() {
    // asked Tuesday 10/02, brought back Thursday 12/02: Tuesday and Wednesday paused, so the due
    // date moves two working days from Thursday 12/02: Friday 13/02, then (Tết, weekend) 23/02
    var round = new SupplementRound(at("2026-02-10T09:00"), at("2026-02-12T10:00"), null);
    var outcome = rule.of(at("2026-02-12T17:00"), at("2026-02-23T15:00"), List.of(round));
    assertThat(outcome).isEqualTo(new DueRule.Outcome(at("2026-02-23T17:00"), false));
    assertThat(rule.of(at("2026-02-12T17:00"), at("2026-02-24T08:00"), List.of(round)).late())
        .isTrue();
  }

  @Test
  void aNewDueDateOfTheRoundWinsOverThePause() {
    var round =
        new SupplementRound(at("2026-03-02T09:00"), at("2026-03-09T09:00"), at("2026-03-20T08:00"));
    var outcome = rule.of(at("2026-03-05T17:00"), at("2026-03-19T10:00"), List.of(round));
    assertThat(outcome).isEqualTo(new DueRule.Outcome(at("2026-03-20T08:00"), false));
  }

  @Test
  void moreThanOneSupplementRequestIsLateWhateverTheDates() {
    var first = new SupplementRound(at("2026-03-02T09:00"), at("2026-03-03T09:00"), null);
    var second = new SupplementRound(at("2026-03-04T09:00"), at("2026-03-05T09:00"), null);
    var outcome = rule.of(at("2026-03-20T17:00"), at("2026-03-06T10:00"), List.of(second, first));
    assertThat(outcome.late()).isTrue();
    // each pause still moves the due date: 1 + 1 working days
    assertThat(outcome.effectiveDueAt()).isEqualTo(at("2026-03-24T17:00"));
  }

  @Test
  void anUnfinishedDossierIsNeitherLateNorOnTime() {
    var outcome = rule.of(at("2026-03-10T17:00"), null, List.of());
    assertThat(outcome).isEqualTo(new DueRule.Outcome(at("2026-03-10T17:00"), null));
    var awaited = new SupplementRound(at("2026-03-02T09:00"), null, null);
    assertThat(rule.of(at("2026-03-10T17:00"), null, List.of(awaited)))
        .isEqualTo(new DueRule.Outcome(null, null));
  }

  @Test
  void aSupplementNeverBroughtBackPausesUntilTheFinish() {
    // asked Monday 02/03, finished (refused) Friday 06/03 without the papers: 4 days paused
    var awaited = new SupplementRound(at("2026-03-02T09:00"), null, null);
    var outcome = rule.of(at("2026-03-04T17:00"), at("2026-03-06T10:00"), List.of(awaited));
    assertThat(outcome).isEqualTo(new DueRule.Outcome(at("2026-03-10T17:00"), false));
  }
}
