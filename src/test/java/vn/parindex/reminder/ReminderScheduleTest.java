package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the schedule on, the job runs by itself on its cron (here every second); the context is
 * closed afterwards so that its scheduler stops.
 */
@SpringBootTest(
    properties = {"parindex.reminders.enabled=true", "parindex.reminders.cron=* * * * * *"})
@ActiveProfiles("test")
@DirtiesContext
class ReminderScheduleTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theScheduledJobNotifiesWithoutBeingCalled() throws Exception {
    ReminderFixture db = new ReminderFixture(jdbc);
    long unit = db.unit("vc-cron");
    long owner = db.user(unit, "vhxh", null, "DEPARTMENT_OFFICIAL");
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
    db.task(unit, "Nhiệm vụ theo lịch", tomorrow, owner, null, tomorrow.atStartOfDay());
    int found = 0;
    for (int i = 0; i < 50 && found == 0; i++) {
      Thread.sleep(100);
      found = db.count("select count(*) from notification where kind = 'DUE_SOON'");
    }
    assertThat(found).isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from reminder_log where kind = 'DUE_SOON' and mail_status = 'NO_MAIL'"))
        .isEqualTo(1);
  }
}
