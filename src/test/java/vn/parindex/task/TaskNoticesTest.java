package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * A task's events reach its people at once (not on the hourly run), in the bell and by mail:
 * assigned → owner, reported done → accountable leader, sent back or verified → owner; each event
 * told once, a refused change told to no one.
 */
@SpringBootTest(properties = "parindex.evidence.dir=target/evidence-test")
@ActiveProfiles("test")
class TaskNoticesTest {

  static final int PORT = freePort();
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @Autowired Units units;
  @Autowired Departments departments;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService tasks;

  TaskWorld w;

  @BeforeEach
  void world() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    w = new TaskWorld(units, departments, imports, plans, jdbc);
  }

  @Test
  void eachStepOfATaskIsToldAtOnceToWhomItConcerns() {
    long id = assignTo(w.officialA, "Niêm yết đầy đủ thủ tục hành chính");
    assertThat(notices(w.officialA)).containsExactly("TASK_ASSIGNED");
    assertThat(subjects(w.officialA))
        .containsExactly("[ParIndex] Việc mới được giao: Niêm yết đầy đủ thủ tục hành chính");
    assertThat(notices(w.leader)).isEmpty();

    tasks.act(now(w.officialA), id, TaskAction.START, null);
    tasks.act(now(w.officialA), id, TaskAction.COMPLETE, null);
    assertThat(notices(w.leader)).containsExactly("TASK_DONE");
    assertThat(subjects(w.leader))
        .containsExactly("[ParIndex] Việc chờ xác nhận: Niêm yết đầy đủ thủ tục hành chính");

    tasks.act(now(w.leader), id, TaskAction.SEND_BACK, "Thiếu ảnh chụp bảng niêm yết");
    assertThat(notices(w.officialA)).containsExactly("TASK_ASSIGNED", "TASK_RETURNED");
    assertThat(messages(w.officialA).get(1)).contains("Thiếu ảnh chụp bảng niêm yết");

    // The same step twice in a day is told twice: each event is its own notice.
    tasks.act(now(w.officialA), id, TaskAction.COMPLETE, null);
    assertThat(notices(w.leader)).containsExactly("TASK_DONE", "TASK_DONE");
    assertThat(subjects(w.leader)).hasSize(2);

    tasks.postUpdate(
        now(w.officialA),
        id,
        null,
        "Ảnh chụp",
        List.of(new FileUpload("niem-yet.pdf", PDF, EvidenceMeta.none())));
    tasks.act(now(w.leader), id, TaskAction.VERIFY, null);
    assertThat(notices(w.officialA))
        .containsExactly("TASK_ASSIGNED", "TASK_RETURNED", "TASK_VERIFIED");
    assertThat(subjects(w.officialA))
        .contains("[ParIndex] Việc đã được xác nhận: Niêm yết đầy đủ thủ tục hành chính");
  }

  @Test
  void aRefusedChangeTellsNoOneAndWhoActsIsNotToldOfTheirOwnAct() {
    long id = assignTo(w.officialB, "Công khai kết quả giải quyết hồ sơ");
    tasks.act(now(w.officialB), id, TaskAction.START, null);
    tasks.act(now(w.officialB), id, TaskAction.COMPLETE, null);
    int before = notices(w.officialB).size();
    // Verifying without evidence is refused: nothing committed, nothing told.
    assertThatThrownBy(() -> tasks.act(now(w.leader), id, TaskAction.VERIFY, null))
        .isInstanceOf(RuntimeException.class);
    assertThat(notices(w.officialB)).hasSize(before);

    tasks.reassign(
        now(w.officer), id, w.office, w.officer.id(), w.leader.id(), LocalDate.now().plusDays(20));
    assertThat(notices(w.officer)).isEmpty();
    tasks.reassign(
        now(w.officer),
        id,
        w.oneStop,
        w.officialA.id(),
        w.leader.id(),
        LocalDate.now().plusDays(20));
    assertThat(notices(w.officialA)).containsExactly("TASK_ASSIGNED");
    // A change that keeps the owner tells no one again.
    tasks.reassign(
        now(w.officer),
        id,
        w.oneStop,
        w.officialA.id(),
        w.leader.id(),
        LocalDate.now().plusDays(25));
    assertThat(notices(w.officialA)).containsExactly("TASK_ASSIGNED");
  }

  private long assignTo(CurrentUser owner, String title) {
    return tasks
        .create(
            now(w.officer),
            new TaskDraft(
                w.commune.id(),
                TaskSource.PAR_PLAN,
                null,
                List.of("1.1"),
                title,
                null,
                owner.departmentId(),
                owner.id(),
                w.leader.id(),
                null,
                LocalDate.now().plusDays(30),
                List.of()))
        .id();
  }

  /** The user acting now: the services are given who acts and when. */
  private static Actor now(CurrentUser user) {
    return new Actor(user, Instant.now());
  }

  private List<String> notices(CurrentUser user) {
    return jdbc.sql("select kind from notification where user_id = ? order by id")
        .param(user.id())
        .query(String.class)
        .list();
  }

  private List<String> messages(CurrentUser user) {
    return jdbc.sql("select message from notification where user_id = ? order by id")
        .param(user.id())
        .query(String.class)
        .list();
  }

  private List<String> subjects(CurrentUser user) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> to(m).equals(user.username() + "@example.vn"))
        .map(TaskNoticesTest::subject)
        .toList();
  }

  private static String to(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
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
