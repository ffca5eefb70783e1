package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class PlanApiTest {

  // CriteriaSets.nextVersion fails on an empty table (max() is null): distinct versions instead
  private static final java.util.concurrent.atomic.AtomicInteger VERSIONS =
      new java.util.concurrent.atomic.AtomicInteger(
          java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 1_000_000));

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired Plans plans;

  long assessmentId;

  @BeforeEach
  void storeTheSeedAssessment() {
    String suffix = String.valueOf(System.nanoTime());
    Unit district = units.save(withCode(SeedFixture.DISTRICT, "D" + suffix, null));
    Unit commune = units.save(withCode(SeedFixture.COMMUNE, "C" + suffix, district.id()));
    long setId = sets.save(SeedFixture.criteriaSet(null, VERSIONS.incrementAndGet())).id();
    assessmentId =
        assessments
            .save(
                vn.parindex.support.TestActors.fixture(),
                SeedFixture.assessment(null, commune.id(), setId))
            .id();
  }

  private static Unit withCode(Unit u, String code, Long parent) {
    return new Unit(null, code, u.name(), u.type(), parent, null, null, true);
  }

  private long draft() throws Exception {
    MvcResult result =
        mvc.perform(post("/api/v1/plans").param("assessment", String.valueOf(assessmentId)))
            .andExpect(status().isCreated())
            .andExpect(
                header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/plans/")))
            .andExpect(jsonPath("$.year").value(2025))
            .andExpect(jsonPath("$.header.authorityUnit").value("XÃ VĨNH CHẤP"))
            .andReturn();
    String location = result.getResponse().getHeader("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void draftsAPlanFromAStoredAssessment() throws Exception {
    long id = draft();
    Plan stored = plans.findById(id).orElseThrow();
    assertThat(stored.lines().stream().filter(l -> !l.area())).hasSize(16);
    assertThat(stored.opening().get(stored.opening().size() - 1)).contains("bị trừ 6,47 điểm");
    assertThat(stored.sections()).hasSize(4);
    mvc.perform(get("/api/v1/plans/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[1].code").value("1.1"));
  }

  @Test
  void downloadsTheThreeDocuments() throws Exception {
    long id = draft();
    byte[] docx =
        download(
            id, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docx).startsWith('P', 'K', 3, 4);
    byte[] xlsx =
        download(id, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx).startsWith('P', 'K', 3, 4);
    byte[] pdf = download(id, "pdf", "application/pdf");
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  private byte[] download(long id, String ext, String type) throws Exception {
    MvcResult result =
        mvc.perform(get("/api/v1/plans/" + id + "/document." + ext))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", type))
            .andReturn();
    String disposition = result.getResponse().getHeader("Content-Disposition");
    assertThat(disposition)
        .startsWith("attachment; filename=\"")
        .contains("xa-vinh-chap-2025." + ext + "\"")
        .contains("filename*=UTF-8''");
    return result.getResponse().getContentAsByteArray();
  }

  @Test
  void refusesPointsAboveMaxAndStoresNothing() throws Exception {
    long id = draft();
    String json =
        mvc.perform(get("/api/v1/plans/" + id)).andReturn().getResponse().getContentAsString();
    String broken = json.replaceFirst("\"points\":3\\.9", "\"points\":9.5");
    assertThat(broken).isNotEqualTo(json);
    mvc.perform(put("/api/v1/plans/" + id).contentType(MediaType.APPLICATION_JSON).content(broken))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].row").value(2))
        .andExpect(jsonPath("$.errors[0].column").value("points"));
    assertThat(plans.findById(id).orElseThrow().lines().get(1).points())
        .isEqualByComparingTo("3.9");
  }

  @Test
  void aStatedRankGoesIntoTheOpening() throws Exception {
    mvc.perform(
            post("/api/v1/plans")
                .param("assessment", String.valueOf(assessmentId))
                .param("rank", "11")
                .param("of", "18")
                .param("change", "3"))
        .andExpect(status().isCreated())
        .andExpect(
            jsonPath("$.opening[0]")
                .value(
                    "Kết quả thẩm định chỉ số cải cách hành chính xã Vĩnh Chấp năm 2024 đứng thứ"
                        + " 11/18 xã, thị trấn trên toàn huyện (tăng 3 bậc so với năm 2023)."));
  }

  @Test
  void unknownAssessmentIsNotFound() throws Exception {
    mvc.perform(post("/api/v1/plans").param("assessment", "999999"))
        .andExpect(status().isNotFound());
  }
}
