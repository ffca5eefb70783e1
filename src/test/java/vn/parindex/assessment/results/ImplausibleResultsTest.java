package vn.parindex.assessment.results;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Published figures that cannot be (a total of 232 % of the maximum, a maximum of 0) are kept and
 * ranked as published, and the import, the ranking API and the ranking page all say so.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
class ImplausibleResultsTest {

  private static final String HEADER = "Mã đơn vị,Tên đơn vị,LV1,Lĩnh vực 2,Tổng điểm\n";

  @Autowired MockMvc mvc;
  @Autowired Units units;

  @BeforeEach
  void setUp() {
    Unit p =
        units.save(new Unit(null, "IR", "Huyện Thử", UnitType.DISTRICT, null, null, null, false));
    units.save(new Unit(null, "IR-1", "Xã Một", UnitType.COMMUNE, p.id(), null, null, false));
    units.save(new Unit(null, "IR-2", "Xã Hai", UnitType.COMMUNE, p.id(), null, null, false));
  }

  @Test
  void aTotalAboveTheMaximumIsAFindingOnTheImportTheRankingApiAndThePage() throws Exception {
    post(HEADER + ",Điểm tối đa,60,40,100\nIR-1,,140,92,232\nIR-2,,50,30,80\n")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.findings[*].kind", hasItem("ABOVE_MAX")));

    mvc.perform(get("/api/v1/rankings").param("parent", "IR").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].unitCode").value("IR-1"))
        .andExpect(jsonPath("$[0].finding", containsString("232 vượt điểm tối đa 100")))
        .andExpect(jsonPath("$[1].finding").value(nullValue()));
    mvc.perform(get("/rankings").param("parent", "IR").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tổng điểm 232 vượt điểm tối đa 100 (232%)")));
  }

  @Test
  void aMaximumOfZeroIsAFindingOnTheImportAndTheRanking() throws Exception {
    post(HEADER + ",Điểm tối đa,0,0,0\nIR-1,,0,0,0\nIR-2,,0,0,0\n")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.findings[*].kind", hasItem("ZERO_MAX")));

    mvc.perform(get("/api/v1/rankings").param("parent", "IR").param("year", "2024"))
        .andExpect(jsonPath("$[0].finding", containsString("điểm tối đa của bộ chỉ số là 0")));
  }

  private ResultActions post(String csv) throws Exception {
    return mvc.perform(
        multipart("/api/v1/results/import")
            .file(
                new MockMultipartFile(
                    "file", "kq.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("parent", "IR")
            .param("year", "2024"));
  }
}
