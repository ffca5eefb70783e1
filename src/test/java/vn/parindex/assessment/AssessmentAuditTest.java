package vn.parindex.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount(username = "can.bo.cchc")
class AssessmentAuditTest {

  private static final String XSS = "<img src=x onerror=alert(1)>";

  @Autowired MockMvc mvc;
  @Autowired vn.parindex.assessment.Assessments assessments;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  long id;

  @BeforeEach
  void importTheSeedTable() throws Exception {
    String location =
        mvc.perform(
                multipart("/assessments/upload")
                    .file(new MockMultipartFile("file", "seed.csv", "text/csv", SeedTables.csv()))
                    .param("newCode", "A" + System.nanoTime())
                    .param("newName", "Vĩnh Chấp")
                    .param("year", "2024")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  record Row(String field, String oldValue, String newValue, String username) {}

  private List<Row> rows() {
    return jdbc.sql(
            "select field, old_value, new_value, username from audit_event"
                + " where entity_type = 'ASSESSMENT' and entity_id = ? order by id")
        .param(id)
        .query(Row.class)
        .list();
  }

  private void edit(String points, String reason, String measure) throws Exception {
    mvc.perform(
            post("/assessments/" + id + "/nodes/2.3")
                .param("points", points)
                .param("reason", reason)
                .param("measure", measure)
                .param("version", String.valueOf(assessments.version(id).orElseThrow()))
                .header("HX-Request", "true")
                .with(csrf()))
        .andExpect(status().isOk());
  }

  @Test
  void importRecordsOneImportedEvent() {
    Assertions.assertThat(rows())
        .containsExactly(new Row("imported", null, "seed.csv", "can.bo.cchc"));
  }

  @Test
  void editingAnEntryRecordsOnlyTheChangedFieldsWithOldAndNew() throws Exception {
    String measure =
        jdbc.sql("select measure from assessment_entry where assessment_id = ? and code = '2.3'")
            .param(id)
            .query(String.class)
            .optional()
            .orElse("");
    String oldPoints =
        jdbc.sql("select points from assessment_entry where assessment_id = ? and code = '2.3'")
            .param(id)
            .query(java.math.BigDecimal.class)
            .single()
            .stripTrailingZeros()
            .toPlainString();
    edit("0,91", "Đạt 90.78% thanh toán trực tuyến", measure);
    Assertions.assertThat(rows().subList(1, rows().size()))
        .extracting(Row::field, Row::oldValue, Row::newValue, Row::username)
        .contains(
            org.assertj.core.groups.Tuple.tuple("2.3 · points", oldPoints, "0.91", "can.bo.cchc"))
        .extracting(t -> (String) t.toArray()[0])
        .doesNotContain("2.3 · measure", "2.3 · note");
  }

  @Test
  void theAssessmentPageShowsTheHistoryWithUserOldNewAndEscapesValues() throws Exception {
    edit("0,91", XSS, "Tăng thanh toán");
    mvc.perform(get("/assessments/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lịch sử thay đổi")))
        .andExpect(content().string(containsString("2.3 · Số điểm")))
        .andExpect(content().string(containsString("2.3 · Lí do mất điểm")))
        .andExpect(content().string(containsString("Nhập bảng điểm")))
        .andExpect(content().string(containsString("can.bo.cchc")))
        .andExpect(content().string(containsString("0,91")))
        .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
        .andExpect(content().string(not(containsString(XSS))));
  }

  @Test
  void anotherUnitsOfficerGetsNotFoundForTheAssessmentAndItsHistory() throws Exception {
    Unit other =
        units.save(
            new Unit(
                null,
                "O" + System.nanoTime(),
                "Xã Khác",
                UnitType.COMMUNE,
                null,
                null,
                null,
                false));
    mvc.perform(get("/assessments/" + id).with(Accounts.as(Role.PAR_OFFICER, other.id())))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Lịch sử thay đổi"))));
  }
}
