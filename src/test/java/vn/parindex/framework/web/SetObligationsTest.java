package vn.parindex.framework.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.reminder.Obligations;
import vn.parindex.support.WithAccount;

/**
 * A criteria set's obligations on its page, and on the calendar of every unit it applies to: the
 * newest set of the unit's year and type, the defaults it does not replace, the unit's own.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class SetObligationsTest {

  static final String COMMUNE = "SOB-XA";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CriteriaSets sets;
  @Autowired Obligations obligations;

  long unit;

  @BeforeEach
  void commune() {
    jdbc.sql(
            "delete from obligation_occurrence where unit_id in (select id from unit where code"
                + " = ?)")
        .param(COMMUNE)
        .update();
    jdbc.sql("delete from obligation where unit_id in (select id from unit where code = ?)")
        .param(COMMUNE)
        .update();
    jdbc.sql("delete from unit where code = ?").param(COMMUNE).update();
    jdbc.sql("insert into unit (code, name, type) values (?, 'Xã Thử', 'COMMUNE')")
        .param(COMMUNE)
        .update();
    unit = jdbc.sql("select id from unit where code = ?").param(COMMUNE).query(Long.class).single();
    obligations.add(
        new Obligation(
            null,
            unit,
            "2.6",
            "Niêm yết thủ tục hành chính",
            ObligationKind.DEADLINE,
            null,
            MonthDay.of(6, 30),
            null,
            null,
            "Bộ phận một cửa",
            null));
  }

  /** Set obligations would otherwise reach other tests' calendars in this shared context. */
  @AfterEach
  void forgetSetObligations() {
    jdbc.sql("delete from obligation where set_id is not null").update();
    jdbc.sql("delete from obligation where unit_id = ?").param(unit).update();
  }

  private ResultActions upload(String name, byte[] content, String year) throws Exception {
    return mvc.perform(
        multipart("/api/v1/frameworks")
            .file(new MockMultipartFile("file", name, null, content))
            .param("year", year));
  }

  private long uploaded(String name, byte[] content, String year) throws Exception {
    String body =
        upload(name, content, year)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
  }

  private ResultActions calendar(int year) throws Exception {
    return mvc.perform(get("/api/v1/obligations").param("unit", COMMUNE).param("year", "" + year));
  }

  @Test
  void theSetPageListsEachCriterionsObligationsAndTheCalendarUsesThemInsteadOfTheDefaults()
      throws Exception {
    long publicity =
        obligations.forUnit(unit, 2031).stream()
            .filter(o -> o.title().startsWith("Công khai"))
            .findFirst()
            .orElseThrow()
            .id();
    obligations.record(
        publicity, unit, 2031, null, java.time.LocalDate.of(2031, 2, 20), "Số 5/TB-UBND", null);
    long id = uploaded("bo.yaml", FrameworkApiTest.sample(), "2031");
    mvc.perform(get("/frameworks/{id}", id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<th>Nghĩa vụ</th>")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Từ 01/01 đến 31/03: Công khai, tuyên truyền kết quả Chỉ số CCHC năm"
                            + " trước (trong quý I) — phụ trách: Văn hóa – Xã hội")))
        .andExpect(content().string(containsString("Ít nhất 1 lần/năm, đến 31/12")))
        .andExpect(content().string(containsString("Trong 7 ngày kể từ khi có yêu cầu")));

    // 2031: the set's four dated obligations (its ad-hoc reports show per request) and the
    // unit's own; every default is restated by the set, so none is listed twice.
    calendar(2031)
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].criterionCode")
                .value(containsInAnyOrder("1.1.2", "1.3", "1.4", "6.4", "2.6")));
    // Another year has no set: the defaults (the seed's numbering) and the unit's own.
    calendar(2030)
        .andExpect(jsonPath("$[*].criterionCode").value(hasItem("1.2")))
        .andExpect(jsonPath("$[*].criterionCode").value(hasItem("2.6")))
        .andExpect(jsonPath("$[*].criterionCode").value(not(hasItem("1.3"))));
  }

  @Test
  void theNewestVersionOfTheUnitsYearAndTypeApplies() throws Exception {
    uploaded("bo.yaml", FrameworkApiTest.sample(), "2032");
    String newer =
        """
        name: Bộ chỉ số 2032 (bản sửa)
        year: 2032
        unitType: COMMUNE
        criteria:
          - code: "1"
            name: "Chỉ đạo, điều hành"
            max: 10
            obligations:
              - {kind: DEADLINE, to: "10-31", title: "Ban hành kế hoạch kiểm tra CCHC"}
        """;
    uploaded("v2.yaml", newer.getBytes(StandardCharsets.UTF_8), "2032");
    calendar(2032)
        .andExpect(jsonPath("$[*].title").value(hasItem("Ban hành kế hoạch kiểm tra CCHC")))
        .andExpect(jsonPath("$[*].criterionCode").value(hasItem("1.2")))
        .andExpect(jsonPath("$[*].criterionCode").value(not(hasItem("1.3"))));
  }

  @Test
  void aBadObligationIsRefusedNamingItsPathAndNothingIsStored() throws Exception {
    String bad =
        """
        name: Bộ lỗi
        year: 2033
        unitType: COMMUNE
        criteria:
          - code: "1"
            name: "Chỉ đạo"
            max: 2
            obligations:
              - {kind: WINDOW, from: "04-01", to: "31-03"}
        """;
    int before = sets.list().size();
    upload("bad.yaml", bad.getBytes(StandardCharsets.UTF_8), "2033")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].column").value("criteria[1].obligations[1].to"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("«31-03»")));
    Assertions.assertThat(sets.list()).hasSize(before);
    Assertions.assertThat(
            jdbc.sql("select count(*) from obligation where set_id is not null")
                .query(Integer.class)
                .single())
        .isZero();
  }
}
