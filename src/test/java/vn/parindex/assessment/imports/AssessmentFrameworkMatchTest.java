package vn.parindex.assessment.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class AssessmentFrameworkMatchTest {

  static final String HEADER = "code,content,max,points,reason,measure,note\n";

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired AssessmentQueries queries;

  static int nextYear = 2030;

  long setId;
  int year;
  String unitCode;

  @BeforeEach
  void setUp() {
    unitCode = "F" + System.nanoTime() % 1_000_000_000L;
    year = nextYear++;
    units.save(new Unit(null, unitCode, "Xã Khung", UnitType.WARD, null, null, null, false));
    CriteriaSet set =
        CriteriaSet.create(
            null,
            "Bộ chỉ số phường 2030",
            year,
            UnitType.WARD,
            1,
            false,
            "test",
            List.of(
                new Criterion(CriterionCode.of("1"), "Lĩnh vực", new BigDecimal("10"), null, 1),
                new Criterion(
                    CriterionCode.of("1.1"),
                    "Tỷ lệ",
                    new BigDecimal("2"),
                    new Scoring.Proportional(null),
                    2),
                new Criterion(CriterionCode.of("1.2"), "Báo cáo", new BigDecimal("8"), null, 3)),
            List.of());
    setId = sets.save(set).id();
  }

  ResultActions post(String csv) throws Exception {
    return mvc.perform(
        multipart("/api/v1/assessments/import")
            .file(
                new MockMultipartFile(
                    "file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("unit", unitCode)
            .param("year", String.valueOf(year)));
  }

  @Test
  void tableIsScoredAgainstTheCurrentSetAndTheRuleIsChecked() throws Exception {
    String body =
        post(HEADER + "1,Lĩnh vực,10,9,,,\n1.1,Tỷ lệ,2,1.5,đạt 80%,làm tiếp,\n")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.frameworkId").value(setId))
            .andExpect(jsonPath("$.partialFramework").value(false))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    assertThat(queries.findings(id))
        .extracting(f -> f.kind() + " " + f.code() + " " + f.expected())
        .containsExactlyInAnyOrder("RULE_MISMATCH 1.1 1.60", "CHILDREN_LOSS_MISMATCH 1 0.50");
  }

  @Test
  void unknownCodeIsRefusedNamingTheRow() throws Exception {
    post(HEADER + "1,Lĩnh vực,10,9.5,,,\n1.7,Khác,2,1.5,x,y,\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("Dòng 3, cột «code»"))));
  }

  @Test
  void maxDifferingFromTheSetIsRefused() throws Exception {
    post(HEADER + "1,Lĩnh vực,12,9.5,,,\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("assessment.import.max.differs"));
  }
}
