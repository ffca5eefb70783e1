package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Users;
import vn.parindex.reminder.ReminderJob;

/**
 * The demo shows a year in progress on the day it loads: verified tasks with evidence, tasks
 * waiting for the chairman, tasks due soon, two overdue, one stuck, some planned; and an
 * obligations calendar for the current year with done, late and due-soon items.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoYearTest {

  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired ReminderJob job;
  @Autowired vn.parindex.reminder.ObligationCalendar calendar;

  /** Signed in as a demo account (pages take the session's principal; the API takes Basic). */
  private RequestPostProcessor as(String username) {
    return user(users.principal(username).orElseThrow());
  }

  /** The load day, in Vietnam as the app's clock: after 17:00 UTC it is already tomorrow there. */
  final LocalDate today = LocalDate.now(vn.parindex.page.Times.ZONE);

  private int count(String where, Object... params) {
    return jdbc.sql("select count(*) from task t where " + where)
        .params(List.of(params))
        .query(Integer.class)
        .single();
  }

  private static final String OPEN = "t.status in ('PLANNED', 'IN_PROGRESS')";

  @Test
  void theTasksStandInARealisticMixRelativeToTheLoadDay() {
    assertThat(count("t.status = 'VERIFIED'")).isEqualTo(4);
    assertThat(count("t.status = 'DONE'")).isEqualTo(2);
    assertThat(count("t.status = 'PLANNED'")).isPositive();
    assertThat(count(OPEN + " and t.due_on < ?", today)).isEqualTo(2);
    assertThat(count(OPEN + " and t.due_on between ? and ?", today, today.plusDays(7)))
        .isGreaterThanOrEqualTo(2);
    assertThat(count(OPEN + " and t.last_update_at < ?", today.minusDays(14).atStartOfDay()))
        .isEqualTo(1);
    assertThat(count("t.due_on > ?", today.plusDays(30))).isPositive();
    // verified by the chairman, with evidence, on or before the due date
    assertThat(
            count(
                "t.status = 'VERIFIED' and t.verified_by = (select id from app_user where"
                    + " username = 'chu.tich') and cast(t.verified_at as date) <= t.due_on and"
                    + " exists (select 1 from evidence_file f where f.task_id = t.id)"))
        .isEqualTo(4);
    // nothing dated after the load
    Timestamp latest = jdbc.sql("select max(at) from task_update").query(Timestamp.class).single();
    assertThat(latest.toLocalDateTime()).isBefore(LocalDateTime.now());
    // the seed gives the propaganda lines to the vice-chairman for culture and society
    assertThat(
            count(
                "t.owner_user_id = (select id from app_user where username = 'pct.vhxh') and"
                    + " t.department_id = (select department_id from app_user where username ="
                    + " 'pct.vhxh')"))
        .isPositive();
  }

  @Test
  void eachStepIsDatedAndSignedByItsPersonAsTheServicesRecordedIt() {
    // planned 100 days before the load by the officer; every later step before the load day
    assertThat(count("cast(t.created_at as date) = ?", today.minusDays(100)))
        .isEqualTo(count("1 = 1"));
    assertThat(
            jdbc.sql(
                    "select distinct username from audit_event where entity_type = 'TASK' and"
                        + " field = 'created'")
                .query(String.class)
                .list())
        .containsExactly("cchc.vinhchap");
    assertThat(
            jdbc.sql("select max(uploaded_at) from evidence_file")
                .query(Timestamp.class)
                .single()
                .toLocalDateTime())
        .isBefore(today.atStartOfDay());
    // the chairman's verification is his, at its moment, in the history and the audit trail alike
    assertThat(
            jdbc.sql(
                    "select count(*) from task_update u join app_user a on a.id = u.author_user_id"
                        + " join task t on t.id = u.task_id where u.status_to = 'VERIFIED' and"
                        + " a.username = 'chu.tich' and u.at = t.verified_at")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event e join task t on t.id = e.entity_id where"
                        + " e.entity_type = 'TASK' and e.new_value = 'VERIFIED' and e.username ="
                        + " 'chu.tich' and e.at = t.verified_at")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
    // a started task starts on the day it was started
    assertThat(count("t.status <> 'PLANNED' and t.start_on is null")).isZero();
    assertThat(count("t.status = 'PLANNED' and t.start_on is not null")).isZero();
  }

  @Test
  void theChairmanHasTwoTasksToVerifyAndTheOneStopShopOfficialOneOverdue() throws Exception {
    String verify =
        mvc.perform(get("/tasks/verify").with(as("chu.tich")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(verify.split("data-task-id=")).hasSize(3);
    String mine =
        mvc.perform(get("/tasks/mine").with(as("mot.cua")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains("Quá hạn").contains("Chậm cập nhật").contains("chờ xác nhận");
  }

  @Test
  void aReminderRunOnTheLoadDayHasDueSoonOverdueEscalatedAndStuckTasksToRemindOf() {
    job.run(LocalDateTime.now());
    List<String> kinds =
        jdbc.sql("select distinct kind from reminder_log order by kind").query(String.class).list();
    assertThat(kinds).contains("DUE_SOON", "OVERDUE", "ESCALATION", "STUCK");
  }

  @Test
  void theObligationsCalendarOfTheCurrentYearShowsDoneLateAndDueSoon() throws Exception {
    var result =
        mvc.perform(
                get("/api/v1/obligations")
                    .param("unit", "DEMO-VINHCHAP")
                    .with(httpBasic("chu.tich", DemoAccounts.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].dueOn").value(hasItem(today.getYear() + "-12-31")));
    if (today.getDayOfYear() > 41) {
      // three ad-hoc report requests: answered in time, answered late, pending
      result.andExpect(jsonPath("$[*].status").value(hasItems("DONE", "MISSED", "DUE_SOON")));
    }
  }
}
