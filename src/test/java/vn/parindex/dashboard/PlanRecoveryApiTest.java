package vn.parindex.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** The seed's 2024 table → the 2025 plan; a 2025 table where 1.1 improved and 2.3 got worse. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
class PlanRecoveryApiTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;

  long planId;

  @BeforeEach
  void setUp() throws Exception {
    Unit p =
        units.save(
            new Unit(null, "RC-P", "Huyện Phục", UnitType.DISTRICT, null, null, null, false));
    units.save(new Unit(null, "RC-1", "Xã Phục Hồi", UnitType.COMMUNE, p.id(), null, null, false));
    String seed = new String(SeedTables.csv(), StandardCharsets.UTF_8);
    long assessment = importTable(seed.getBytes(StandardCharsets.UTF_8), 2024);
    String plan =
        mvc.perform(post("/api/v1/plans").param("assessment", String.valueOf(assessment)))
            .andExpect(status().is2xxSuccessful())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    planId = ((Number) JsonPath.read(plan, "$.id")).longValue();
    String next =
        seed.replace("\n1.1,Báo cáo CCHC,4,3.9,", "\n1.1,Báo cáo CCHC,4,4,")
            .replace(
                "\n2.3,Tỷ lệ hồ sơ thanh toán trực tuyến,1,0.9,",
                "\n2.3,Tỷ lệ hồ sơ thanh toán trực tuyến,1,0.5,");
    importTable(next.getBytes(StandardCharsets.UTF_8), 2025);
  }

  private long importTable(byte[] csv, int year) throws Exception {
    String json =
        mvc.perform(
                multipart("/api/v1/assessments/import")
                    .file(new MockMultipartFile("file", "t.csv", "text/csv", csv))
                    .param("unit", "RC-1")
                    .param("year", String.valueOf(year)))
            .andExpect(status().is2xxSuccessful())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  @Test
  void eachPlanLineShowsWhatItsCriterionRecovered() throws Exception {
    mvc.perform(get("/api/v1/plans/{id}/recovery", planId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.planYear").value(2025))
        .andExpect(jsonPath("$.lines[?(@.code == '1.1')].status").value("IMPROVED"))
        .andExpect(jsonPath("$.lines[?(@.code == '1.1')].recovered").value(0.1))
        .andExpect(jsonPath("$.lines[?(@.code == '2.3')].status").value("WORSE"))
        .andExpect(jsonPath("$.lines[?(@.code == '1.2')].status").value("UNCHANGED"));
  }

  @Test
  void recoveryPageShowsTheLinesInVietnamese() throws Exception {
    mvc.perform(get("/plans/{id}/recovery", planId))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã cải thiện")))
        .andExpect(content().string(containsString("Giảm điểm")))
        .andExpect(content().string(containsString("Điểm năm 2024")));
  }

  @Test
  void recoveryListExportsAsCsvWithItsStatuses() throws Exception {
    String csv =
        mvc.perform(get("/plans/{id}/recovery.csv", planId))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(csv)
        .startsWith("\uFEFFMã,Tiêu chí,Điểm năm 2024,Mã tiêu chí năm 2025,Điểm năm 2025")
        .contains("1.1,Báo cáo CCHC,3.9")
        .contains("Đã cải thiện")
        .contains("Giảm điểm");
  }

  @Test
  void unknownPlanIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/plans/{id}/recovery", 999_999)).andExpect(status().isNotFound());
    mvc.perform(get("/plans/{id}/recovery", 999_999)).andExpect(status().isNotFound());
  }
}
