package vn.parindex.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.WithAccount;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class FrameworkApiTest {

  private static final String HEADER = "code,name,max_points,method,params\n";

  @Autowired MockMvc mvc;
  @Autowired CriteriaSets sets;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** The sample's obligations would otherwise reach other tests' 2025 calendars. */
  @org.junit.jupiter.api.AfterEach
  void forgetSetObligations() {
    jdbc.sql("delete from obligation where set_id is not null").update();
  }

  static byte[] sample() throws Exception {
    try (InputStream in =
        FrameworkApiTest.class.getResourceAsStream("/samples/bo-chi-so-xa-2025.yaml")) {
      return in.readAllBytes();
    }
  }

  private ResultActions upload(String fileName, byte[] content, String... params) throws Exception {
    var request =
        multipart("/api/v1/frameworks")
            .file(new MockMultipartFile("file", fileName, null, content));
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  private ResultActions uploadCsv(String rows) throws Exception {
    return upload(
        "bo.csv",
        (HEADER + rows).getBytes(StandardCharsets.UTF_8),
        "year",
        "2025",
        "unitType",
        "COMMUNE",
        "name",
        "Bộ thử");
  }

  /** Runs a bad upload and checks that it is refused with 422 and that nothing was stored. */
  private ResultActions refused(ResultActions result) throws Exception {
    return result.andExpect(status().isUnprocessableContent());
  }

  @Test
  void yamlSampleIsImportedAsATreeWithVersionOne() throws Exception {
    upload("bo-chi-so-xa-2025.yaml", sample())
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/frameworks/")))
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.year").value(2025))
        .andExpect(jsonPath("$.unitType").value("COMMUNE"))
        .andExpect(jsonPath("$.tree.length()").value(7))
        .andExpect(jsonPath("$.tree[0].children[0].children[1].method").value("rate_bands"))
        .andExpect(jsonPath("$.tree[1].children[1].params.threshold").value(80));
  }

  @Test
  void importingTheSameYearAndTypeAgainGivesTheNextVersion() throws Exception {
    String csv = HEADER + "1,A,1,binary,\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    upload("a.csv", bytes, "year", "2031", "unitType", "WARD", "name", "A")
        .andExpect(jsonPath("$.version").value(1));
    upload("a.csv", bytes, "year", "2031", "unitType", "WARD", "name", "A")
        .andExpect(jsonPath("$.version").value(2));
  }

  @Test
  void exportsAreAttachmentsThatImportBackToTheSameTree() throws Exception {
    String body = upload("s.yaml", sample()).andReturn().getResponse().getContentAsString();
    long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    String tree =
        mvc.perform(get("/api/v1/frameworks/{id}", id))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String ext : new String[] {"yaml", "xlsx", "csv"}) {
      byte[] file =
          mvc.perform(get("/api/v1/frameworks/{id}/export." + ext, id))
              .andExpect(status().isOk())
              .andExpect(header().string("Content-Disposition", containsString("attachment")))
              .andExpect(header().string("Content-Disposition", containsString("." + ext)))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      String again =
          upload(
                  "again." + ext,
                  file,
                  "year",
                  "2025",
                  "unitType",
                  "COMMUNE",
                  "name",
                  "Bộ chỉ số CCHC cấp xã năm 2025 (VÍ DỤ MINH HỌA)")
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(treeOf(again)).isEqualTo(treeOf(tree));
    }
  }

  private static String treeOf(String json) {
    return json.substring(json.indexOf("\"tree\""));
  }

  @Test
  void listAndUnknownId() throws Exception {
    upload("s.yaml", sample()).andExpect(status().isCreated());
    mvc.perform(get("/api/v1/frameworks"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").isString());
    mvc.perform(get("/api/v1/frameworks/999999")).andExpect(status().isNotFound());
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    refused(upload("a.yaml", new byte[0])).andExpect(jsonPath("$.detail", containsString("trống")));
  }

  @Test
  void malformedYamlIsRefused() throws Exception {
    refused(upload("a.yaml", "name: [unclosed\n  - {".getBytes(StandardCharsets.UTF_8)))
        .andExpect(jsonPath("$.errors[0].code").value("input.yaml.syntax.file"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("dòng 2")))
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("reader"))));
  }

  @Test
  void aTextFileNamedXlsxIsRefused() throws Exception {
    refused(
            upload(
                "a.xlsx",
                HEADER.getBytes(StandardCharsets.UTF_8),
                "year",
                "2025",
                "unitType",
                "COMMUNE",
                "name",
                "N"))
        .andExpect(jsonPath("$.errors[0].code").value("input.file.mismatch"));
  }

  @Test
  void aZipThatIsNoWorkbookIsRefusedAsMalformed() throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
    refused(upload("a.xlsx", zip, "year", "2025", "unitType", "COMMUNE", "name", "N"))
        .andExpect(jsonPath("$.errors[0].code").value("input.file.malformed"));
  }

  @Test
  void aMissingColumnIsNamed() throws Exception {
    refused(
            upload(
                "a.csv",
                "code,name\n1,A\n".getBytes(StandardCharsets.UTF_8),
                "year",
                "2025",
                "unitType",
                "COMMUNE",
                "name",
                "N"))
        .andExpect(jsonPath("$.errors[*].code", hasItem("framework.column.missing")))
        .andExpect(jsonPath("$.detail", containsString("max_points")));
  }

  @Test
  void anUnknownColumnIsNamed() throws Exception {
    refused(
            upload(
                "a.csv",
                "code,name,max_points,diem\n1,A,1,2\n".getBytes(StandardCharsets.UTF_8),
                "year",
                "2025",
                "unitType",
                "COMMUNE",
                "name",
                "N"))
        .andExpect(jsonPath("$.errors[0].column").value("diem"));
  }

  @Test
  void textWhereANumberBelongsNamesRowAndColumnInVietnamese() throws Exception {
    refused(uploadCsv("1,A,2,,\n1.1,B,hai,binary,\n"))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("max_points"))
        .andExpect(
            jsonPath("$.detail").value("Dòng 3, cột «max_points»: «hai» không phải là một số."));
  }

  @Test
  void aDuplicateCodeIsRefused() throws Exception {
    refused(uploadCsv("1,A,2,,\n1.1,B,1,binary,\n1.1,C,1,binary,\n"))
        .andExpect(jsonPath("$.errors[0].code").value("framework.code.duplicate.at"))
        .andExpect(jsonPath("$.errors[0].row").value(4));
  }

  @Test
  void aMaxOfMinusOneIsRefused() throws Exception {
    refused(uploadCsv("1,A,-1,binary,\n"))
        .andExpect(jsonPath("$.errors[0].code").value("framework.max.negative.value"));
  }

  @Test
  void anUnknownMethodIsRefused() throws Exception {
    refused(uploadCsv("1,A,1,magic,\n"))
        .andExpect(jsonPath("$.errors[0].column").value("method"))
        .andExpect(jsonPath("$.errors[0].code").value("framework.method.unknown"));
  }

  @Test
  void aThresholdWithoutItsThresholdIsRefused() throws Exception {
    refused(uploadCsv("1,A,1,threshold,\n"))
        .andExpect(jsonPath("$.errors[0].column").value("params"))
        .andExpect(jsonPath("$.errors[0].message", containsString("threshold")));
  }

  @Test
  void childrenAddingUpToMoreThanTheirParentAreAnError() throws Exception {
    refused(uploadCsv("1,A,2,,\n1.1,B,1.5,binary,\n1.2,C,1,binary,\n"))
        .andExpect(jsonPath("$.errors[0].code").value("framework.children.exceed"));
  }

  @Test
  void aChildWithoutItsParentIsRefused() throws Exception {
    refused(uploadCsv("2.1,B,1,binary,\n"))
        .andExpect(jsonPath("$.errors[0].code").value("framework.code.orphan"));
  }

  @Test
  void aTableWithoutYearIsRefusedNamingTheField() throws Exception {
    refused(
            upload(
                "a.csv",
                (HEADER + "1,A,1,binary,\n").getBytes(StandardCharsets.UTF_8),
                "unitType",
                "COMMUNE",
                "name",
                "N"))
        .andExpect(jsonPath("$.errors[0].column").value("year"));
  }

  @Test
  void everyProblemIsListedAndNothingIsStored() throws Exception {
    int before = sets.list().size();
    refused(uploadCsv("1,A,x,,\n1.1,,1,magic,\nabc,C,1,binary,\n"))
        .andExpect(jsonPath("$.errors.length()").value(4));
    assertThat(sets.list()).hasSize(before);
  }

  @Test
  void aMissingFilePartIs400() throws Exception {
    mvc.perform(multipart("/api/v1/frameworks").param("year", "2025"))
        .andExpect(status().isBadRequest());
  }
}
