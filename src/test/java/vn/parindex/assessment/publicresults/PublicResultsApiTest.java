package vn.parindex.assessment.publicresults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Units;

/** The public results without signing in: only what was published, as JSON, CSV and a page. */
@PostgresTest
@AutoConfigureMockMvc
@Transactional
class PublicResultsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;

  @BeforeEach
  void setUp() {
    PublicResultsFixture.create("PUB", units, sets, assessments);
  }

  @Test
  void jsonRanksThePublishedResultsWithPointsByAreaAndCriterion() throws Exception {
    mvc.perform(get("/api/v1/public/results").param("parent", "PUB").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parentCode").value("PUB"))
        .andExpect(jsonPath("$.year").value(2024))
        .andExpect(jsonPath("$.units.length()").value(2))
        .andExpect(jsonPath("$.units[0].code").value("PUB-A"))
        .andExpect(jsonPath("$.units[0].rank").value(1))
        .andExpect(jsonPath("$.units[0].of").value(2))
        .andExpect(jsonPath("$.units[0].total").value(95.0))
        .andExpect(jsonPath("$.units[0].max").value(100.0))
        .andExpect(jsonPath("$.units[0].percent").value(95.0))
        .andExpect(jsonPath("$.units[0].band").value("Xuất sắc"))
        .andExpect(jsonPath("$.units[0].previousRank").value(2))
        .andExpect(jsonPath("$.units[0].change").value(1))
        .andExpect(jsonPath("$.units[0].areas[0].code").value("1"))
        .andExpect(jsonPath("$.units[0].areas[0].points").value(55.0))
        .andExpect(jsonPath("$.units[0].areas[0].criteria[0].code").value("1.1"))
        .andExpect(jsonPath("$.units[0].areas[0].criteria[0].points").value(25.0))
        .andExpect(jsonPath("$.units[1].code").value("PUB-B"))
        .andExpect(jsonPath("$.units[1].total").value(70.0))
        .andExpect(jsonPath("$.units[1].band").value("Khá"))
        .andExpect(jsonPath("$.units[1].change").value(-1));
  }

  @Test
  void withoutAYearTheNewestPublishedYearIsShown() throws Exception {
    mvc.perform(get("/api/v1/public/results").param("parent", "PUB"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2024))
        .andExpect(jsonPath("$.years[0]").value(2024))
        .andExpect(jsonPath("$.years[1]").value(2023));
  }

  @Test
  void unpublishedScoresAreNeverShown() throws Exception {
    String body =
        mvc.perform(get("/api/v1/public/results").param("parent", "PUB").param("year", "2024"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    // C has only a self-assessment; A's later appraisal (10 points) must not replace its 95
    assertThat(body).doesNotContain("PUB-C").doesNotContain("Chưa Công Bố");
    assertThat(body).doesNotContain("\"total\":10");
    mvc.perform(get("/api/v1/public/results").param("parent", "PUB-D"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").doesNotExist())
        .andExpect(jsonPath("$.years.length()").value(0))
        .andExpect(jsonPath("$.units.length()").value(0));
    mvc.perform(get("/api/v1/public/results").param("parent", "PUB-D").param("year", "2024"))
        .andExpect(jsonPath("$.units.length()").value(0));
    mvc.perform(get("/public/results").param("parent", "PUB").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Chưa Công Bố"))));
    mvc.perform(get("/public/results").param("parent", "PUB-D"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Xã Nháp"))))
        .andExpect(content().string(containsString("Chưa có kết quả nào được công bố")));
  }

  @Test
  void csvHasOneLinePerUnitWithAreasAndNeutralisedText() throws Exception {
    byte[] csv =
        mvc.perform(get("/api/v1/public/results.csv").param("parent", "PUB").param("year", "2024"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFXếp hạng,");
    String[] lines = text.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("1 Công tác chỉ đạo", "2 Thủ tục hành chính");
    assertThat(lines[1])
        .startsWith("1,2,PUB-A,Xã Công Khai A,95.00,100.00,95.00,Xuất sắc,2,55.00,40.00");
    assertThat(lines[2]).contains(",'=Xã B,").doesNotContain(",=Xã B");
    assertThat(text).doesNotContain("PUB-C");
  }

  @Test
  void unknownParentIs404() throws Exception {
    mvc.perform(get("/api/v1/public/results").param("parent", "NO-SUCH"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("NO-SUCH")));
    mvc.perform(get("/public/results").param("parent", "NO-SUCH"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("NO-SUCH")));
  }

  @Test
  void aBadYearIsRefusedNamingTheField() throws Exception {
    mvc.perform(get("/api/v1/public/results").param("parent", "PUB").param("year", "1800"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].column").value("Năm"))
        .andExpect(jsonPath("$.detail").value(containsString("1800")));
    mvc.perform(get("/api/v1/public/results").param("parent", "PUB").param("year", "abc"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("year"));
    mvc.perform(get("/public/results").param("parent", "PUB").param("year", "abc"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Năm «abc» không hợp lệ")));
  }

  @Test
  void thePageIsOpenAndShowsTheRankingInVietnameseOrEnglish() throws Exception {
    mvc.perform(get("/public/results").param("parent", "PUB"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Trang công khai")))
        .andExpect(content().string(containsString("Xã Công Khai A")))
        .andExpect(content().string(containsString("95,00 / 100,00 điểm")))
        .andExpect(content().string(containsString("1/2")))
        .andExpect(content().string(containsString("1.1 Kế hoạch CCHC")))
        .andExpect(content().string(containsString("tăng 1 bậc")));
    mvc.perform(get("/public/results").param("parent", "PUB").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Public page")))
        .andExpect(content().string(containsString("95.00 / 100.00 points")));
  }
}
