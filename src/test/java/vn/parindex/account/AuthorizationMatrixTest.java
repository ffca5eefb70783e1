package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.Accounts;
import vn.parindex.support.SeedTables;

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

  private static final String TASK =
      "/api/v1/tasks|{\"unit\":%s,\"planId\":%s,\"departmentId\":%s,\"ownerUserId\":%s,"
          + "\"title\":\"Việc thử\",\"dueOn\":\"2030-12-31\"}";

  private static final String WHAT_IF =
      "/api/v1/assessments/{assessA}/what-if|[{\"code\":\"1.1\",\"points\":4}]";
  private static final String TARGET =
      "/api/v1/assessments/{assessA}/targets|{\"code\":\"1.1\",\"department\":{depA}}";
  private static final String ROUND_UNIT = "/api/v1/rounds/{round}/units/SW-A";
  private static final String APPRAISAL = "{\"round\":1,\"points\":1,\"note\":\"x\"}";
  private static final String ROUND_PAGE = "/rounds/{round}/units/SW-A";
  private static final String OPEN_PAGE =
      "/rounds?year=2022&parent=SW-D&framework=1&selfFrom=2022-01-01&selfTo=2022-01-31"
          + "&round1Due=2022-02-01&explanationDue=2022-03-01&round2Due=2022-04-01"
          + "&publication=2022-05-01";
  private static final String REPLY = "{\"agree\":false,\"text\":\"x\"}";
  private static final String BAD_ASSIGN =
      "{\"version\":0,\"assignments\":[{\"code\":\"9.9.9\",\"department\":\"x\"}]}";
  private static final String REOPEN = "{\"unit\":\"SW-A\",\"reason\":\"x\"}";
  private static final String PUBLISH = "{\"number\":\"1/QĐ\",\"date\":\"2025-03-31\"}";
  private static final String INDICATORS =
      "/api/v1/indicators?unit=SW-A&from=2025-01-01&to=2025-12-31";
  private static final String INDICATOR_DOSSIERS =
      "/api/v1/indicators/ON_TIME/dossiers?unit=SW-A&from=2025-01-01&to=2025-12-31";
  private static final String APOLOGY =
      "/indicators/APOLOGY/apology?unit={unitA}&period=2025&dossier=HS1&date=01%2F02%2F2025";
  private static final String EVIDENCE =
      "/api/v1/evidence?unit=SW-A&number=1%2FKH&date=01%2F01%2F2024&issuer=UBND&title=KH";

  /** A round of SW-D (communes A and B) for the year, as the API opens it. */
  private static String openRound(int year) {
    return ("/api/v1/rounds|{\"year\":%d,\"parent\":\"SW-D\",\"framework\":{setA},"
            + "\"selfFrom\":\"2020-01-01\",\"selfTo\":\"2099-01-01\",\"round1Due\":\"2099-02-01\","
            + "\"explanationDue\":\"2099-03-01\",\"round2Due\":\"2099-04-01\","
            + "\"publication\":\"2099-05-01\"}")
        .formatted(year);
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  ScopeWorld w;

  @BeforeEach
  void world() throws Exception {
    w = ScopeWorld.in(context);
  }

  /** A new task as the API takes it: unit, plan, department and owner ids (or null). */
  private static String task(String unit, String plan, String department, String owner) {
    return TASK.formatted(unit, plan, department, owner);
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
        row(
            "PAR_OFFICER",
            "A",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=3.5&version={versionA}",
            OK),
        row(
            "PAR_OFFICER",
            "B",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=3.5&version={versionA}",
            404),
        row(
            "DEPARTMENT_OFFICIAL",
            "A",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=3&version={versionA}",
            403),
        row(
            "LEADER",
            "A",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=3&version={versionA}",
            403),
        row(
            "APPRAISER",
            "P",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=3.9&version={versionA}",
            OK),
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
        // a leader reads every unit below theirs (the province's chairman), and changes none
        row("LEADER", "P", "GET", "/assessments/{assessA}", OK),
        row("LEADER", "P2", "GET", "/assessments/{assessA}", 404),
        row("LEADER", "P", "GET", "/api/v1/assessments?unit=SW-A", OK),
        row("LEADER", "P", "GET", "/plans/{planA}", OK),
        row("LEADER", "P2", "GET", "/plans/{planA}", 404),
        row("LEADER", "P", "GET", "/api/v1/plans/{planA}/document.docx", OK),
        row("LEADER", "P", "PUTJSON", "/api/v1/plans/{planA}|{\"unitId\":0,\"year\":0}", 403),
        row("LEADER", "P", "POST", "/plans/draft?assessment={assessA}", 403),
        row(
            "LEADER",
            "P",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=3&version={versionA}",
            403),
        row("LEADER", "P", "GET", "/dashboard?unit=SW-A", OK),
        row("LEADER", "P", "GET", "/dashboard/province?unit=SW-D", OK),
        row("LEADER", "P2", "GET", "/dashboard?unit=SW-A", 404),
        row("SUPERVISOR", "P", "GET", "/dashboard?unit=SW-A", 404),
        row("LEADER", "P", "GET", "/tasks?unit={unitA}", 404),
        // the score's edit form only for those who may save it
        row("PAR_OFFICER", "A", "GET", "/assessments/{assessA}/nodes/1.1/edit", OK),
        row("LEADER", "A", "GET", "/assessments/{assessA}/nodes/1.1/edit", 403),
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
        row("PAR_OFFICER", "B", "POST", "/api/v1/plans?assessment={assessB}&replace=true", OK),
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
        row("LEADER", "A", "IMPORT", "/api/v1/frameworks?year=2023", 403),
        // writes naming ids of another unit: refused (404 out of scope, 422 in scope), nothing
        // stored
        row("PAR_OFFICER", "A", "POSTJSON", task("{unitA}", "{planB}", "null", "null"), 404),
        row("PAR_OFFICER", "A", "POSTJSON", task("{unitB}", "null", "null", "null"), 404),
        row("PAR_OFFICER", "A", "POSTJSON", task("{unitA}", "null", "{depB}", "null"), 422),
        row("PAR_OFFICER", "A", "POSTJSON", task("{unitA}", "null", "null", "{officialB}"), 422),
        row("ADMIN", "P", "POSTJSON", task("{unitA}", "{planB}", "null", "null"), 422),
        row("SUPERVISOR", "A", "POSTJSON", task("{unitA}", "{planA}", "null", "null"), 403),
        row("PAR_OFFICER", "A", "POSTJSON", task("{unitA}", "{planA}", "{depA}", "null"), 201),
        row("PAR_OFFICER", "B", "POST", "/tasks/new?unit={unitA}&title=X&due=2030-12-31", 404),
        row("PAR_OFFICER", "B", "GET", "/tasks/new?unit={unitA}", 404),
        row("PAR_OFFICER", "A", "GET", "/tasks/new?unit={unitA}", OK),
        row("PAR_OFFICER", "A", "POST", "/plans/{planB}/tasks/new?pick=L1&title_L1=X", 404),
        row("LEADER", "B", "POST", "/tasks/{taskA}/actions?action=CANCEL&comment=x", 404),
        row("PAR_OFFICER", "B", "IMPORT", "/api/v1/tasks/{taskA}/updates?comment=x", 404),
        row("PAR_OFFICER", "B", "GET", "/api/v1/tasks/{taskA}/files/1", 404),
        row("PAR_OFFICER", "B", "PUTJSON", "/api/v1/plans/{planA}|{\"unitId\":0,\"year\":0}", 404),
        row("LEADER", "A", "PUTJSON", "/api/v1/plans/{planA}|{\"unitId\":0,\"year\":0}", 403),
        row("PAR_OFFICER", "B", "POST", "/plans/{planA}", 404),
        row("PAR_OFFICER", "B", "GET", "/plans/{planA}/progress", 404),
        row("PAR_OFFICER", "B", "GET", "/api/v1/tasks/by-plan/{planA}/progress", 404),
        row(
            "PAR_OFFICER",
            "B",
            "POST",
            "/assessments/{assessA}/nodes/1.1?points=0&version={versionA}",
            404),
        row(
            "PAR_OFFICER",
            "A",
            "IMPORT",
            "/api/v1/assessments/import?unit=SW-A&year=2024&framework={setB}",
            404),
        row("PAR_OFFICER", "B", "GET", "/frameworks/{setA}", 404),
        row("PAR_OFFICER", "B", "GET", "/api/v1/frameworks/{setA}", 404),
        row("PAR_OFFICER", "B", "GET", "/api/v1/frameworks/{setA}/export.csv", 404),
        row("PAR_OFFICER", "A", "GET", "/frameworks/{setA}", OK),
        row("APPRAISER", "P", "GET", "/api/v1/frameworks/{setA}", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/frameworks/{setA}", 404),
        row("PAR_OFFICER", "B", "POSTJSON", "/api/v1/units/SW-A/departments|{\"name\":\"X\"}", 404),
        row("PAR_OFFICER", "B", "POST", "/units/{unitA}/departments?name=X", 404),
        row("PAR_OFFICER", "A", "POST", "/units/{unitA}/officials?name=X&department={depB}", 404),
        row("PAR_OFFICER", "B", "POST", "/obligations?unit=SW-A&year=2030&title=X", 404),
        row("SUPERVISOR", "A", "POST", "/obligations?unit=SW-A&year=2030&title=X", 403),
        row(
            "PAR_OFFICER",
            "B",
            "POST",
            "/reminders/policy?unit=SW-A&stuckDays=14&escalateAfterDays=3&sendHour=7&warnDays=3",
            404),
        row(
            "APPRAISER",
            "P",
            "POSTJSON",
            "/api/v1/units/SW-A/lineage|{\"successorCode\":\"SW-C\",\"kind\":\"MERGED_INTO\"}",
            404),
        row(
            "APPRAISER",
            "P",
            "POST",
            "/units?code=SW-N4&name=Mới&type=COMMUNE&parentCode=SW-P2",
            404),
        // the yearly round (issue 11): open, read, each unit's steps, reopen, publish, evidence
        row("APPRAISER", "P", "POSTJSON", openRound(2023), 201),
        row("APPRAISER", "P2", "POSTJSON", openRound(2022), 404),
        row("PAR_OFFICER", "A", "POSTJSON", openRound(2022), 404),
        row("PAR_OFFICER", "A", "GET", "/api/v1/rounds/{round}", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/rounds/{round}", 404),
        row("APPRAISER", "P", "GET", "/api/v1/rounds/{round}/units/SW-A", OK),
        row("PAR_OFFICER", "B", "GET", "/api/v1/rounds/{round}/units/SW-A", 404),
        row("PAR_OFFICER", "B", "PUTJSON", ROUND_UNIT + "/entries/1.1|{\"points\":1}", 404),
        row("LEADER", "A", "PUTJSON", ROUND_UNIT + "/entries/1.1|{\"points\":1}", 403),
        row("SUPERVISOR", "A", "PUTJSON", ROUND_UNIT + "/entries/1.1|{\"points\":1}", 403),
        row("PAR_OFFICER", "A", "POST", ROUND_UNIT + "/submit", 403),
        row("LEADER", "B", "POST", ROUND_UNIT + "/submit", 404),
        row("APPRAISER", "P2", "PUTJSON", ROUND_UNIT + "/appraisals/1.1|" + APPRAISAL, 404),
        row("PAR_OFFICER", "A", "PUTJSON", ROUND_UNIT + "/appraisals/1.1|" + APPRAISAL, 403),
        row("APPRAISER", "P2", "POST", ROUND_UNIT + "/appraisals/complete", 404),
        row("DEPARTMENT_OFFICIAL", "A", "POST", ROUND_UNIT + "/appraisals/complete", 403),
        row("PAR_OFFICER", "B", "PUTJSON", ROUND_UNIT + "/explanations/1.1|" + REPLY, 404),
        row("SUPERVISOR", "A", "PUTJSON", ROUND_UNIT + "/explanations/1.1|" + REPLY, 403),
        row("PAR_OFFICER", "A", "POST", ROUND_UNIT + "/explanations/submit", 403),
        row("APPRAISER", "P2", "POSTJSON", "/api/v1/rounds/{round}/reopen|" + REOPEN, 404),
        row("PAR_OFFICER", "A", "POSTJSON", "/api/v1/rounds/{round}/reopen|" + REOPEN, 403),
        row("PAR_OFFICER", "A", "POSTJSON", "/api/v1/rounds/{round}/publish|" + PUBLISH, 404),
        row("APPRAISER", "P", "POSTJSON", "/api/v1/rounds/{round}/publish|" + PUBLISH, 403),
        // the round pages: the same decisions as the API
        row("PAR_OFFICER", "A", "GET", "/rounds", OK),
        row("PAR_OFFICER", "A", "GET", "/rounds/{round}", OK),
        row("APPRAISER", "P2", "GET", "/rounds/{round}", 404),
        row("APPRAISER", "P", "GET", ROUND_PAGE, OK),
        row("PAR_OFFICER", "B", "GET", ROUND_PAGE, 404),
        row("PAR_OFFICER", "A", "POST", OPEN_PAGE, 404),
        row("PAR_OFFICER", "B", "POST", ROUND_PAGE + "/entries/1.1?points=1", 404),
        row("LEADER", "A", "POST", ROUND_PAGE + "/entries/1.1?points=1", 403),
        row("PAR_OFFICER", "A", "POST", ROUND_PAGE + "/submit", 403),
        row(
            "PAR_OFFICER",
            "A",
            "POST",
            ROUND_PAGE + "/appraisals/1.1?round=1&points=1&note=x",
            403),
        row("APPRAISER", "P2", "POST", ROUND_PAGE + "/appraisals/complete", 404),
        row("SUPERVISOR", "A", "POST", ROUND_PAGE + "/explanations/1.1?agree=no&text=x", 403),
        row("PAR_OFFICER", "A", "POST", ROUND_PAGE + "/explanations/submit", 403),
        row("PAR_OFFICER", "B", "IMPORT", EVIDENCE, 404),
        row("SUPERVISOR", "A", "IMPORT", EVIDENCE, 403),
        // in scope, and the CSV is no evidence document (checked by content): refused, not stored
        row("PAR_OFFICER", "A", "IMPORT", EVIDENCE, 422),
        // the evidence page of a unit in a round, its upload, a document's file, a task's file
        // taken
        row("APPRAISER", "P", "GET", ROUND_PAGE + "/evidence", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_PAGE + "/evidence", 404),
        row(
            "PAR_OFFICER",
            "B",
            "IMPORT",
            ROUND_PAGE + "/evidence?number=1&date=01%2F01%2F2024",
            404),
        row(
            "SUPERVISOR",
            "A",
            "IMPORT",
            ROUND_PAGE + "/evidence?number=1&date=01%2F01%2F2024",
            403),
        row(
            "PAR_OFFICER",
            "A",
            "IMPORT",
            ROUND_PAGE + "/evidence?number=1&date=01%2F01%2F2024",
            422),
        row("PAR_OFFICER", "B", "GET", ROUND_PAGE + "/evidence/1/file", 404),
        row("PAR_OFFICER", "B", "POST", ROUND_PAGE + "/evidence/adopt?leaf=1.1&file=1", 404),
        row("SUPERVISOR", "A", "POST", ROUND_PAGE + "/evidence/adopt?leaf=1.1&file=1", 403),
        row("PAR_OFFICER", "A", "POST", ROUND_PAGE + "/evidence/adopt?leaf=1.1&file=1", 422),
        // where the points went (API and pages), and the unit's plan drafted from its losses
        row("APPRAISER", "P", "GET", "/api/v1/rounds/{round}/losses", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/rounds/{round}/losses", 404),
        row("PAR_OFFICER", "A", "GET", ROUND_UNIT + "/losses", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_UNIT + "/losses", 404),
        row("PAR_OFFICER", "A", "GET", "/rounds/{round}/losses", OK),
        row("APPRAISER", "P2", "GET", "/rounds/{round}/losses", 404),
        row("APPRAISER", "P", "GET", ROUND_PAGE + "/losses", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_PAGE + "/losses", 404),
        row("PAR_OFFICER", "B", "POST", ROUND_PAGE + "/plan", 404),
        row("LEADER", "A", "POST", ROUND_PAGE + "/plan", 403),
        // in scope and a plan writer, but the unit is not published yet: refused, nothing drafted
        row("PAR_OFFICER", "A", "POST", ROUND_PAGE + "/plan", 409),
        // who fills and who appraises which criterion (issue 11): 422 = allowed, the line refused
        row("PAR_OFFICER", "A", "GET", ROUND_UNIT + "/assignments", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_UNIT + "/assignments", 404),
        row("PAR_OFFICER", "A", "PUTJSON", ROUND_UNIT + "/assignments|" + BAD_ASSIGN, 422),
        row("PAR_OFFICER", "B", "PUTJSON", ROUND_UNIT + "/assignments|" + BAD_ASSIGN, 404),
        row("DEPARTMENT_OFFICIAL", "A", "PUTJSON", ROUND_UNIT + "/assignments|" + BAD_ASSIGN, 403),
        row("LEADER", "A", "PUTJSON", ROUND_UNIT + "/assignments|" + BAD_ASSIGN, 403),
        row("APPRAISER", "P", "PUTJSON", ROUND_UNIT + "/assignments|" + BAD_ASSIGN, 403),
        row("APPRAISER", "P2", "PUTJSON", ROUND_UNIT + "/assignments|" + BAD_ASSIGN, 404),
        // a department official without a department, on a criterion no one assigned: 403
        row("DEPARTMENT_OFFICIAL", "A", "PUTJSON", ROUND_UNIT + "/entries/1.1|{\"points\":1}", 403),
        row("DEPARTMENT_OFFICIAL", "A", "PUTJSON", ROUND_UNIT + "/explanations/1.1|" + REPLY, 403),
        row("PAR_OFFICER", "A", "GET", "/api/v1/rounds/{round}/appraisers", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/rounds/{round}/appraisers", 404),
        row("APPRAISER", "P", "PUTJSON", "/api/v1/rounds/{round}/appraisers|" + BAD_ASSIGN, 422),
        row("APPRAISER", "P2", "PUTJSON", "/api/v1/rounds/{round}/appraisers|" + BAD_ASSIGN, 404),
        row("PAR_OFFICER", "A", "PUTJSON", "/api/v1/rounds/{round}/appraisers|" + BAD_ASSIGN, 404),
        row("PAR_OFFICER", "A", "GET", ROUND_PAGE + "/assignments", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_PAGE + "/assignments", 404),
        row("PAR_OFFICER", "B", "POST", ROUND_PAGE + "/assignments?version=0&d_1=1", 404),
        row("DEPARTMENT_OFFICIAL", "A", "POST", ROUND_PAGE + "/assignments?version=0&d_1=1", 403),
        row("APPRAISER", "P", "GET", "/rounds/{round}/appraisers", OK),
        row("APPRAISER", "P2", "GET", "/rounds/{round}/appraisers", 404),
        row("PAR_OFFICER", "A", "POST", "/rounds/{round}/appraisers?version=0&d_1=1", 404),
        row("APPRAISER", "P", "GET", "/rounds/queue", OK),
        row("PAR_OFFICER", "A", "GET", "/rounds/queue", OK),
        // a leader above the unit reads its round page and takes none of its steps
        row("LEADER", "P", "GET", ROUND_PAGE, OK),
        row("LEADER", "P", "GET", ROUND_UNIT, OK),
        row("LEADER", "P2", "GET", ROUND_PAGE, 404),
        row("LEADER", "P", "PUTJSON", ROUND_UNIT + "/entries/1.1|{\"points\":1}", 403),
        row("LEADER", "P", "POST", ROUND_UNIT + "/submit", 403),
        row("LEADER", "P", "POST", ROUND_PAGE + "/entries/1.1?points=1", 403),
        row("LEADER", "P", "PUTJSON", ROUND_UNIT + "/adjustments|{\"bonus\":[]}", 403),
        // survey points and bonus/penalty (issue 11): the round's opener imports, appraisers adjust
        row("PAR_OFFICER", "A", "IMPORT", "/api/v1/rounds/{round}/survey", 404),
        row("LEADER", "P", "IMPORT", "/api/v1/rounds/{round}/survey", 403),
        row("APPRAISER", "P2", "IMPORT", "/api/v1/rounds/{round}/survey", 404),
        row("PAR_OFFICER", "A", "GET", "/api/v1/rounds/{round}/survey", OK),
        row("APPRAISER", "P2", "GET", "/api/v1/rounds/{round}/survey", 404),
        row("PAR_OFFICER", "A", "GET", ROUND_UNIT + "/adjustments", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_UNIT + "/adjustments", 404),
        row("PAR_OFFICER", "A", "PUTJSON", ROUND_UNIT + "/adjustments|{\"bonus\":[]}", 403),
        row("APPRAISER", "P2", "PUTJSON", ROUND_UNIT + "/adjustments|{\"bonus\":[]}", 404),
        row("LEADER", "P", "IMPORT", "/rounds/{round}/survey", 403),
        row("PAR_OFFICER", "A", "IMPORT", "/rounds/{round}/survey", 404),
        row(
            "PAR_OFFICER",
            "A",
            "POST",
            ROUND_PAGE + "/adjustments?kind=bonus&reason=x&amount=1",
            403),
        row("APPRAISER", "P2", "POST", ROUND_PAGE + "/adjustments/0/remove?version=0", 404),
        // the round pages' reopen and publish (r-lock): in scope and allowed, an empty field → 422
        row("PAR_OFFICER", "A", "POST", "/rounds/{round}/reopen?unit=SW-A&reason=x", 403),
        row("APPRAISER", "P2", "POST", "/rounds/{round}/reopen?unit=SW-A&reason=x", 404),
        row("APPRAISER", "P", "POST", "/rounds/{round}/reopen?unit=SW-A&reason=", 422),
        row("LEADER", "A", "POST", ROUND_PAGE + "/reopen?code=1.1&reason=x", 403),
        row("APPRAISER", "P2", "POST", ROUND_PAGE + "/reopen?reason=x", 404),
        row("APPRAISER", "P", "POST", ROUND_PAGE + "/reopen?code=1.1&reason=", 422),
        row("APPRAISER", "P", "POST", "/rounds/{round}/publish?number=1&date=31%2F03%2F2025", 403),
        row(
            "PAR_OFFICER",
            "A",
            "POST",
            "/rounds/{round}/publish?number=1&date=31%2F03%2F2025",
            404),
        row("ADMIN", "P2", "POST", "/rounds/{round}/publish?number=&date=31%2F03%2F2025", 422),
        // the round's documents: a unit's report (a draft before submission), the decision
        row("PAR_OFFICER", "A", "GET", ROUND_UNIT + "/report.docx", OK),
        row("APPRAISER", "P", "GET", ROUND_UNIT + "/report.pdf", OK),
        row("PAR_OFFICER", "B", "GET", ROUND_UNIT + "/report.docx", 404),
        row("APPRAISER", "P2", "GET", ROUND_UNIT + "/report.pdf", 404),
        row("APPRAISER", "P2", "GET", "/api/v1/rounds/{round}/decision.docx", 404),
        row("APPRAISER", "P", "GET", "/api/v1/rounds/{round}/decision.pdf", 409),
        row("PAR_OFFICER", "A", "GET", "/api/v1/rounds/{round}/decision.xlsx", 409),
        // one-stop indicators (d-indicators): a unit's people, its province's appraisers
        row("PAR_OFFICER", "A", "GET", INDICATORS, OK),
        row("SUPERVISOR", "A", "GET", INDICATORS, OK),
        row("APPRAISER", "P", "GET", INDICATORS, OK),
        row("PAR_OFFICER", "B", "GET", INDICATORS, 404),
        row("APPRAISER", "P2", "GET", INDICATORS, 404),
        row("LEADER", "A", "GET", INDICATOR_DOSSIERS, OK),
        row("APPRAISER", "P", "GET", INDICATOR_DOSSIERS, OK),
        row("LEADER", "B", "GET", INDICATOR_DOSSIERS, 404),
        row("APPRAISER", "C", "GET", INDICATOR_DOSSIERS, 404),
        row("DEPARTMENT_OFFICIAL", "A", "GET", "/indicators?unit={unitA}", OK),
        row("PAR_OFFICER", "B", "GET", "/indicators?unit={unitA}", 404),
        row("APPRAISER", "P", "GET", "/indicators/ON_TIME?unit={unitA}&period=2025", OK),
        row("APPRAISER", "P2", "GET", "/indicators/ON_TIME?unit={unitA}&period=2025", 404),
        row("PAR_OFFICER", "A", "POST", APOLOGY + "&number=", 422),
        row("SUPERVISOR", "A", "POST", APOLOGY + "&number=1", 403),
        row("PAR_OFFICER", "B", "POST", APOLOGY + "&number=1", 404),
        row("APPRAISER", "P2", "POST", APOLOGY + "&number=1", 404),
        row("APPRAISER", "P", "GET", "/indicators/province?unit={unitA}&year=2025", OK),
        row("APPRAISER", "P", "GET", "/indicators/province.csv?unit={unitA}&year=2025", OK),
        row("PAR_OFFICER", "B", "GET", "/indicators/province.xlsx?unit={unitA}&year=2025", 404),
        row("APPRAISER", "P2", "GET", "/indicators/province?unit={unitA}&year=2025", 404),
        row("PAR_OFFICER", "B", "GET", "/indicators/apologies/1/file?unit={unitA}", 404),
        // one-stop dossiers and procedures in (issue 12): the unit's officer or an administrator;
        // a caller without the role is refused (403); a unit outside the caller's scope is bad
        // input naming the field unit (422, issue 12's "bad input"), both before the body is read
        row("PAR_OFFICER", "A", "POSTJSON", "/api/v1/dossiers?unit=SW-A|{\"data\":[]}", OK),
        row("PAR_OFFICER", "A", "POSTJSON", "/api/v1/dossiers?unit=SW-B|{\"data\":[]}", 422),
        row("LEADER", "A", "POSTJSON", "/api/v1/dossiers?unit=SW-A|{\"data\":[]}", 403),
        row("APPRAISER", "P", "POSTJSON", "/api/v1/dossiers?unit=SW-A|{\"data\":[]}", 403),
        row("ADMIN", "P2", "POSTJSON", "/api/v1/dossiers?unit=SW-A|{\"data\":[]}", OK),
        // in scope, and a score table is no dossier file (its columns named): refused, not stored
        row("PAR_OFFICER", "A", "IMPORT", "/api/v1/dossiers?unit=SW-A", 422),
        row("PAR_OFFICER", "B", "IMPORT", "/api/v1/dossiers?unit=SW-A", 422),
        row("PAR_OFFICER", "A", "POSTJSON", "/api/v1/procedures?unit=SW-A|{\"data\":[]}", OK),
        row("PAR_OFFICER", "B", "POSTJSON", "/api/v1/procedures?unit=SW-A|{\"data\":[]}", 422),
        row("SUPERVISOR", "A", "IMPORT", "/api/v1/procedures?unit=SW-A", 403),
        row("PAR_OFFICER", "A", "GET", "/dossiers/upload", OK),
        row("ADMIN", "P2", "GET", "/dossiers/upload?unit=SW-A", OK),
        row("LEADER", "A", "GET", "/dossiers/upload", 403),
        row("PAR_OFFICER", "A", "IMPORT", "/dossiers/upload?unit=SW-A", 422),
        row("PAR_OFFICER", "B", "IMPORT", "/dossiers/upload?unit=SW-A", 422),
        // working days (issue 12): everyone signed in reads the calendar, administrators edit it
        row("PAR_OFFICER", "A", "GET", "/api/v1/working-days?year=2026", OK),
        row("SUPERVISOR", "A", "GET", "/api/v1/working-days?year=2026", OK),
        row("APPRAISER", "P", "GET", "/api/v1/working-days?year=2026", OK),
        row("ADMIN", "P", "GET", "/admin/working-days?year=2026", OK),
        row("APPRAISER", "P", "GET", "/admin/working-days?year=2026", 403),
        row("PAR_OFFICER", "A", "GET", "/admin/working-days?year=2026", 403),
        row("ADMIN", "P", "POST", "/admin/working-days?date=2030-03-05&kind=OFF&reason=x", OK),
        // an administrator's malformed swap: allowed, refused beside its field, nothing stored
        row("ADMIN", "P", "POST", "/admin/working-days?date=2030-02-31&kind=OFF&reason=x", 422),
        row("APPRAISER", "P", "POST", "/admin/working-days?date=2030-03-06&kind=OFF&reason=x", 403),
        row("LEADER", "A", "POST", "/admin/working-days?date=2030-03-06&kind=OFF&reason=x", 403),
        row("PAR_OFFICER", "A", "POST", "/admin/working-days/1?version=0&kind=OFF&reason=x", 403),
        row("PAR_OFFICER", "A", "POST", "/admin/working-days/1/remove?version=0", 403),
        // a leaf filled from the one-stop dossiers (1.1 names no source: refused, nothing stored)
        row("PAR_OFFICER", "B", "POST", ROUND_PAGE + "/entries/1.1/dossiers", 404),
        row("LEADER", "A", "POST", ROUND_PAGE + "/entries/1.1/dossiers", 403),
        row("PAR_OFFICER", "A", "POST", ROUND_PAGE + "/entries/1.1/dossiers", 409),
        row("PAR_OFFICER", "B", "POST", ROUND_UNIT + "/entries/1.1/dossiers", 404),
        row("LEADER", "A", "POST", ROUND_UNIT + "/entries/1.1/dossiers", 403),
        row("PAR_OFFICER", "A", "POST", ROUND_UNIT + "/entries/1.1/dossiers", 409),
        // what-if and the cheapest points: whoever reads the assessment; a target: plan writers
        row("DEPARTMENT_OFFICIAL", "A", "POSTJSON", WHAT_IF, OK),
        row("APPRAISER", "P", "POSTJSON", WHAT_IF, OK),
        row("PAR_OFFICER", "B", "POSTJSON", WHAT_IF, 404),
        row("APPRAISER", "P2", "POSTJSON", WHAT_IF, 404),
        row("LEADER", "A", "GET", "/api/v1/assessments/{assessA}/gains", OK),
        row("PAR_OFFICER", "B", "GET", "/api/v1/assessments/{assessA}/gains", 404),
        row("DEPARTMENT_OFFICIAL", "A", "POSTJSON", TARGET, 403),
        row("LEADER", "A", "POSTJSON", TARGET, 403),
        row("PAR_OFFICER", "B", "POSTJSON", TARGET, 404),
        row("PAR_OFFICER", "A", "POSTJSON", TARGET, OK),
        row("LEADER", "A", "GET", "/assessments/{assessA}/what-if", OK),
        row("PAR_OFFICER", "B", "GET", "/assessments/{assessA}/what-if", 404),
        row("SUPERVISOR", "A", "POST", "/assessments/{assessA}/what-if?v_1.1=4", OK),
        row("APPRAISER", "P2", "POST", "/assessments/{assessA}/what-if?v_1.1=4", 404),
        row("DEPARTMENT_OFFICIAL", "A", "GET", "/assessments/{assessA}/gains", OK),
        row("APPRAISER", "C", "GET", "/assessments/{assessA}/gains", 404),
        row("DEPARTMENT_OFFICIAL", "A", "POST", "/assessments/{assessA}/targets?code=1.1", 403),
        row("PAR_OFFICER", "B", "POST", "/assessments/{assessA}/targets?code=1.1", 404),
        row(
            "PAR_OFFICER",
            "A",
            "POST",
            "/assessments/{assessA}/targets?code=1.2&department={depA}",
            OK),
        row("PAR_OFFICER", "A", "GET", "/tasks/{taskA}/target", OK),
        row("PAR_OFFICER", "B", "GET", "/tasks/{taskA}/target", 404));
  }

  private static Arguments row(String role, String unit, String method, String path, int status) {
    return Arguments.of(role, unit, method, path, status);
  }

  @ParameterizedTest(name = "{0} of {1}: {2} {3} → {4}")
  @MethodSource("matrix")
  void roleOnUnitGetsTheExpectedStatus(
      String role, String unit, String method, String path, int expected) throws Exception {
    String url = resolve(path);
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
    } else if ("POSTJSON".equals(method) || "PUTJSON".equals(method)) {
      String[] parts = url.split("\\|", 2);
      request =
          ("PUTJSON".equals(method) ? put(parts[0]) : post(parts[0]))
              .contentType(MediaType.APPLICATION_JSON)
              .content(parts[1]);
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
  void aTaskOnAnotherCommunesPlanIsRefusedAndThatPlanCountsNothing() throws Exception {
    long before = tasksOfPlan(w.planB);
    int status =
        mvc.perform(
                post("/api/v1/tasks")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(task(w.a.id() + "", w.planB + "", "null", "null").split("\\|", 2)[1])
                    .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(404);
    assertThat(tasksOfPlan(w.planB)).isEqualTo(before);
    String progress =
        mvc.perform(
                get("/api/v1/tasks/by-plan/" + w.planB + "/progress")
                    .with(Accounts.as(Role.PAR_OFFICER, w.b.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(progress).doesNotContainPattern(":[1-9]");
  }

  @Test
  void reassigningATaskToAnotherCommunesDepartmentOrOfficialChangesNothing() throws Exception {
    long task = taskA();
    for (String field : new String[] {"department", "owner"}) {
      long other = "department".equals(field) ? w.departmentB : w.officialB;
      mvc.perform(
          post("/tasks/" + task + "/assignment")
              .param(field, String.valueOf(other))
              .param("due", "2030-12-31")
              .with(Accounts.as(Role.PAR_OFFICER, w.a.id())));
    }
    assertThat(
            jdbc.sql("select count(*) from task where id = ? and department_id is null")
                .param(task)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from task where id = ? and owner_user_id is null")
                .param(task)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aPartialSetIsListedOnlyWithinTheScopeOfTheCommuneWhoseTableMadeIt() throws Exception {
    String ownName =
        jdbc.sql("select name from criteria_set where id = ?")
            .param(w.setA)
            .query(String.class)
            .single();
    assertThat(ownName).contains("Xã Của Mình");
    for (String path : new String[] {"/frameworks", "/api/v1/frameworks", "/assessments/upload"}) {
      assertThat(body(path, Role.PAR_OFFICER, w.b.id()))
          .as(path)
          .doesNotContain("Xã Của Mình")
          .contains("Xã Láng Giềng");
      assertThat(body(path, Role.PAR_OFFICER, w.a.id())).as(path).contains("Xã Của Mình");
      assertThat(body(path, Role.APPRAISER, w.p2.id())).as(path).doesNotContain("Xã Của Mình");
    }
  }

  private String body(String path, Role role, long unit) throws Exception {
    return mvc.perform(get(path).with(Accounts.as(role, unit)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private long tasksOfPlan(long plan) {
    return jdbc.sql("select count(*) from task where plan_id = ?")
        .param(plan)
        .query(Long.class)
        .single();
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

  private String resolve(String path) throws Exception {
    String url =
        path.replace("{assessA}", String.valueOf(w.assessmentA))
            .replace("{assessB}", String.valueOf(w.assessmentB))
            .replace("{planA}", String.valueOf(w.planA))
            .replace("{planB}", String.valueOf(w.planB))
            .replace("{setA}", String.valueOf(w.setA))
            .replace("{setB}", String.valueOf(w.setB))
            .replace("{unitA}", String.valueOf(w.a.id()))
            .replace("{unitB}", String.valueOf(w.b.id()))
            .replace("{depA}", String.valueOf(w.departmentA))
            .replace("{depB}", String.valueOf(w.departmentB))
            .replace("{officialB}", String.valueOf(w.officialB));
    if (url.contains("{round}")) {
      url = url.replace("{round}", String.valueOf(roundOfD()));
    }
    if (url.contains("{versionA}")) {
      // the version a page would have sent: the assessment's row version now
      Integer version =
          jdbc.sql("select row_version from assessment where id = ?")
              .param(w.assessmentA)
              .query(Integer.class)
              .single();
      url = url.replace("{versionA}", String.valueOf(version));
    }
    return url.contains("{taskA}") ? url.replace("{taskA}", String.valueOf(taskA())) : url;
  }

  /** A task of commune A, made once through the API by its officer. */
  private long taskA() throws Exception {
    var id =
        jdbc.sql("select id from task where unit_id = ? and title = 'Việc của A'")
            .param(w.a.id())
            .query(Long.class)
            .list();
    if (!id.isEmpty()) {
      return id.get(0);
    }
    mvc.perform(
        post("/api/v1/tasks")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                TASK.formatted(w.a.id(), w.planA, "null", "null")
                    .split("\\|", 2)[1]
                    .replace("Việc thử", "Việc của A"))
            .with(Accounts.as(Role.PAR_OFFICER, w.a.id())));
    return taskA();
  }

  /** The 2024 round of SW-D, opened once through the API by an administrator. */
  private long roundOfD() throws Exception {
    var id =
        jdbc.sql("select id from index_round where parent_unit_id = ? and index_year = 2024")
            .param(w.d.id())
            .query(Long.class)
            .list();
    if (!id.isEmpty()) {
      return id.get(0);
    }
    String[] open = openRound(2024).replace("{setA}", String.valueOf(w.setA)).split("\\|", 2);
    int status =
        mvc.perform(
                post(open[0])
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(open[1])
                    .with(Accounts.admin()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(201);
    return roundOfD();
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
