package vn.parindex.reminder;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ReminderPagesTest {

  static final String TITLE = "Báo cáo kết quả tự đánh giá";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Obligations obligations;
  @Autowired ReminderPolicies policies;

  ReminderFixture db;
  long unit;
  long officer;
  LocalDate due;

  @BeforeEach
  void commune() {
    db = new ReminderFixture(jdbc);
    jdbc.sql("delete from obligation where unit_id is not null").update();
    db.clean();
    unit = db.unit("vc-web");
    db.unit("other-web");
    officer = db.user(unit, "cchc", "cchc@vinhchap.gov.vn", "PAR_OFFICER");
    due = LocalDate.now().plusDays(3);
    obligations.add(
        new Obligation(
            null,
            unit,
            "2.1",
            TITLE,
            ObligationKind.DEADLINE,
            null,
            MonthDay.from(due),
            null,
            null,
            "Văn phòng – Thống kê",
            null));
  }

  RequestPostProcessor as(long id, Role role) {
    return user(
        new AccountPrincipal(
            new CurrentUser(id, "u" + id, "U", unit, null, Set.of(role)), "x", true));
  }

  @Test
  void theCalendarWarnsOfAnObligationDueWithinTwoWeeksAndNotDone() throws Exception {
    mvc.perform(
            get("/obligations")
                .param("unit", "vc-web")
                .param("year", "" + due.getYear())
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(TITLE)))
        .andExpect(content().string(containsString("Lịch nghĩa vụ năm " + due.getYear() + " –")))
        .andExpect(content().string(containsString("due-soon-warning")))
        .andExpect(content().string(containsString("Sắp đến hạn")))
        .andExpect(content().string(containsString("Tháng " + due.getMonthValue())))
        .andExpect(content().string(containsString("Văn phòng – Thống kê")));
  }

  @Test
  void recordingItDoneTurnsItsStatusDoneInTheApi() throws Exception {
    long id =
        obligations.forUnit(unit).stream()
            .filter(o -> o.title().equals(TITLE))
            .findFirst()
            .orElseThrow()
            .id();
    mvc.perform(
            post("/obligations/{id}/occurrences", id)
                .param("unit", "vc-web")
                .param("year", "" + due.getYear())
                .param("doneOn", LocalDate.now().toString())
                .param("evidence", "Báo cáo số 15/BC-UBND")
                .with(csrf())
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            get("/api/v1/obligations")
                .param("unit", "vc-web")
                .param("year", "" + due.getYear())
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.title == '" + TITLE + "')].status").value("DONE"))
        .andExpect(jsonPath("$[?(@.title == '" + TITLE + "')].criterionCode").value("2.1"));
  }

  @Test
  void anotherUnitsCalendarIsNotFound() throws Exception {
    mvc.perform(get("/obligations").param("unit", "other-web").with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/obligations")
                .param("unit", "other-web")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theParOfficerSavesTheUnitsReminderPolicy() throws Exception {
    mvc.perform(get("/reminders/policy").with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("7, 1")));
    mvc.perform(
            post("/reminders/policy")
                .param("unit", "vc-web")
                .param("daysBefore", "10, 3")
                .param("onOverdue", "true")
                .param("stuckDays", "5")
                .param("escalateAfterDays", "2")
                .param("sendHour", "6")
                .param("warnDays", "21")
                .with(csrf())
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().is3xxRedirection());
    ReminderPolicy saved = policies.forUnit(unit);
    assertThat(saved.daysBefore()).containsExactly(3, 10);
    assertThat(saved.stuckDays()).isEqualTo(5);
    assertThat(saved.escalateAfterDays()).isEqualTo(2);
    assertThat(saved.dailyDigest()).isFalse();
    assertThat(saved.warnDays()).isEqualTo(21);
  }

  @Test
  void aPolicyWithInvalidDaysIsRefusedAndNotStored() throws Exception {
    mvc.perform(
            post("/reminders/policy")
                .param("unit", "vc-web")
                .param("daysBefore", "7, tuần")
                .param("stuckDays", "5")
                .param("escalateAfterDays", "2")
                .param("sendHour", "6")
                .param("warnDays", "21")
                .with(csrf())
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("«tuần»")));
    assertThat(policies.forUnit(unit)).isEqualTo(ReminderPolicy.defaults(unit));
  }

  @Test
  void aDepartmentOfficialCannotEditThePolicy() throws Exception {
    long official = db.user(unit, "vhxh", "vhxh@vinhchap.gov.vn", "DEPARTMENT_OFFICIAL");
    mvc.perform(get("/reminders/policy").with(as(official, Role.DEPARTMENT_OFFICIAL)))
        .andExpect(status().isForbidden());
  }

  @Test
  void notificationsAreListedCountedAndMarkedReadByTheirOwnerOnly() throws Exception {
    long other = db.user(unit, "vhxh", "vhxh@vinhchap.gov.vn", "DEPARTMENT_OFFICIAL");
    jdbc.sql(
            "insert into notification (user_id, kind, ref_type, ref_id, message, created_at)"
                + " values (?, 'OVERDUE', 'TASK', 1, ?, current_timestamp)")
        .params(officer, "Nhiệm vụ «<b>Tuyên truyền</b>» đã quá hạn")
        .update();
    long id = db.count("select max(id) from notification");
    mvc.perform(get("/notifications").with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;b&gt;Tuyên truyền&lt;/b&gt;")))
        .andExpect(content().string(containsString("hx-get=\"/notifications/badge\"")));
    mvc.perform(get("/notifications/badge").with(as(officer, Role.PAR_OFFICER)))
        .andExpect(content().string(containsString(">1</span>")));
    mvc.perform(
            post("/notifications/{id}/read", id)
                .with(csrf())
                .with(as(other, Role.DEPARTMENT_OFFICIAL)))
        .andExpect(status().is3xxRedirection());
    assertThat(db.count("select count(*) from notification where read_at is null")).isEqualTo(1);
    mvc.perform(
            post("/notifications/{id}/read", id).with(csrf()).with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/notifications/badge").with(as(officer, Role.PAR_OFFICER)))
        .andExpect(content().string(not(containsString("class=\"badge\""))));
  }

  @Test
  void theApiAddsAUnitObligationAndRecordsAnAdHocRequestDueWithinItsDays() throws Exception {
    mvc.perform(
            post("/api/v1/obligations")
                .param("unit", "vc-web")
                .contentType("application/json")
                .content(
                    "{\"criterionCode\":\"1.1\",\"title\":\"Báo cáo Đề án 06\","
                        + "\"kind\":\"WITHIN_DAYS\",\"withinDays\":5}")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isCreated());
    long id =
        obligations.forUnit(unit).stream()
            .filter(o -> o.title().equals("Báo cáo Đề án 06"))
            .findFirst()
            .orElseThrow()
            .id();
    mvc.perform(
            post("/api/v1/obligations/{id}/occurrences", id)
                .param("unit", "vc-web")
                .contentType("application/json")
                .content("{\"requestedOn\":\"2025-09-04\"}")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isCreated());
    mvc.perform(
            get("/api/v1/obligations")
                .param("unit", "vc-web")
                .param("year", "2025")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(jsonPath("$[?(@.title == 'Báo cáo Đề án 06')].dueOn").value("2025-09-09"))
        .andExpect(jsonPath("$[?(@.title == 'Báo cáo Đề án 06')].status").value("MISSED"));
  }

  @Test
  void anObligationWithoutItsDatesIsRefusedNamingTheFields() throws Exception {
    mvc.perform(
            post("/api/v1/obligations")
                .param("unit", "vc-web")
                .contentType("application/json")
                .content("{\"title\":\"Công khai\",\"kind\":\"WINDOW\",\"from\":\"32/01\"}")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("32/01")));
    assertThat(obligations.forUnit(unit)).noneMatch(o -> o.title().equals("Công khai"));
  }

  private org.springframework.test.web.servlet.ResultActions addQuarterly(String to)
      throws Exception {
    return mvc.perform(
        post("/obligations")
            .param("unit", "vc-web")
            .param("year", "2025")
            .param("title", "Họp giao ban CCHC quý")
            .param("kind", "DEADLINE")
            .param("to", to)
            .with(csrf())
            .with(as(officer, Role.PAR_OFFICER)));
  }

  @Test
  void addedTwiceFromThePageTheObligationIsOneAndAnotherDeadlineIsRefusedByName() throws Exception {
    addQuarterly("20/12").andExpect(status().is3xxRedirection());
    addQuarterly("20/12").andExpect(status().is3xxRedirection());
    addQuarterly("25/12")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .string(containsString("Đơn vị đã có nghĩa vụ «Họp giao ban CCHC quý» cùng loại")))
        .andExpect(content().string(containsString("value=\"25/12\"")));
    assertThat(obligations.forUnit(unit))
        .filteredOn(o -> o.title().equals("Họp giao ban CCHC quý"))
        .singleElement()
        .extracting(Obligation::to)
        .isEqualTo(MonthDay.of(12, 20));
  }

  @Test
  void theParOfficerAddsAWindowObligationFromThePage() throws Exception {
    mvc.perform(
            post("/obligations")
                .param("unit", "vc-web")
                .param("year", "2025")
                .param("title", "Niêm yết thủ tục hành chính")
                .param("kind", "WINDOW")
                .param("from", "01/04")
                .param("to", "30/06")
                .param("responsible", "Bộ phận một cửa")
                .with(csrf())
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().is3xxRedirection());
    Obligation added =
        obligations.forUnit(unit).stream()
            .filter(o -> o.title().equals("Niêm yết thủ tục hành chính"))
            .findFirst()
            .orElseThrow();
    assertThat(added.from()).isEqualTo(MonthDay.of(4, 1));
    assertThat(added.to()).isEqualTo(MonthDay.of(6, 30));
    assertThat(added.unitId()).isEqualTo(unit);
  }

  @Test
  void theSampleYamlImportsTheSeedsObligationsForTheUnit() throws Exception {
    byte[] yaml = getClass().getResourceAsStream("/samples/nghia-vu-cchc.yaml").readAllBytes();
    mvc.perform(
            multipart("/api/v1/obligations/import")
                .file(new MockMultipartFile("file", "nghia-vu.yaml", "application/yaml", yaml))
                .param("unit", "vc-web")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(4));
    assertThat(obligations.forUnit(unit))
        .filteredOn(o -> unit == (o.unitId() == null ? -1 : o.unitId()))
        .extracting(Obligation::kind)
        .contains(
            ObligationKind.WINDOW,
            ObligationKind.DEADLINE,
            ObligationKind.RECURRING,
            ObligationKind.WITHIN_DAYS);
  }

  @Test
  void aYamlWithOneBadItemStoresNothingAndNamesItsRow() throws Exception {
    String yaml =
        "obligations:\n  - title: A\n    kind: DEADLINE\n    to: \"15/11\"\n"
            + "  - title: B\n    kind: SOMETIMES\n";
    mvc.perform(
            multipart("/api/v1/obligations/import")
                .file(
                    new MockMultipartFile(
                        "file", "x.yaml", "application/yaml", yaml.getBytes(UTF_8)))
                .param("unit", "vc-web")
                .with(as(officer, Role.PAR_OFFICER)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("SOMETIMES")))
        .andExpect(content().string(containsString("Dòng 2")));
    assertThat(obligations.forUnit(unit)).noneMatch(o -> o.title().equals("A"));
  }
}
