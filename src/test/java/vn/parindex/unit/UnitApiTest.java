package vn.parindex.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.WithAccount;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class UnitApiTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;

  @Test
  void createsAUnitUnderItsParentWithAnNfcName() throws Exception {
    create("{\"code\":\"45\",\"name\":\"Quảng Trị\",\"type\":\"PROVINCE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.parentCode").doesNotExist());
    String decomposed = "Vi\u0303nh Cha\u0302\u0301p";
    create(
            "{\"code\":\"19603\",\"name\":\""
                + decomposed
                + "\",\"type\":\"commune\",\"parentCode\":\"45\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("Vĩnh Chấp"))
        .andExpect(jsonPath("$.type").value("COMMUNE"))
        .andExpect(jsonPath("$.parentCode").value("45"));
    assertThat(units.findByName("Vĩnh Chấp")).hasSize(1);
    mvc.perform(get("/api/v1/units").param("parent", "45"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("19603"));
    mvc.perform(get("/api/v1/units"))
        .andExpect(jsonPath("$[*].code", hasItems("45")))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void blankCodeAndNameAndBadTypeAreReportedTogetherAs422() throws Exception {
    create("{\"code\":\" \",\"name\":\"\",\"type\":\"VILLAGE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].column", hasItems("code", "name", "type")));
    assertThat(units.all()).isEmpty();
  }

  @Test
  void unknownParentIs422OnParentCode() throws Exception {
    create("{\"code\":\"1\",\"name\":\"Xã\",\"type\":\"COMMUNE\",\"parentCode\":\"999\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].column").value("parentCode"))
        .andExpect(jsonPath("$.detail", containsString("999")));
  }

  @Test
  void duplicateCodeIs422OnCode() throws Exception {
    create("{\"code\":\"45\",\"name\":\"Quảng Trị\",\"type\":\"PROVINCE\"}");
    create("{\"code\":\"45\",\"name\":\"Khác\",\"type\":\"PROVINCE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("unit.code.duplicate"));
    assertThat(units.all()).hasSize(1);
  }

  @Test
  void unknownUnitIs404() throws Exception {
    mvc.perform(get("/api/v1/units/NOPE")).andExpect(status().isNotFound());
  }

  @Test
  void lineageShowsOnBothUnits() throws Exception {
    create("{\"code\":\"45\",\"name\":\"Quảng Trị\",\"type\":\"PROVINCE\"}");
    create("{\"code\":\"A\",\"name\":\"Vĩnh Chấp\",\"type\":\"COMMUNE\",\"parentCode\":\"45\"}");
    create("{\"code\":\"B\",\"name\":\"Vĩnh Linh\",\"type\":\"COMMUNE\",\"parentCode\":\"45\"}");
    mvc.perform(
            post("/api/v1/units/A/lineage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"successorCode\":\"B\",\"kind\":\"MERGED\",\"effectiveOn\":\"2025-07-01\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.mergedInto[0].code").value("B"));
    mvc.perform(get("/api/v1/units/B"))
        .andExpect(jsonPath("$.mergedFrom[0].code").value("A"))
        .andExpect(jsonPath("$.mergedFrom[0].kind").value("MERGED"))
        .andExpect(jsonPath("$.mergedFrom[0].effectiveOn").value("2025-07-01"));
    mvc.perform(
            post("/api/v1/units/A/lineage")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"successorCode\":\"Z\",\"kind\":\"EATEN\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].column", hasItems("successorCode", "kind", "effectiveOn")));
  }

  @Test
  void unitsPageAddsAUnitThroughTheFormAndShowsTheTree() throws Exception {
    create("{\"code\":\"45\",\"name\":\"Quảng Trị\",\"type\":\"PROVINCE\"}");
    mvc.perform(
            post("/units")
                .with(csrf())
                .param("code", "19603")
                .param("name", "Vĩnh Chấp")
                .param("type", "COMMUNE")
                .param("parentCode", "45")
                .param("validFrom", "2020-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Vĩnh Chấp")));
    assertThat(units.findByCode("19603")).get().extracting(Unit::parentId).isNotNull();
    mvc.perform(
            post("/units")
                .with(csrf())
                .param("code", "")
                .param("name", "")
                .param("type", "COMMUNE"))
        .andExpect(status().is(422))
        .andExpect(content().string(containsString("Chưa nhập mã đơn vị")));
  }

  @Test
  void unitsPageRefusesAPostWithoutCsrf() throws Exception {
    mvc.perform(post("/units").param("code", "X").param("name", "X").param("type", "COMMUNE"))
        .andExpect(status().isForbidden());
  }

  private ResultActions create(String json) throws Exception {
    return mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
