package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InvalidInputException;

class TaskTest {

  static final LocalDateTime NOW = LocalDateTime.of(2025, 5, 1, 9, 0);

  static Task planned() {
    return Task.plan(
        new TaskDraft(
            1L,
            TaskSource.REMEDIATION_PLAN,
            null,
            List.of("2.1"),
            "Niêm yết thủ tục hành chính",
            null,
            null,
            null,
            null,
            null,
            LocalDate.of(2025, 11, 15),
            List.of()),
        NOW);
  }

  static Task inProgress() {
    Task t = planned();
    t.start(NOW);
    return t;
  }

  static Task done() {
    Task t = inProgress();
    t.complete(NOW);
    return t;
  }

  static void refused(Runnable move, String key) {
    assertThatThrownBy(move::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                    .isEqualTo(key));
  }

  @Test
  void declaringATaskDoneRecordsWhenAndVerifyingKeepsIt() {
    Task t = inProgress();
    assertThat(t.doneAt()).isNull();

    t.complete(NOW.plusDays(1));
    assertThat(t.doneAt()).isEqualTo(NOW.plusDays(1));

    t.verify(9L, true, 1, NOW.plusDays(3));
    assertThat(t.doneAt()).isEqualTo(NOW.plusDays(1));
  }

  @Test
  void aNewTaskIsPlanned() {
    assertThat(planned().status()).isEqualTo(TaskStatus.PLANNED);
  }

  @Test
  void aTaskWithoutTitleOrDueDateIsRefused() {
    refused(
        () ->
            Task.plan(
                new TaskDraft(1L, null, null, null, " ", null, null, null, null, null, null, null),
                NOW),
        "task.field.blank");
  }

  @Test
  void theFullPathReachesVerifiedWithTheLeaderAndEvidence() {
    Task t = done();
    t.verify(7L, true, 1, NOW);
    assertThat(t.status()).isEqualTo(TaskStatus.VERIFIED);
    assertThat(t.verifiedBy()).isEqualTo(7L);
    assertThat(t.progress()).isEqualTo(100);
  }

  @Test
  void aPlannedTaskCannotBeCompletedVerifiedOrSentBack() {
    refused(() -> planned().complete(NOW), "task.transition.refused");
    refused(() -> planned().verify(7L, true, 1, NOW), "task.transition.refused");
    refused(() -> planned().sendBack(true, "lý do", NOW), "task.transition.refused");
  }

  @Test
  void aTaskInProgressCannotStartAgainNorBeVerified() {
    refused(() -> inProgress().start(NOW), "task.transition.refused");
    refused(() -> inProgress().verify(7L, true, 1, NOW), "task.transition.refused");
    refused(() -> inProgress().sendBack(true, "lý do", NOW), "task.transition.refused");
  }

  @Test
  void aDoneTaskCannotStartCompleteOrTakeProgress() {
    refused(() -> done().start(NOW), "task.transition.refused");
    refused(() -> done().complete(NOW), "task.transition.refused");
    refused(() -> done().reportProgress(50, NOW), "task.progress.closed");
  }

  @Test
  void verificationNeedsALeader() {
    refused(() -> done().verify(7L, false, 1, NOW), "task.verify.leaderOnly");
  }

  @Test
  void verificationNeedsEvidence() {
    refused(() -> done().verify(7L, true, 0, NOW), "task.verify.noEvidence");
  }

  @Test
  void theLeaderSendsADoneTaskBackOnlyWithAComment() {
    refused(() -> done().sendBack(true, "  ", NOW), "task.sendBack.comment");
    refused(() -> done().sendBack(false, "thiếu văn bản", NOW), "task.sendBack.leaderOnly");
    Task t = done();
    t.sendBack(true, "thiếu văn bản", NOW);
    assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void aVerifiedTaskAcceptsNoMoveAtAll() {
    Task t = done();
    t.verify(7L, true, 1, NOW);
    refused(() -> t.start(NOW), "task.transition.refused");
    refused(() -> t.complete(NOW), "task.transition.refused");
    refused(() -> t.verify(7L, true, 1, NOW), "task.transition.refused");
    refused(() -> t.sendBack(true, "x", NOW), "task.transition.refused");
    refused(() -> t.cancel("x", NOW), "task.transition.refused");
    refused(() -> t.reportProgress(10, NOW), "task.progress.closed");
  }

  @Test
  void aCancelledTaskAcceptsNoMoveAtAll() {
    Task t = inProgress();
    t.cancel("Không còn phù hợp", NOW);
    assertThat(t.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(t.cancelReason()).isEqualTo("Không còn phù hợp");
    refused(() -> t.start(NOW), "task.transition.refused");
    refused(() -> t.complete(NOW), "task.transition.refused");
    refused(() -> t.verify(7L, true, 1, NOW), "task.transition.refused");
    refused(() -> t.cancel("again", NOW), "task.transition.refused");
    refused(() -> t.reportProgress(10, NOW), "task.progress.closed");
  }

  @Test
  void cancellingNeedsAReason() {
    refused(() -> planned().cancel(" ", NOW), "task.cancel.reason");
    refused(() -> planned().cancel(null, NOW), "task.cancel.reason");
  }

  @Test
  void progressOutsideZeroToHundredIsRefused() {
    refused(() -> planned().reportProgress(101, NOW), "task.progress.range");
    refused(() -> planned().reportProgress(-1, NOW), "task.progress.range");
  }

  @Test
  void progressOnAPlannedTaskStartsIt() {
    Task t = planned();
    t.reportProgress(30, NOW);
    assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(t.progress()).isEqualTo(30);
  }

  @Test
  void overdueMeansPastDueAndStillOpen() {
    Task t = inProgress();
    assertThat(t.overdue(LocalDate.of(2025, 11, 15))).isFalse();
    assertThat(t.overdue(LocalDate.of(2025, 11, 16))).isTrue();
    Task d = done();
    assertThat(d.overdue(LocalDate.of(2025, 11, 16))).isFalse();
  }

  @Test
  void stuckMeansNoUpdateForMoreThanTheGivenDays() {
    Task t = inProgress();
    assertThat(t.stuck(LocalDate.of(2025, 5, 15), 14)).isFalse();
    assertThat(t.stuck(LocalDate.of(2025, 5, 16), 14)).isTrue();
  }
}
