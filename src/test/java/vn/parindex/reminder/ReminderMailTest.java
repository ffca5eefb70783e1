package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminders received by a real SMTP server on loopback, with Vietnamese subjects. */
@SpringBootTest
@ActiveProfiles("test")
class ReminderMailTest {

  static final int PORT = freePort();
  static final LocalDate DUE = LocalDate.of(2025, 11, 15);
  static final String TITLE = "Đăng tải bài viết về chỉ số CCHC";

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
    registry.add("parindex.mail.from", () -> "parindex@vinhchap.gov.vn");
  }

  @Autowired ReminderJob job;
  @Autowired JdbcClient jdbc;

  ReminderFixture db;
  long owner;
  long leader;
  long officer;

  @BeforeEach
  void commune() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    db = new ReminderFixture(jdbc);
    db.clean();
    long unit = db.unit("vc-1");
    owner = db.user(unit, "vhxh", "vhxh@vinhchap.gov.vn", "DEPARTMENT_OFFICIAL");
    leader = db.user(unit, "pct", "pct@vinhchap.gov.vn", "LEADER");
    officer = db.user(unit, "cchc", "cchc@vinhchap.gov.vn", "PAR_OFFICER");
  }

  @Test
  void fiveDaysBeforeDueTheOwnerIsRemindedByMailInVietnamese() throws Exception {
    db.task(db.count("select max(id) from unit"), TITLE, DUE, owner, leader, at(DUE.minusDays(2)));
    job.run(DUE.minusDays(5).atTime(8, 0));
    assertThat(subjectsTo("vhxh@vinhchap.gov.vn"))
        .contains("[ParIndex] Sắp đến hạn: " + TITLE, "[ParIndex] Báo cáo hằng ngày 10/11/2025");
    assertThat(subjectsTo("pct@vinhchap.gov.vn")).isEmpty();
    assertThat(subjectsTo("cchc@vinhchap.gov.vn"))
        .contains(
            "[ParIndex] Báo cáo hằng ngày 10/11/2025",
            "[ParIndex] Sắp đến hạn: Hoàn thành 100% kế hoạch CCHC năm, trước ngày 15/11");
    MimeMessage dueSoon =
        Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> subject(m).equals("[ParIndex] Sắp đến hạn: " + TITLE))
            .findFirst()
            .orElseThrow();
    assertThat(dueSoon.getFrom()[0].toString()).isEqualTo("parindex@vinhchap.gov.vn");
    assertThat(dueSoon.getContent().toString())
        .contains("15/11/2025", "còn 5 ngày", "Xem chi tiết: http://localhost:8080/tasks/");
  }

  @Test
  void runningAgainTheSameDaySendsNothingNew() throws Exception {
    db.task(db.count("select max(id) from unit"), TITLE, DUE, owner, leader, at(DUE.minusDays(2)));
    job.run(DUE.minusDays(5).atTime(8, 0));
    int mails = SMTP.getReceivedMessages().length;
    int notifications = db.count("select count(*) from notification");
    ReminderJob.Result again = job.run(DUE.minusDays(5).atTime(9, 0));
    assertThat(again.delivered()).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(mails);
    assertThat(db.count("select count(*) from notification")).isEqualTo(notifications);
    assertThat(mails).isGreaterThanOrEqualTo(4);
  }

  @Test
  void threeDaysOverdueIsEscalatedToTheAccountableLeader() throws Exception {
    db.task(db.count("select max(id) from unit"), TITLE, DUE, owner, leader, at(DUE.minusDays(2)));
    job.run(DUE.plusDays(2).atTime(8, 0));
    assertThat(subjectsTo("vhxh@vinhchap.gov.vn")).contains("[ParIndex] Quá hạn: " + TITLE);
    assertThat(subjectsTo("pct@vinhchap.gov.vn")).isEmpty();
    job.run(DUE.plusDays(3).atTime(8, 0));
    assertThat(subjectsTo("pct@vinhchap.gov.vn"))
        .containsExactly("[ParIndex] Chuyển lãnh đạo: " + TITLE);
    assertThat(
            db.count(
                "select count(*) from notification where user_id = ? and kind = 'ESCALATION'",
                leader))
        .isEqualTo(1);
    assertThat(subjectsTo("vhxh@vinhchap.gov.vn"))
        .filteredOn(s -> s.startsWith("[ParIndex] Quá hạn"))
        .hasSize(1);
  }

  @Test
  void aTaskWithoutUpdateForFourteenDaysIsReportedStuckToItsOwner() throws Exception {
    LocalDate today = LocalDate.of(2025, 6, 1);
    db.task(
        db.count("select max(id) from unit"), TITLE, DUE, owner, leader, at(today.minusDays(15)));
    job.run(today.atTime(8, 0));
    assertThat(subjectsTo("vhxh@vinhchap.gov.vn"))
        .contains("[ParIndex] Chưa cập nhật tiến độ: " + TITLE);
    assertThat(subjectsTo("pct@vinhchap.gov.vn")).isEmpty();
  }

  static LocalDateTime at(LocalDate day) {
    return day.atTime(10, 0);
  }

  static List<String> subjectsTo(String address) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> to(m).contains(address))
        .map(ReminderMailTest::subject)
        .toList();
  }

  static String to(MimeMessage message) {
    try {
      return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return MimeUtility.decodeText(message.getHeader("Subject", null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
