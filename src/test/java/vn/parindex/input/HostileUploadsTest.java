package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import bench.ImportTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Every file of the hostile corpus ({@code src/test/resources/hostile}: zip bombs honest and lying
 * about their size, broken packages, XML entities, cells, columns and rows past the bounds, binary
 * CSV) sent to the three import endpoints: each a 422 with a Vietnamese message, never a 500, and
 * nothing stored. The bounds are lowered here so that the corpus stays small.
 */
@SpringBootTest(
    properties = {
      "parindex.imports.max-expanded-mb=16",
      "parindex.imports.max-entries=200",
      "parindex.imports.max-rows=500"
    })
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class HostileUploadsTest {

  private static final Path CORPUS = Path.of("src/test/resources/hostile");

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  long assessmentsBefore;
  long setsBefore;

  @BeforeEach
  void units() {
    assessmentsBefore = count("assessment");
    setsBefore = count("criteria_set");
    if (units.findByCode("HF").isEmpty()) {
      Unit parent =
          units.save(new Unit(null, "HF", "Huyện Thử", UnitType.DISTRICT, null, null, null, false));
      units.save(
          new Unit(null, "HF-1", "Xã Thử", UnitType.COMMUNE, parent.id(), null, null, false));
    }
  }

  @Test
  void xlsxBombIsRefusedOnEveryEndpointAndNothingIsStored() throws Exception {
    for (String name : List.of("bomb-sheet.xlsx", "bomb-sheet-lying.xlsx", "bomb-rels.xlsx")) {
      for (MockHttpServletResponse response : everyEndpoint(name, read(name))) {
        assertThat(response.getStatus()).as(name).isEqualTo(422);
        if (!name.contains("lying")) { // a lying one may also stop at its declared end, as broken
          assertThat(response.getContentAsString()).as(name).contains("16 MB");
        }
      }
    }
    assertNothingStored();
  }

  @Test
  void docxBombIsRefusedAndNothingIsStored() throws Exception {
    for (String name : List.of("bomb-document.docx", "bomb-document-lying.docx")) {
      MockHttpServletResponse response = assessment(name, read(name));
      assertThat(response.getStatus()).as(name).isEqualTo(422);
      assertThat(response.getContentAsString()).as(name).contains("giải nén", "16 MB");
    }
    assertNothingStored();
  }

  @Test
  void aTablePastTheRowBoundIsRefusedNamingTheBound() throws Exception {
    for (String name : List.of("dai.csv", "dai.xlsx", "dai.docx")) {
      byte[] content =
          name.endsWith("csv")
              ? ImportTables.csv(600)
              : name.endsWith("xlsx") ? ImportTables.xlsx(600) : ImportTables.docx(600);
      MockHttpServletResponse response = assessment(name, content);
      assertThat(response.getStatus()).as(name).isEqualTo(422);
      assertThat(response.getContentAsString()).as(name).contains("vượt giới hạn 500 dòng");
    }
    assertNothingStored();
  }

  @Test
  void aTableWithinTheBoundIsImported() throws Exception {
    MockHttpServletResponse response = assessment("vua.xlsx", ImportTables.xlsx(450));
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    assertThat(count("assessment")).isEqualTo(assessmentsBefore + 1);
  }

  @Test
  void everyHostileFileIsA422OnEveryEndpointNeverA500() throws Exception {
    List<String> names;
    try (Stream<Path> files = Files.list(CORPUS)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSizeGreaterThan(15);
    for (String name : names) {
      for (MockHttpServletResponse response : everyEndpoint(name, read(name))) {
        assertThat(response.getStatus())
            .as(name + ": " + response.getContentAsString())
            .isEqualTo(422);
        assertThat(response.getContentAsString())
            .as(name)
            .doesNotContain("Exception", "java.", "org.apache");
      }
    }
    assertNothingStored();
  }

  private void assertNothingStored() {
    assertThat(count("assessment")).isEqualTo(assessmentsBefore);
    assertThat(count("criteria_set")).isEqualTo(setsBefore);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private static byte[] read(String name) throws IOException {
    return Files.readAllBytes(CORPUS.resolve(name));
  }

  private List<MockHttpServletResponse> everyEndpoint(String name, byte[] content)
      throws Exception {
    List<MockHttpServletResponse> responses = new ArrayList<>();
    responses.add(assessment(name, content));
    responses.add(
        send(
            multipart("/api/v1/frameworks")
                .file(file(name, content))
                .param("year", "2025")
                .param("unitType", "COMMUNE")
                .param("name", "Bộ thử")));
    if (!name.endsWith(".docx")) {
      responses.add(
          send(
              multipart("/api/v1/results/import")
                  .file(file(name, content))
                  .param("parent", "HF")
                  .param("year", "2024")));
    }
    return responses;
  }

  private MockHttpServletResponse assessment(String name, byte[] content) throws Exception {
    return send(
        multipart("/api/v1/assessments/import")
            .file(file(name, content))
            .param("unit", "HF-1")
            .param("year", "2024"));
  }

  private MockHttpServletResponse send(MockMultipartHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }
}
