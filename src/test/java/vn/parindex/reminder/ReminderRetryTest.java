package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A mail that fails is kept for retry and sent once when the SMTP server is back. */
@SpringBootTest
@ActiveProfiles("test")
class ReminderRetryTest {

  static final int PORT = ReminderMailTest.freePort();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @Autowired ReminderJob job;
  @Autowired JdbcClient jdbc;

  @Test
  void aFailedMailIsRetriedOnceTheServerIsBackAndNeverSentTwice() throws Exception {
    ReminderFixture db = new ReminderFixture(jdbc);
    db.clean();
    long unit = db.unit("vc-retry");
    long owner = db.user(unit, "vhxh", "vhxh@vinhchap.gov.vn", "DEPARTMENT_OFFICIAL");
    LocalDate due = LocalDate.of(2025, 11, 15);
    db.task(unit, "Nhiệm vụ A", due, owner, null, due.minusDays(2).atTime(9, 0));

    // SMTP down: the reminder is claimed and notified in the app, its mail kept for retry
    job.run(due.minusDays(1).atTime(6, 0));
    assertThat(db.count("select count(*) from notification")).isEqualTo(1);
    assertThat(db.count("select count(*) from reminder_log where mail_status = 'FAILED'"))
        .isEqualTo(1);

    GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      ReminderJob.Result result = job.run(due.minusDays(1).atTime(7, 30));
      assertThat(result.retried()).isEqualTo(1);
      job.run(due.minusDays(1).atTime(8, 30));
      assertThat(smtp.getReceivedMessages())
          .extracting(ReminderMailTest::subject)
          .containsOnlyOnce("[ParIndex] Sắp đến hạn: Nhiệm vụ A");
      assertThat(db.count("select count(*) from reminder_log where mail_status = 'SENT'"))
          .isEqualTo(db.count("select count(*) from reminder_log"));
      assertThat(db.count("select count(*) from notification where kind = 'DUE_SOON'"))
          .isEqualTo(1);
    } finally {
      smtp.stop();
    }
  }
}
