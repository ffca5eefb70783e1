package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.ParIndexApplication;
import vn.parindex.support.PostgresDatabase;

/**
 * Two app instances (two Spring contexts) on one PostgreSQL schema run the reminder job at the same
 * moment: every reminder is claimed, notified and mailed exactly once.
 */
class TwoInstancesReminderTest {

  static final int PORT = ReminderMailTest.freePort();
  static final LocalDate DUE = LocalDate.of(2025, 11, 15);
  static final int TASKS = 20;

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Test
  void twoInstancesRunningTheJobTogetherSendEachReminderOnce() throws Exception {
    try (ConfigurableApplicationContext first = start(new PostgresDatabase(), Map.of())) {
      Environment env = first.getEnvironment();
      assertThat(env.getProperty("spring.datasource.url")).contains("postgresql");
      Map<String, Object> sameSchema =
          Map.of(
              "spring.datasource.url", env.getProperty("spring.datasource.url"),
              "spring.datasource.username", env.getProperty("spring.datasource.username"),
              "spring.datasource.password", env.getProperty("spring.datasource.password"),
              "spring.datasource.driver-class-name", "org.postgresql.Driver",
              "spring.flyway.schemas", env.getProperty("spring.flyway.schemas"),
              "spring.flyway.default-schema", env.getProperty("spring.flyway.default-schema"));
      try (ConfigurableApplicationContext second = start(null, sameSchema)) {
        ReminderFixture db = new ReminderFixture(first.getBean(JdbcClient.class));
        long unit = db.unit("vc-pg");
        long owner = db.user(unit, "vhxh", "vhxh@vinhchap.gov.vn", "DEPARTMENT_OFFICIAL");
        long leader = db.user(unit, "pct", "pct@vinhchap.gov.vn", "LEADER");
        db.user(unit, "cchc", "cchc@vinhchap.gov.vn", "PAR_OFFICER");
        for (int i = 1; i <= TASKS; i++) {
          db.task(unit, "Nhiệm vụ " + i, DUE, owner, leader, DUE.minusDays(2).atTime(9, 0));
        }
        assertThat(
                second
                    .getBean(JdbcClient.class)
                    .sql("select count(*) from task")
                    .query(Integer.class)
                    .single())
            .isEqualTo(TASKS);

        LocalDateTime now = DUE.minusDays(5).atTime(8, 0);
        List<ReminderJob> jobs =
            List.of(first.getBean(ReminderJob.class), second.getBean(ReminderJob.class));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ReminderJob.Result>> runs = new ArrayList<>();
        for (ReminderJob job : jobs) {
          runs.add(
              pool.submit(
                  () -> {
                    together.await();
                    return job.run(now);
                  }));
        }
        int delivered = 0;
        for (Future<ReminderJob.Result> run : runs) {
          delivered += run.get(120, TimeUnit.SECONDS).delivered();
        }
        pool.shutdown();

        // 20 due-soon reminders, 2 digests (owner, PAR officer), 1 obligation (plan by 15/11)
        int expected = TASKS + 2 + 1;
        assertThat(delivered).isEqualTo(expected);
        assertThat(db.count("select count(*) from reminder_log")).isEqualTo(expected);
        assertThat(db.count("select count(*) from notification")).isEqualTo(expected);
        assertThat(db.count("select count(*) from reminder_log where mail_status = 'SENT'"))
            .isEqualTo(expected);
        SMTP.waitForIncomingEmail(10_000, expected);
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(expected);
        Set<String> distinct = new HashSet<>();
        Arrays.stream(mails)
            .forEach(m -> distinct.add(ReminderMailTest.to(m) + ReminderMailTest.subject(m)));
        assertThat(distinct).hasSize(expected);

        // a later run of either instance sends nothing more
        assertThat(jobs.get(1).run(now.plusHours(1)).delivered()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(expected);
      }
    }
  }

  private static ConfigurableApplicationContext start(
      PostgresDatabase database, Map<String, Object> properties) {
    SpringApplicationBuilder builder =
        new SpringApplicationBuilder(ParIndexApplication.class).profiles("test");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + PORT,
                "--parindex.reminders.enabled=false"));
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    if (database != null) {
      builder.initializers(database);
    }
    // command-line arguments outrank application-test.properties (builder properties do not)
    return builder.run(args.toArray(String[]::new));
  }
}
