package vn.parindex.assessment.publicresults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.StatedRank;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.TestActors;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
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
    PublicResultsFixture.create("PUB", 41, units, sets, assessments);
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
        .andExpect(content().string(containsString("Tỉnh Công Khai, năm 2024")))
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

  @Test
  void aVisitorIsOfferedThePublicResultsAndTheSignInNotTheSignedInPages() throws Exception {
    String page =
        mvc.perform(get("/public/results").param("parent", "PUB"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String menu = page.substring(page.indexOf("<nav>"), page.indexOf("</nav>"));
    assertThat(menu)
        .contains("href=\"/public/results\"")
        .contains("href=\"/login\"")
        .doesNotContain("/dashboard")
        .doesNotContain("/plans")
        .doesNotContain("/rankings")
        .doesNotContain("/units")
        .doesNotContain("/frameworks")
        .doesNotContain("/obligations");
  }

  @Test
  void lastYearsRankFollowsLineageAndAMergerIsNotCompared() throws Exception {
    Unit province =
        units.save(PublicResultsFixture.unit("PUL", "Tỉnh Dòng", UnitType.PROVINCE, null));
    Unit o1 = commune("PUL-O1", "Xã Cũ Một", province);
    Unit o2 = commune("PUL-O2", "Xã Cũ Hai", province);
    Unit o3 = commune("PUL-O3", "Xã Cũ Ba", province);
    Unit renamed = commune("PUL-N1", "Xã Mới Tên", province);
    Unit merged = commune("PUL-N2", "Xã Hợp Nhất", province);
    LocalDate day = LocalDate.of(2024, 1, 1);
    units.link(new Lineage(o1.id(), renamed.id(), LineageKind.RENAMED, day));
    units.link(new Lineage(o2.id(), merged.id(), LineageKind.MERGED, day));
    units.link(new Lineage(o3.id(), merged.id(), LineageKind.MERGED, day));
    long set2023 = PublicResultsFixture.set(sets, 2023, 42);
    long set2024 = PublicResultsFixture.set(sets, 2024, 42);
    published(o1, 2023, set2023, "10");
    published(o2, 2023, set2023, "30");
    published(o3, 2023, set2023, "20");
    published(renamed, 2024, set2024, "30");
    published(merged, 2024, set2024, "20");
    mvc.perform(get("/api/v1/public/results").param("parent", "PUL").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units[0].code").value("PUL-N1"))
        .andExpect(jsonPath("$.units[0].previousRank").value(3))
        .andExpect(jsonPath("$.units[0].change").value(2))
        .andExpect(jsonPath("$.units[1].code").value("PUL-N2"))
        .andExpect(jsonPath("$.units[1].previousRank").doesNotExist())
        .andExpect(jsonPath("$.units[1].merged").value(true));
  }

  @Test
  void aUnitPublishedAloneShowsTheRankItsDocumentStated() throws Exception {
    Unit district =
        units.save(PublicResultsFixture.unit("PUS", "Huyện Một Mình", UnitType.DISTRICT, null));
    Unit alone = commune("PUS-1", "Xã Một Mình", district);
    long set = PublicResultsFixture.set(sets, 2024, 42);
    Assessment saved =
        new Assessment(
                null,
                alone.id(),
                2024,
                set,
                AssessmentStage.PUBLISHED,
                new BigDecimal("79.69"),
                null,
                "test",
                null,
                List.of())
            .withStatedRank(new StatedRank(11, 18, 3));
    assessments.save(TestActors.fixture(), saved);
    mvc.perform(get("/api/v1/public/results").param("parent", "PUS"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units[0].rank").value(11))
        .andExpect(jsonPath("$.units[0].of").value(18))
        .andExpect(jsonPath("$.units[0].previousRank").value(14))
        .andExpect(jsonPath("$.units[0].change").value(3))
        .andExpect(jsonPath("$.units[0].total").value(79.69));
  }

  @Test
  void unitsRankedByTheProvinceShowTheirPublishedRankUnderTheirDistrict() throws Exception {
    // a province's round ranked 4 communes; 3 of them sit under this district: the district's
    // page shows 2/4, 3/4, 4/4 as the decision published them, not 1/3, 2/3, 3/3
    Unit district =
        units.save(PublicResultsFixture.unit("PUD", "Huyện Ba Xã", UnitType.DISTRICT, null));
    long set = PublicResultsFixture.set(sets, 2024, 43);
    String[][] published = {{"PUD-1", "60", "2"}, {"PUD-2", "50", "3"}, {"PUD-3", "40", "4"}};
    for (String[] p : published) {
      Unit commune = commune(p[0], "Xã " + p[0], district);
      assessments.save(
          TestActors.fixture(),
          new Assessment(
                  null,
                  commune.id(),
                  2024,
                  set,
                  AssessmentStage.PUBLISHED,
                  new BigDecimal(p[1]),
                  null,
                  "test",
                  null,
                  List.of())
              .withStatedRank(new StatedRank(Integer.valueOf(p[2]), 4, null)));
    }
    mvc.perform(get("/api/v1/public/results").param("parent", "PUD").param("year", "2024"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units.length()").value(3))
        .andExpect(jsonPath("$.units[0].code").value("PUD-1"))
        .andExpect(jsonPath("$.units[0].rank").value(2))
        .andExpect(jsonPath("$.units[0].of").value(4))
        .andExpect(jsonPath("$.units[2].code").value("PUD-3"))
        .andExpect(jsonPath("$.units[2].rank").value(4))
        .andExpect(jsonPath("$.units[2].of").value(4));
  }

  private Unit commune(String code, String name, Unit parent) {
    return units.save(PublicResultsFixture.unit(code, name, UnitType.COMMUNE, parent.id()));
  }

  private void published(Unit unit, int year, long set, String area2) {
    PublicResultsFixture.save(
        assessments, unit, year, set, AssessmentStage.PUBLISHED, "30", "30", area2);
  }
}
