package vn.parindex.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder job on {@code parindex.reminders.cron} (default hourly) in {@code
 * parindex.reminders.zone}; off with {@code parindex.reminders.enabled=false} (tests run it
 * directly).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "parindex.reminders.enabled",
    havingValue = "true",
    matchIfMissing = true)
class ReminderSchedule {

  private final ReminderJob job;
  private final Clock clock;

  ReminderSchedule(
      ReminderJob job,
      Clock clock,
      @Value("${parindex.reminders.zone:Asia/Ho_Chi_Minh}") String zone) {
    this.job = job;
    // the injected clock, read in the reminders' zone: a test or the demo moves it like the rest
    this.clock = clock.withZone(ZoneId.of(zone));
  }

  @Scheduled(
      cron = "${parindex.reminders.cron:0 0 * * * *}",
      zone = "${parindex.reminders.zone:Asia/Ho_Chi_Minh}")
  void hourly() {
    job.run(LocalDateTime.now(clock));
  }
}
