package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;

/**
 * A refused reminder form comes back with what was typed and each message beside its field (422),
 * and nothing is stored.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class RefusedReminderFormsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Obligations obligations;
  @Autowired ReminderPolicies policies;

  ReminderFixture db;
  long unit;
  long officer;

  @BeforeEach
  void commune() {
    db = new ReminderFixture(jdbc);
    jdbc.sql("delete from obligation where unit_id is not null").update();
    db.clean();
    unit = db.unit("vc-refused");
    officer = db.user(unit, "cchc", "cchc@vinhchap.gov.vn", "PAR_OFFICER");
  }

  @Test
  void aRefusedPolicyKeepsWhatWasTypedWithEachMessageBesideItsField() throws Exception {
    String html =
        refused(
            post("/reminders/policy")
                .param("unit", "vc-refused")
                .param("daysBefore", "7, tuần")
                .param("onOverdue", "true")
                .param("stuckDays", "năm")
                .param("escalateAfterDays", "2")
                .param("sendHour", "25")
                .param("warnDays", "21"));
    assertThat(html).contains("value=\"7, tuần\"", "value=\"năm\"", "value=\"25\"", "value=\"21\"");
    assertThat(besideField(html, "daysBefore")).contains("«tuần»");
    assertThat(besideField(html, "stuckDays")).isEqualTo("«năm» không phải số nguyên");
    assertThat(besideField(html, "sendHour")).isEqualTo("Giá trị phải từ 0 đến 23");
    assertThat(html).contains("name=\"onOverdue\" value=\"true\" checked");
    assertThat(html).doesNotContain("name=\"dailyDigest\" value=\"true\" checked");
    assertThat(policies.forUnit(unit)).isEqualTo(ReminderPolicy.defaults(unit));
  }

  @Test
  void aRefusedObligationKeepsWhatWasTypedWithEachMessageBesideItsField() throws Exception {
    String html =
        refused(
            post("/obligations")
                .param("unit", "vc-refused")
                .param("year", "2026")
                .param("criterionCode", "1.3")
                .param("title", "Niêm yết <kết quả thử>")
                .param("kind", "WINDOW")
                .param("from", "32/01")
                .param("to", "")
                .param("timesPerYear", "hai")
                .param("responsible", "Văn phòng"));
    assertThat(html)
        .contains("value=\"Niêm yết &lt;kết quả thử>\"", "value=\"32/01\"", "value=\"hai\"")
        .contains("value=\"Văn phòng\"", "value=\"1.3\"", "<option value=\"WINDOW\" selected>");
    assertThat(besideField(html, "from"))
        .isEqualTo(
            "«32/01» không phải ngày/tháng hợp lệ (ví dụ 31/03); Cần nhập ngày bắt đầu và ngày"
                + " kết thúc");
    assertThat(besideField(html, "timesPerYear")).isEqualTo("«hai» không phải số nguyên");
    assertThat(obligations.forUnit(unit)).noneMatch(o -> o.title().startsWith("Niêm yết"));
  }

  @Test
  void anObligationTitleOverItsBoundIsRefusedBesideItsField() throws Exception {
    String title = "Báo cáo định kỳ về công tác cải cách hành chính ".repeat(20);
    String html =
        refused(
            post("/obligations")
                .param("unit", "vc-refused")
                .param("year", "2026")
                .param("title", title)
                .param("kind", "WINDOW")
                .param("from", "01/01")
                .param("to", "31/03")
                .param("responsible", "Văn phòng"));
    assertThat(besideField(html, "title"))
        .isEqualTo(
            "Nội dung nghĩa vụ dài tối đa 500 ký tự (đã nhập " + title.strip().length() + ")");
    assertThat(obligations.forUnit(unit))
        .noneMatch(o -> o.title().startsWith("Báo cáo định kỳ về"));
  }

  @Test
  void recordingAnObligationWithoutItsDateNamesTheDateInThatObligationsForm() throws Exception {
    LocalDate due = LocalDate.now().plusDays(3);
    long id =
        obligations.add(
            new Obligation(
                null,
                unit,
                "2.1",
                "Báo cáo tự đánh giá",
                ObligationKind.DEADLINE,
                null,
                MonthDay.from(due),
                null,
                null,
                "Văn phòng",
                null));
    String html =
        refused(
            post("/obligations/{id}/occurrences", id)
                .param("unit", "vc-refused")
                .param("year", "" + due.getYear())
                .param("doneOn", "")
                .param("evidence", "Báo cáo số 15/BC-UBND"));
    assertThat(html).contains("id=\"record-" + id + "\"", "value=\"Báo cáo số 15/BC-UBND\"");
    assertThat(besideField(html, "record-" + id + "-doneOn"))
        .isEqualTo("Cần nhập ngày thực hiện hoặc ngày yêu cầu");
    assertThat(obligations.occurrences(unit, due.getYear())).isEmpty();
  }

  private String refused(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(asOfficer()))
        .andExpect(status().isUnprocessableContent())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The message shown beside a field (its {@code aria-describedby} element), or "". */
  private static String besideField(String html, String field) {
    String id = field.contains("-") ? field : "e-" + field;
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\">([^<]*)<").matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private RequestPostProcessor asOfficer() {
    return user(
        new AccountPrincipal(
            new CurrentUser(officer, "cchc", "U", unit, null, Set.of(Role.PAR_OFFICER)),
            "x",
            true));
  }
}
