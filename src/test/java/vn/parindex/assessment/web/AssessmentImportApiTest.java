package vn.parindex.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Finding;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.TreeView;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class AssessmentImportApiTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired AssessmentQueries queries;
  @Autowired JdbcClient jdbc;

  String unitCode;

  @BeforeEach
  void unit() {
    unitCode = "X" + System.nanoTime() % 1_000_000_000L;
    units.save(new Unit(null, unitCode, "Vĩnh Chấp", UnitType.COMMUNE, null, null, null, false));
  }

  long importFile(String name, byte[] content) throws Exception {
    MvcResult result =
        mvc.perform(
                multipart("/api/v1/assessments/import")
                    .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                    .param("unit", unitCode)
                    .param("year", "2024"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.partialFramework").value(true))
            .andReturn();
    String body = result.getResponse().getContentAsString();
    return Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
  }

  void assertSeedTree(long id) {
    TreeView tree = queries.tree(id);
    assertThat(tree.nodes())
        .extracting(TreeView.Node::points)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("18.61", "18.95", "11.00", "4.50", "10.47");
    assertThat(tree.nodes().get(0).computed()).isEqualByComparingTo("18.20");
    assertThat(tree.nodes().get(0).children()).hasSize(5);
    assertThat(tree.totals().loss()).isEqualByComparingTo("6.47");
    assertThat(tree.totals().computedLoss()).isEqualByComparingTo("6.88");
  }

  @Test
  void seedCsvReportsExactlyTheThreeRealProblems() throws Exception {
    long id = importFile("vinh-chap-2024.csv", SeedTables.csv());
    assertSeedTree(id);
    List<Finding> findings = queries.findings(id);
    assertThat(findings)
        .extracting(f -> f.kind() + " " + f.code() + " " + f.expected() + " " + f.actual())
        .containsExactlyInAnyOrder(
            "CHILDREN_LOSS_MISMATCH 1 2.80 2.39",
            "IMPOSSIBLE_RATIO 1.4 13.00 21.00",
            "RULE_MISMATCH 2.3 0.91 0.90");
    mvc.perform(get("/api/v1/assessments/" + id + "/findings"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(
            jsonPath("$[?(@.code=='2.3')].message")
                .value(
                    org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("0.91"))));
  }

  @Test
  void seedXlsxWithNumericCodesAndDecimalCommasGivesTheSameTree() throws Exception {
    long id = importFile("vinh-chap-2024.xlsx", SeedTables.xlsx());
    assertSeedTree(id);
    assertThat(queries.findings(id)).hasSize(3);
  }

  @Test
  void seedDocxReadsTableAfterPlanTextJoinsContinuationAndStatedFigures() throws Exception {
    long id = importFile("ke-hoach.docx", SeedTables.docx());
    assertSeedTree(id);
    TreeView tree = queries.tree(id);
    assertThat(tree.totals().statedLoss()).isEqualByComparingTo("6.47");
    assertThat(tree.statedRank()).isEqualTo(new StatedRank(11, 18, 3));
    assertThat(tree.nodes().get(0).name()).isEqualTo("Công tác chỉ đạo điều hành");
    TreeView.Node item13 = tree.nodes().get(0).children().get(2);
    assertThat(item13.reason())
        .isEqualTo("Chưa tuyên truyền bằng hình thức khác: cuộc thi, sân khấu hoá,...");
    assertThat(queries.findings(id)).hasSize(3);
  }

  @Test
  void treeEndpointReturnsNodesAndTotals() throws Exception {
    long id = importFile("vinh-chap-2024.csv", SeedTables.csv());
    mvc.perform(get("/api/v1/assessments/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nodes[0].code").value("1"))
        .andExpect(jsonPath("$.nodes[0].reported").value(18.61))
        .andExpect(jsonPath("$.nodes[0].children[0].code").value("1.1"))
        .andExpect(jsonPath("$.totals.computedLoss").value(6.88));
    mvc.perform(get("/api/v1/assessments").param("unit", unitCode))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(id));
  }

  @Test
  void unknownAssessmentIs404() throws Exception {
    mvc.perform(get("/api/v1/assessments/999999")).andExpect(status().isNotFound());
  }

  int rows() {
    return jdbc.sql("select count(*) from assessment").query(Integer.class).single()
        + jdbc.sql("select count(*) from criteria_set").query(Integer.class).single();
  }
}
