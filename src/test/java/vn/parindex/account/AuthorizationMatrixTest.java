package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.support.Accounts;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Units;

/**
 * Role × endpoint × own/other unit, pages and API. "ok" is any 2xx or 3xx. A user's unit is one of
 * {@link ScopeWorld}'s: A (own commune), B (neighbour commune), P (province over A and B), C and P2
 * (another province). Another commune's id answers 404, never 403.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

  private static final int OK = 200;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired AssessmentImport imports;
  @Autowired PlanService plans;

  ScopeWorld w;

  @BeforeEach
  void world() throws Exception {
    w = ScopeWorld.in(units, imports, plans);
  }

  static Stream<Arguments> matrix() {
    return Stream.of(
        // pages: the scored tree
        row("PAR_OFFICER", "A", "GET", "/assessments/{assessA}", OK),
        row("PAR_OFFICER", "B", "GET", "/assessments/{assessA}", 404),
        row("LEADER", "A", "GET", "/assessments/{assessA}", OK),
        row("DEPARTMENT_OFFICIAL", "A", "GET", "/assessments/{assessA}", OK),
        row("SUPERVISOR", "A", "GET", "/assessments/{assessA}", OK),
        row("SUPERVISOR", "B", "GET", "/assessments/{assessA}", 404),
        row("APPRAISER", "P", "GET", "/assessments/{assessA}", OK),
        row("APPRAISER", "P2", "GET", "/assessments/{assessA}", 404),
        row("APPRAISER", "C", "GET", "/assessments/{assessA}", 404),
        row("ADMIN", "P2", "GET", "/assessments/{assessA}", OK),
        // pages: editing a score
        row("PAR_OFFICER", "A", "POST", "/assessments/{assessA}/nodes/1.1?points=3.5", OK),
        row("PAR_OFFICER", "B", "POST", "/assessments/{assessA}/nodes/1.1?points=3.5", 404),
        row("DEPARTMENT_OFFICIAL", "A", "POST", "/assessments/{assessA}/nodes/1.1?points=3", 403),
        row("LEADER", "A", "POST", "/assessments/{assessA}/nodes/1.1?points=3", 403),
        row("APPRAISER", "P", "POST", "/assessments/{assessA}/nodes/1.1?points=3.9", OK),
        // pages: plans
        row("PAR_OFFICER", "A", "GET", "/plans/{planA}", OK),
        row("PAR_OFFICER", "B", "GET", "/plans/{planA}", 404),
        row("APPRAISER", "P", "GET", "/plans/{planA}", OK),
        row("APPRAISER", "P2", "GET", "/plans/{planA}", 404),
        // allowed, and asks first: the assessment already has plan A (409, "Thay bằng phiên bản
        // mới")
        row("PAR_OFFICER", "A", "POST", "/plans/draft?assessment={assessA}", 409),
        row("PAR_OFFICER", "A", "POST", "/plans/draft?assessment={assessB}", 404),
        row("LEADER", "A", "POST", "/plans/draft?assessment={assessA}", 403),
        row("SUPERVISOR", "A", "POST", "/plans/draft?assessment={assessA}", 403),
        row("APPRAISER", "P", "POST", "/plans/draft?assessment={assessA}", 403),
        // pages: units, rankings, criteria sets, administration
        row("PAR_OFFICER", "A", "GET", "/units", OK),
        row(
            "APPRAISER",
            "P",
            "POST",
            "/units?code=SW-N1&name=Mới&type=COMMUNE&parentCode=SW-D",
            OK),
        row(
            "PAR_OFFICER",
            "A",
            "POST",
            "/units?code=SW-N2&name=Mới&type=COMMUNE&parentCode=SW-A",
            403),
        row(
            "APPRAISER",
            "P2",
            "POST",
            "/units?code=SW-N3&name=Mới&type=COMMUNE&parentCode=SW-D",
            404),
        row("PAR_OFFICER", "A", "GET", "/rankings?parent=SW-D&year=2024", OK),
        row("PAR_OFFICER", "C", "GET", "/rankings?parent=SW-D&year=2024", 404),
        row("SUPERVISOR", "A", "GET", "/frameworks", OK),
        row("LEADER", "A", "POST", "/frameworks", 403),
        row("PAR_OFFICER", "A", "GET", "/frameworks/1/obligations", 403),
        row("LEADER", "A", "POST", "/frameworks/1/obligations", 403),
        row("SUPERVISOR", "A", "POST", "/frameworks/1/obligations", 403),
        row("PAR_OFFICER", "A", "GET", "/admin/users", 403),
        row("ADMIN", "P", "GET", "/admin/users", OK),
        row("PAR_OFFICER", "A", "GET", "/account/tokens", OK),
        // API
        row("PAR_OFFICER", "A", "GET", "/api/v1/assessments/{assessA}", OK),
        row("PAR_OFFICER", "B", "GET", "/api/v1/assessments/{assessA}", 404),
        row("PAR_OFFICER", "B", "GET", "/api/v1/assessments/{assessA}/findings", 404),
        row("APPRAISER", "P", "GET", "/api/v1/assessments/{assessA}/findings", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/assessments/{assessA}", 404),
        row("PAR_OFFICER", "A", "GET", "/api/v1/assessments?unit=SW-A", OK),
        row("PAR_OFFICER", "A", "GET", "/api/v1/assessments?unit=SW-B", 404),
        row("PAR_OFFICER", "A", "GET", "/api/v1/plans/{planA}/document.docx", OK),
        row("SUPERVISOR", "A", "GET", "/api/v1/plans/{planA}", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/plans/{planA}/document.docx", 404),
        row("PAR_OFFICER", "A", "POST", "/api/v1/plans?assessment={assessB}", 404),
        row("PAR_OFFICER", "B", "POST", "/api/v1/plans?assessment={assessB}", OK),
        row("DEPARTMENT_OFFICIAL", "B", "POST", "/api/v1/plans?assessment={assessB}", 403),
        row("PAR_OFFICER", "A", "IMPORT", "/api/v1/assessments/import?unit=SW-A&year=2023", OK),
        row("PAR_OFFICER", "B", "IMPORT", "/api/v1/assessments/import?unit=SW-A&year=2023", 404),
        row("SUPERVISOR", "A", "IMPORT", "/api/v1/assessments/import?unit=SW-A&year=2023", 403),
        row("APPRAISER", "P", "IMPORT", "/api/v1/assessments/import?unit=SW-B&year=2023", OK),
        row("PAR_OFFICER", "A", "GET", "/api/v1/units/SW-A", OK),
        row("PAR_OFFICER", "B", "GET", "/api/v1/units/SW-A", 404),
        row("APPRAISER", "P2", "GET", "/api/v1/units?parent=SW-D", 404),
        row("APPRAISER", "P", "JSON", "/api/v1/units|SW-J1|SW-D", 201),
        row("PAR_OFFICER", "A", "JSON", "/api/v1/units|SW-J2|SW-D", 403),
        row("APPRAISER", "P2", "JSON", "/api/v1/units|SW-J3|SW-D", 404),
        row("PAR_OFFICER", "A", "GET", "/api/v1/rankings?parent=SW-D&year=2024", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/rankings?parent=SW-D&year=2024", 404),
        row("PAR_OFFICER", "A", "IMPORT", "/api/v1/results/import?parent=SW-D&year=2023", 404),
        row("PAR_OFFICER", "A", "IMPORT", "/api/v1/results/import?parent=SW-A&year=2023", 403),
        row("APPRAISER", "P2", "IMPORT", "/api/v1/results/import?parent=SW-D&year=2023", 404),
        row("LEADER", "A", "IMPORT", "/api/v1/frameworks?year=2023", 403));
  }

  private static Arguments row(String role, String unit, String method, String path, int status) {
    return Arguments.of(role, unit, method, path, status);
  }

  @ParameterizedTest(name = "{0} of {1}: {2} {3} → {4}")
  @MethodSource("matrix")
  void roleOnUnitGetsTheExpectedStatus(
      String role, String unit, String method, String path, int expected) throws Exception {
    String url =
        path.replace("{assessA}", String.valueOf(w.assessmentA))
            .replace("{assessB}", String.valueOf(w.assessmentB))
            .replace("{planA}", String.valueOf(w.planA));
    org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request;
    if ("GET".equals(method)) {
      request = get(url);
    } else if ("POST".equals(method)) {
      request = post(url).with(csrf());
    } else if ("IMPORT".equals(method)) {
      request =
          multipart(url)
              .file(new MockMultipartFile("file", "bang-diem.csv", "text/csv", SeedTables.csv()))
              .with(csrf());
    } else {
      String[] parts = url.split("\\|");
      request =
          post(parts[0])
              .contentType(MediaType.APPLICATION_JSON)
              .content(
                  "{\"code\":\""
                      + parts[1]
                      + "\",\"name\":\"Xã mới\",\"type\":\"COMMUNE\",\"parentCode\":\""
                      + parts[2]
                      + "\"}");
    }
    int status =
        mvc.perform(request.with(Accounts.as(Role.valueOf(role), unitId(unit))))
            .andReturn()
            .getResponse()
            .getStatus();
    if (expected == OK) {
      assertThat(status).as("%s %s", method, url).isBetween(200, 399);
    } else {
      assertThat(status).as("%s %s", method, url).isEqualTo(expected);
    }
  }

  @Test
  void signedOutPagesRedirectToTheLoginAndTheApiAnswers401() throws Exception {
    var page = mvc.perform(get("/assessments/" + w.assessmentA)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(302);
    assertThat(page.getRedirectedUrl()).endsWith("/login");
    assertThat(
            mvc.perform(get("/api/v1/assessments/" + w.assessmentA))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
  }

  @Test
  void listsShowOnlyVisibleUnits() throws Exception {
    String own =
        mvc.perform(get("/units").with(Accounts.as(Role.PAR_OFFICER, w.b.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(own).contains("Xã Láng Giềng").doesNotContain("Xã Của Mình");
    String home =
        mvc.perform(get("/").with(Accounts.as(Role.PAR_OFFICER, w.b.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(home).contains("Xã Láng Giềng").doesNotContain("Xã Của Mình");
    String api =
        mvc.perform(get("/api/v1/assessments").with(Accounts.as(Role.APPRAISER, w.p2.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(api).doesNotContain("SW-A").doesNotContain("SW-B");
    String appraiser =
        mvc.perform(get("/units").with(Accounts.as(Role.APPRAISER, w.p.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(appraiser).contains("Xã Của Mình", "Xã Láng Giềng").doesNotContain("Xã Tỉnh Khác");
  }

  private long unitId(String unit) {
    switch (unit) {
      case "A":
        return w.a.id();
      case "B":
        return w.b.id();
      case "P":
        return w.p.id();
      case "P2":
        return w.p2.id();
      case "C":
        return w.c.id();
      default:
        throw new IllegalArgumentException(unit);
    }
  }
}
