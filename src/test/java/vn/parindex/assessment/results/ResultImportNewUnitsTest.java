package vn.parindex.assessment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** A results table naming units the parent lacks: asked about, created only when confirmed. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class ResultImportNewUnitsTest {

  private static final String TABLE =
      "Mã đơn vị,Tên đơn vị,LV1,Lĩnh vực 2,Tổng điểm\n"
          + ",Điểm tối đa,60,40,100\n"
          + "NU-1,Xã Vĩnh Chấp,50,30,80\n"
          + ",Xã Vĩnh Linh,45,30,75\n"
          + "NU-9,Phường Đông Hà,40,30,70\n";

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    Unit parent =
        units.save(
            new Unit(null, "NU", "Tỉnh Quảng Trị", UnitType.PROVINCE, null, null, null, false));
    units.save(
        new Unit(null, "NU-1", "Vĩnh Chấp", UnitType.COMMUNE, parent.id(), null, null, false));
  }

  @Test
  void theApiAnswers422ListingTheUnknownUnitsAndStoresNothing() throws Exception {
    api(false)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.unknownUnits.length()").value(2))
        .andExpect(jsonPath("$.unknownUnits[0].row").value(4))
        .andExpect(jsonPath("$.unknownUnits[0].name").value("Xã Vĩnh Linh"))
        .andExpect(jsonPath("$.unknownUnits[1].code").value("NU-9"))
        .andExpect(jsonPath("$.errors[0].code").value("ranking.import.unit.new"))
        .andExpect(jsonPath("$.detail", containsString("createUnits=true")))
        .andExpect(jsonPath("$.detail", containsString("tỉnh Quảng Trị")));
    assertThat(units.all()).hasSize(2);
    assertThat(assessments()).isZero();
  }

  @Test
  void withCreateUnitsTheApiCreatesThemUnderTheParentAndImportsTheTable() throws Exception {
    api(true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.imported").value(3))
        .andExpect(jsonPath("$.createdUnits[0]").value("Xã Vĩnh Linh"))
        .andExpect(jsonPath("$.createdUnits[1]").value("Phường Đông Hà"));
    Unit parent = units.findByCode("NU").orElseThrow();
    assertThat(units.children(parent.id()))
        .extracting(Unit::code)
        .containsExactly("NU-1", "NU-9", "NU-XA-VINH-LINH");
    assertThat(units.findByCode("NU-XA-VINH-LINH").orElseThrow().type())
        .isEqualTo(UnitType.COMMUNE);
    assertThat(assessments()).isEqualTo(3);
  }

  @Test
  void thePageAsksBeforeCreatingAndTheConfirmImportsTheHeldFile() throws Exception {
    String prompt = prompt();
    // the file is held on the server, not sent back and forth in the page
    assertThat(prompt)
        .doesNotContain(Base64.getEncoder().encodeToString(bytes()))
        .doesNotContain("name=\"content\"");
    assertThat(units.all()).hasSize(2);
    assertThat(assessments()).isZero();

    mvc.perform(confirm(held(prompt), "Xã Vĩnh Linh", "Phường Đông Hà"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã tạo 2 đơn vị mới")))
        .andExpect(content().string(containsString("Đã nhập 3 đơn vị")))
        .andExpect(content().string(not(containsString("đơn vị mới dưới"))));
    assertThat(units.all()).hasSize(4);
    assertThat(assessments()).isEqualTo(3);

    // a second click on the same confirm lands nothing twice
    mvc.perform(confirm(held(prompt), "Xã Vĩnh Linh", "Phường Đông Hà"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hãy chọn lại tệp")));
    assertThat(assessments()).isEqualTo(3);
  }

  @Test
  void aConfirmThatDoesNotCoverEveryUnknownUnitAsksAgain() throws Exception {
    mvc.perform(confirm(held(prompt()), "Xã Vĩnh Linh"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tạo 2 đơn vị mới dưới tỉnh Quảng Trị?")))
        .andExpect(content().string(containsString("name=\"held\"")));
    assertThat(units.all()).hasSize(2);
  }

  private String prompt() throws Exception {
    return mvc.perform(
            multipart("/rankings/import")
                .file(file())
                .param("parent", "NU")
                .param("year", "2023")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tạo 2 đơn vị mới dưới tỉnh Quảng Trị?")))
        .andExpect(content().string(containsString("Dòng 4: Xã Vĩnh Linh")))
        .andExpect(content().string(containsString("Phường Đông Hà")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String held(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"held\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("the held file's token in the page").isTrue();
    return m.group(1);
  }

  private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder
      confirm(String held, String... newUnits) {
    return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
        multipart("/rankings/import")
            .param("held", held)
            .param("newUnit", newUnits)
            .param("parent", "NU")
            .param("year", "2023")
            .with(csrf());
  }

  private org.springframework.test.web.servlet.ResultActions api(boolean create) throws Exception {
    var request =
        multipart("/api/v1/results/import")
            .file(file())
            .param("parent", "NU")
            .param("year", "2023");
    if (create) {
      request.param("createUnits", "true");
    }
    return mvc.perform(request);
  }

  private static MockMultipartFile file() {
    return new MockMultipartFile("file", "ket-qua.csv", "text/csv", bytes());
  }

  private static byte[] bytes() {
    return TABLE.getBytes(StandardCharsets.UTF_8);
  }

  private long assessments() {
    return jdbc.sql("select count(*) from assessment").query(Long.class).single();
  }
}
