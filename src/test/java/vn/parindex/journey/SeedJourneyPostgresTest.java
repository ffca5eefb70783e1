package vn.parindex.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** The seed's journey through the REST API on a real PostgreSQL: import, tree, findings, plan. */
@PostgresTest
@AutoConfigureMockMvc
@WithAccount
class SeedJourneyPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;

  @Test
  void seedImportedOnPostgresqlGivesTotalsFindingsAndThePlanDocuments() throws Exception {
    Unit district =
        units.save(
            new Unit(null, "PG-VL", "Vĩnh Linh", UnitType.DISTRICT, null, null, null, false));
    units.save(
        new Unit(
            null, "PG-19165", "Vĩnh Chấp", UnitType.COMMUNE, district.id(), null, null, false));

    String imported =
        mvc.perform(
                multipart("/api/v1/assessments/import")
                    .file(
                        new MockMultipartFile(
                            "file", "vinh-chap-2024.csv", "text/csv", SeedTables.csv()))
                    .param("unit", "PG-19165")
                    .param("year", "2024"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    long id = ((Number) JsonPath.read(imported, "$.id")).longValue();
    assertThat((Integer) JsonPath.read(imported, "$.findings")).isEqualTo(3);

    String tree = body(get("/api/v1/assessments/" + id));
    assertThat(decimal(tree, "$.totals.loss")).isEqualByComparingTo("6.47");
    assertThat(decimal(tree, "$.totals.computedLoss")).isEqualByComparingTo("6.88");
    assertThat(decimal(tree, "$.nodes[?(@.code == '1')].points")).isEqualByComparingTo("18.61");
    assertThat(decimal(tree, "$.nodes[?(@.code == '1')].computed")).isEqualByComparingTo("18.20");
    assertThat(decimal(tree, "$.totals.total"))
        .isEqualByComparingTo(decimal(tree, "$.totals.max").subtract(new BigDecimal("6.47")));

    String findings = body(get("/api/v1/assessments/" + id + "/findings"));
    List<String> codes = JsonPath.read(findings, "$[*].code");
    assertThat(codes).containsExactlyInAnyOrder("1", "1.4", "2.3");
    assertThat(findings).contains("21/13");

    String plan =
        mvc.perform(post("/api/v1/plans").param("assessment", String.valueOf(id)))
            .andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    long planId = ((Number) JsonPath.read(plan, "$.id")).longValue();
    List<String> lineCodes = JsonPath.read(plan, "$.lines[?(@.area == false)].code");
    assertThat(lineCodes).containsExactlyElementsOf(SeedTables.LOST_CODES);

    String base = "/api/v1/plans/" + planId + "/document";
    assertThat(
            download(
                base + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .startsWith((byte) 'P', (byte) 'K');
    byte[] pdf = download(base + ".pdf", "application/pdf");
    assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(
            download(
                base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .startsWith((byte) 'P', (byte) 'K');
  }

  private String body(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private byte[] download(String path, String type) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(type)))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /** A JSON number as an exact decimal; a filter's one-element list is unwrapped. */
  private static BigDecimal decimal(String json, String path) {
    Object value = JsonPath.read(json, path);
    if (value instanceof List<?> list) {
      assertThat(list).hasSize(1);
      value = list.get(0);
    }
    return new BigDecimal(String.valueOf(value));
  }
}
