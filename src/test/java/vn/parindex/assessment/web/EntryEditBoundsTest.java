package vn.parindex.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.framework.CriterionCode;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** The inline editor refuses what an entry cannot hold, on the form, keeping what was typed. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class EntryEditBoundsTest {

  @Autowired MockMvc mvc;
  @Autowired vn.parindex.assessment.Assessments assessments;
  @Autowired Units units;
  @Autowired AssessmentQueries queries;

  String location;

  @BeforeEach
  void upload() throws Exception {
    String code = "EB" + System.nanoTime() % 1_000_000_000L;
    units.save(new Unit(null, code, "Xã Sửa", UnitType.COMMUNE, null, null, null, false));
    location =
        mvc.perform(
                multipart("/assessments/upload")
                    .file(new MockMultipartFile("file", "seed.csv", "text/csv", SeedTables.csv()))
                    .param("unit", code)
                    .param("year", "2023")
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
  }

  @ParameterizedTest(name = "points «{0}», a reason of {1} characters: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.2.3 | 10 | có thể đọc theo hai cách",
        "1000000 | 10 | quá lớn",
        "1e308 | 10 | không phải là một số",
        "0,5 | 4001 | Lí do mất điểm",
      })
  void isRefusedOnTheFormKeepingWhatWasTypedAndStoresNothing(
      String points, int reasonLength, String message) throws Exception {
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    AssessmentEntry before = entry(id);
    String reason = "r".repeat(reasonLength);

    mvc.perform(
            post(location + "/nodes/2.3")
                .param("points", points)
                .param("reason", reason)
                .param("measure", "Tăng thanh toán")
                .param("version", String.valueOf(assessments.version(id).orElseThrow()))
                .header("HX-Request", "true")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(message)))
        .andExpect(content().string(containsString("value=\"" + points + "\"")))
        .andExpect(content().string(containsString(reason)));

    AssessmentEntry after = entry(id);
    assertThat(after.points()).isEqualByComparingTo(before.points());
    assertThat(after.reason()).isEqualTo(before.reason());
  }

  private AssessmentEntry entry(long id) {
    return queries.scorecard(id).node(CriterionCode.of("2.3")).orElseThrow().entry();
  }
}
