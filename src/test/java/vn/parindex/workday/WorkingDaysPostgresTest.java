package vn.parindex.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresDatabase;

/**
 * The table of official swaps on PostgreSQL, through the administrator's page: each swap changes
 * the working-day arithmetic at once; a second click adds nothing; a stale or missing version is
 * refused and stores nothing; every change is audited; the API lists the year's special days. Each
 * test uses dates of its own year, so they share the context.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresDatabase.class)
class WorkingDaysPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired WorkingDays days;
  @Autowired JdbcClient jdbc;

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(Accounts.admin())).andReturn().getResponse();
  }

  private MockHttpServletResponse add(String date, String kind, String reason) throws Exception {
    return send(
        post("/admin/working-days")
            .param("date", date)
            .param("kind", kind)
            .param("reason", reason)
            .param("year", "2026"));
  }

  private long rows(LocalDate date) {
    return jdbc.sql("select count(*) from workday_swap where swap_date = ?")
        .param(date)
        .query(Long.class)
        .single();
  }

  private Swap swapOn(LocalDate date) {
    return days.swaps(date.getYear()).stream()
        .filter(s -> s.date().equals(date))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSwappedDayOffAndAWorkedSaturdayChangeTheCountAtOnce() throws Exception {
    LocalDate friday = LocalDate.of(2026, 2, 13);
    LocalDate saturday = LocalDate.of(2026, 2, 28);
    // read (and cached) before the edit: the edit must be seen anyway
    assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 12), 1)).isEqualTo(friday);
    assertThat(add("13/02/2026", "OFF", "Nghỉ bù Tết").getStatus()).isEqualTo(302);
    assertThat(add("2026-02-28", "WORKING", "Làm bù cho ngày 13/02").getStatus()).isEqualTo(302);
    assertThat(days.isWorkingDay(friday)).isFalse();
    assertThat(days.isWorkingDay(saturday)).isTrue();
    // Thursday 12/02 + 1: not Friday (off), not Tết, not the weekend: Monday 23/02
    assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 12), 1))
        .isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 27), 1)).isEqualTo(saturday);
    assertThat(days.workingDaysBetween(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 2)))
        // 9–12/02, 23–27/02 and the Saturday 28/02
        .isEqualTo(10);
  }

  @Test
  void theSameClickTwiceIsOneRowAndAnotherContentOnThatDayIsRefused() throws Exception {
    LocalDate day = LocalDate.of(2027, 3, 1);
    assertThat(add("01/03/2027", "OFF", "Nghỉ bù").getStatus()).isEqualTo(302);
    assertThat(add("01/03/2027", "OFF", "Nghỉ bù").getStatus()).isEqualTo(302);
    assertThat(rows(day)).isEqualTo(1);
    MockHttpServletResponse other = add("01/03/2027", "OFF", "Nghỉ cầu");
    assertThat(other.getStatus()).isEqualTo(409);
    assertThat(other.getContentAsString())
        .contains("đã có trong bảng")
        .contains("value=\"Nghỉ cầu\"")
        .contains("value=\"01/03/2027\"");
    assertThat(rows(day)).isEqualTo(1);
    assertThat(swapOn(day).reason()).isEqualTo("Nghỉ bù");
  }

  @Test
  void aSwapThatChangesNothingOrIsMalformedIsRefusedBesideItsField() throws Exception {
    MockHttpServletResponse saturdayOff = add("06/03/2027", "OFF", "Nghỉ");
    assertThat(saturdayOff.getStatus()).isEqualTo(422);
    assertThat(saturdayOff.getContentAsString()).contains("vốn đã là ngày nghỉ");
    MockHttpServletResponse bad = add("31/02/2027", "OFF", "");
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString())
        .contains("Ngày «31/02/2027» không đúng dạng dd/mm/yyyy")
        .contains("Nhập lý do");
    assertThat(days.swaps(2027)).extracting(Swap::date).doesNotContain(LocalDate.of(2027, 3, 6));
  }

  @Test
  void aStaleOrMissingVersionIsRefusedAndStoresNothing() throws Exception {
    LocalDate day = LocalDate.of(2028, 3, 6);
    assertThat(add("06/03/2028", "OFF", "Nghỉ bù").getStatus()).isEqualTo(302);
    Swap stored = swapOn(day);
    String path = "/admin/working-days/" + stored.id();
    MockHttpServletResponse first =
        send(post(path).param("version", "0").param("kind", "OFF").param("reason", "Nghỉ cầu"));
    assertThat(first.getStatus()).isEqualTo(302);
    MockHttpServletResponse stale =
        send(post(path).param("version", "0").param("kind", "OFF").param("reason", "Của tôi"));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString())
        .contains("vừa sửa ngày 06/03/2028")
        .contains("value=\"Của tôi\"")
        // the current version, so saving again overwrites knowingly
        .contains("name=\"version\" value=\"1\"");
    MockHttpServletResponse none =
        send(post(path).param("kind", "OFF").param("reason", "Không phiên bản"));
    assertThat(none.getStatus()).isEqualTo(428);
    MockHttpServletResponse staleRemove = send(post(path + "/remove").param("version", "0"));
    assertThat(staleRemove.getStatus()).isEqualTo(409);
    assertThat(swapOn(day).reason()).isEqualTo("Nghỉ cầu");
    assertThat(swapOn(day).version()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'workday_swap'"
                        + " and entity_id = ? and field = 'reason'")
                .param(stored.id())
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(send(post(path + "/remove").param("version", "1")).getStatus()).isEqualTo(302);
    assertThat(rows(day)).isZero();
    // the second click on "Xóa": already gone, nothing to refuse
    assertThat(send(post(path + "/remove").param("version", "1")).getStatus()).isEqualTo(302);
    assertThat(days.isWorkingDay(day)).isTrue();
  }

  @Test
  void theApiListsTheWeekdaysOffAndTheWeekendsWorkedWithTheirNames() throws Exception {
    assertThat(add("10/04/2027", "WORKING", "Làm bù").getStatus()).isEqualTo(302);
    String json =
        mvc.perform(
                get("/api/v1/working-days")
                    .param("year", "2027")
                    .with(Accounts.as(Role.DEPARTMENT_OFFICIAL, 1)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains("\"year\":2027")
        .contains("{\"date\":\"2027-01-01\",\"working\":false,\"name\":\"Tết Dương lịch\"")
        .contains(
            "{\"date\":\"2027-04-10\",\"working\":true,\"name\":\"Làm bù\",\"swapped\":true}");
  }

  @Test
  void thePageShowsTheLunarHolidaysWithTheirLunarDate() throws Exception {
    String html = send(get("/admin/working-days").param("year", "2026")).getContentAsString();
    assertThat(html).contains("Giỗ Tổ Hùng Vương").contains("10/3 âm lịch").contains("26/04/2026");
    assertThat(send(get("/admin/working-days").param("year", "1800")).getStatus()).isEqualTo(404);
  }
}
