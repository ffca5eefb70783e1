package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskReminderRulesTest {

  static final LocalDate DUE = LocalDate.of(2025, 11, 15);
  static final ReminderPolicy POLICY = ReminderPolicy.defaults(1);

  static OpenTask task(LocalDate lastActivity) {
    return new OpenTask(7, 1, "Tuyên truyền", DUE, 2L, 3L, null, lastActivity);
  }

  static List<Due> on(LocalDate today) {
    return TaskReminderRules.due(task(today), POLICY, today);
  }

  @Test
  void fiveDaysBeforeDueTheSevenDayReminderIsDue() {
    assertThat(on(DUE.minusDays(5)))
        .containsExactly(new Due(ReminderKind.DUE_SOON, DUE.minusDays(7), false));
  }

  @Test
  void theDayBeforeDueTheOneDayReminderIsDue() {
    assertThat(on(DUE.minusDays(1)))
        .containsExactly(new Due(ReminderKind.DUE_SOON, DUE.minusDays(1), false));
  }

  @Test
  void nothingIsDueEightDaysBefore() {
    assertThat(on(DUE.minusDays(8))).isEmpty();
  }

  @Test
  void overdueIsRemindedOnceAndEscalatedAfterThreeDays() {
    assertThat(on(DUE.plusDays(1)))
        .containsExactly(new Due(ReminderKind.OVERDUE, DUE.plusDays(1), false));
    assertThat(on(DUE.plusDays(3)))
        .containsExactly(
            new Due(ReminderKind.OVERDUE, DUE.plusDays(1), false),
            new Due(ReminderKind.ESCALATION, DUE.plusDays(3), true));
  }

  @Test
  void aTaskWithoutUpdateForFourteenDaysIsStuck() {
    LocalDate today = DUE.minusDays(30);
    assertThat(TaskReminderRules.due(task(today.minusDays(14)), POLICY, today))
        .containsExactly(new Due(ReminderKind.STUCK, today, false));
    assertThat(TaskReminderRules.due(task(today.minusDays(13)), POLICY, today)).isEmpty();
  }
}
