package vn.parindex.round;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deadline job and the reminders of near deadlines ({@link RoundDueReminders}) on {@code
 * parindex.rounds.lock-cron} (default hourly, five past) in the reminders' zone, switched with the
 * reminders ({@code parindex.reminders.enabled}; tests run it directly). Every instance may run it:
 * the job claims each lock once.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "parindex.reminders.enabled",
    havingValue = "true",
    matchIfMissing = true)
class RoundLockSchedule {

  private final RoundLockJob job;
  private final RoundDueReminders reminders;

  RoundLockSchedule(RoundLockJob job, RoundDueReminders reminders) {
    this.job = job;
    this.reminders = reminders;
  }

  @Scheduled(
      cron = "${parindex.rounds.lock-cron:0 5 * * * *}",
      zone = "${parindex.reminders.zone:Asia/Ho_Chi_Minh}")
  void hourly() {
    job.run();
    reminders.run();
  }
}
