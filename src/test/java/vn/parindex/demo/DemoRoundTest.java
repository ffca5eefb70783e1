package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Actor;
import vn.parindex.account.Users;
import vn.parindex.input.NotFoundException;
import vn.parindex.round.RoundSteps;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The demo's round of the current year, under way on the load day beside the published 2024 table:
 * Vĩnh Chấp self-assessed with evidence, submitted by its chairman and cut in round 1 with a note
 * and a request to explain; the other demo communes at other steps; every step by its person.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoRoundTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Users users;
  @Autowired RoundSteps steps;
  @Autowired Units units;

  @Autowired java.time.Clock clock;

  /** The load day as the app counts it: Việt Nam's date, a day ahead of UTC's from 17:00 UTC. */
  LocalDate today;

  @org.junit.jupiter.api.BeforeEach
  void today() {
    today = LocalDate.now(clock);
  }

  private long round() {
    return jdbc.sql("select id from index_round where index_year = ?")
        .param(today.getYear())
        .query(Long.class)
        .single();
  }

  private String api(String path, String username) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(httpBasic(username, DemoAccounts.PASSWORD)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private String page(String path, String username) throws Exception {
    RequestPostProcessor as = user(users.principal(username).orElseThrow());
    MockHttpServletResponse response = mvc.perform(get(path).with(as)).andReturn().getResponse();
    assertThat(response.getStatus()).as(username + " " + path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theProvincesRoundOfTheYearHasEachDemoCommuneAtItsStep() throws Exception {
    String round = api("/api/v1/rounds/" + round(), "tham.dinh");
    assertThat((String) JsonPath.read(round, "$.parent")).isEqualTo("DEMO-QT");
    Map<String, String> states =
        Map.of(
            "DEMO-VINHCHAP", "APPRAISED_1",
            "DEMO-GIOMAI", "SUBMITTED",
            "DEMO-GIOHAI", "EXPLAINED",
            "DEMO-GIOQUANG", "DRAFT");
    states.forEach(
        (code, state) ->
            assertThat(
                    JsonPath.<List<String>>read(
                        round, "$.units[?(@.code == '" + code + "')].state"))
                .as(code)
                .containsExactly(state));
    // the windows sit around the load day: self-assessment closing within days (Gio Quang still
    // at it), explanations open for a week
    assertThat(LocalDate.parse(JsonPath.read(round, "$.windows.selfTo")))
        .isAfter(today)
        .isBefore(today.plusDays(8));
    assertThat(LocalDate.parse(JsonPath.read(round, "$.windows.explanationDue"))).isAfter(today);
    // the year's set is the sample made this year's, labelled demo
    long set = ((Number) JsonPath.read(round, "$.framework")).longValue();
    assertThat(
            jdbc.sql("select name from criteria_set where id = ?")
                .param(set)
                .query(String.class)
                .single())
        .contains(String.valueOf(today.getYear()), "MINH HỌA");
  }

  @Test
  void vinhChapSelfAssessedWithEvidenceAndAwaitsItsExplanationOfTheCut() throws Exception {
    String unit = api("/api/v1/rounds/" + round() + "/units/DEMO-VINHCHAP", "cchc.vinhchap");
    List<Object> withEvidence = JsonPath.read(unit, "$.entries[?(@.selfEvidence.length() > 0)]");
    assertThat(withEvidence).hasSizeGreaterThanOrEqualTo(5);
    String cut = "$.entries[?(@.code == '1.3')]";
    assertThat(JsonPath.<List<Object>>read(unit, cut + ".round1Note"))
        .containsExactly(DemoRoundVinhChap.CUT_NOTE);
    assertThat(JsonPath.<List<Boolean>>read(unit, cut + ".explanationRequired"))
        .containsExactly(true);
    // the documents: number, date, issuer, title and a real file (PDF or PNG) said to be demo
    List<Map<String, Object>> docs =
        jdbc.sql(
                "select d.doc_number, d.doc_date, d.issuer, d.title, d.content_type, u.username,"
                    + " d.uploaded_at from evidence_document d join app_user u on u.id ="
                    + " d.uploaded_by join unit n on n.id = d.unit_id where n.code ="
                    + " 'DEMO-VINHCHAP'")
            .query()
            .listOfRows();
    assertThat(docs).hasSize(5);
    assertThat(docs)
        .allSatisfy(
            d -> {
              assertThat(d.get("doc_number")).isNotNull();
              assertThat(d.get("doc_date")).isNotNull();
              assertThat((String) d.get("issuer")).contains("Vĩnh Chấp");
              assertThat(d.get("username")).isEqualTo("cchc.vinhchap");
              assertThat(((Timestamp) d.get("uploaded_at")).toLocalDateTime())
                  .isBefore(today.atStartOfDay());
            });
    assertThat(docs.stream().map(d -> d.get("content_type")))
        .contains("application/pdf", "image/png");
    byte[] file =
        mvc.perform(
                get("/api/v1/evidence/"
                        + JsonPath.<List<Object>>read(unit, cut + ".selfEvidence[0]").get(0)
                        + "/file")
                    .with(httpBasic("tham.dinh", DemoAccounts.PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(java.util.Arrays.copyOf(file, 4))
        .containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file)).getWidth())
        .isEqualTo(480);
  }

  @Test
  void gioQuangIsStillSelfAssessingAndItsPeopleSeeTheDeadlineAheadAndWhatIsLeft() throws Exception {
    long id = round();
    String round = api("/api/v1/rounds/" + id, "tham.dinh");
    LocalDate selfTo = LocalDate.parse(JsonPath.read(round, "$.windows.selfTo"));
    String unit = api("/api/v1/rounds/" + id + "/units/DEMO-GIOQUANG", "cchc.gioquang");
    assertThat(JsonPath.<String>read(unit, "$.unit.state")).isEqualTo("DRAFT");
    assertThat(JsonPath.<List<String>>read(unit, "$.entries[?(@.selfPoints != null)].code"))
        .containsExactlyInAnyOrder("1.1.1", "2.1", "2.6", "5.2");
    assertThat(JsonPath.<List<String>>read(unit, "$.entries[?(@.selfEvidence.length() > 0)].code"))
        .containsExactlyInAnyOrder("1.1.1", "2.1", "5.2");
    String day = selfTo.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    long left = java.time.temporal.ChronoUnit.DAYS.between(today, selfTo);
    assertThat(page("/", "cchc.gioquang"))
        .contains("đang tự đánh giá")
        .contains("Hạn nộp " + day + " (còn " + left + " ngày)")
        // of the set's many leaves, three scored: the rest still to do
        .containsPattern("đã chấm 4/[1-9][0-9] tiêu chí")
        .contains("1 tiêu chí có điểm nhưng chưa có tài liệu kiểm chứng")
        .contains("/rounds/" + id + "/units/DEMO-GIOQUANG");
    assertThat(page("/", "chu.tich.gioquang"))
        .contains("Hạn nộp " + day)
        .contains("Chủ tịch phê duyệt và nộp trước hạn");
    // labelled demo like the rest: the commune, its accounts and its documents
    assertThat(units.findByCode("DEMO-GIOQUANG").orElseThrow().demo()).isTrue();
    assertThat(
            users.list(null).stream()
                .filter(u -> u.username().endsWith(".gioquang"))
                .map(u -> u.username() + " " + u.demo()))
        .containsExactlyInAnyOrder(
            "cchc.gioquang true", "chu.tich.gioquang true", "tai.chinh.gioquang true");
    assertThat(
            jdbc.sql(
                    "select d.content_type from evidence_document d join unit n on n.id ="
                        + " d.unit_id where n.code = 'DEMO-GIOQUANG'")
                .query(String.class)
                .list())
        .containsExactly("application/pdf", "application/pdf", "application/pdf");
  }

  @Test
  void gioQuangsFinanceDepartmentFillsAreaFiveAndSoTaiChinhAppraisesIt() throws Exception {
    long id = round();
    // the officer gave area 2 to the one-stop shop and area 5 to the finance department, whose
    // official sees only those two criteria, one scored with its document, one still to fill
    String finance = page("/rounds/" + id + "/units/DEMO-GIOQUANG", "tai.chinh.gioquang");
    assertThat(finance)
        .contains("Đang hiển thị 2 trên")
        .contains("Tiêu chí 5.1.", "Tiêu chí 5.2.", "15/TB-UBND")
        .doesNotContain("Tiêu chí 1.1.1.")
        .contains("Bộ phận nhập: Tài chính – Kế toán", "Thẩm định: Sở Tài chính");
    assertThat(page("/", "tai.chinh.gioquang")).contains("còn 1 tiêu chí chưa nhập");
    assertThat(page("/rounds/" + id + "/units/DEMO-GIOQUANG/assignments", "cchc.gioquang"))
        .contains("Bộ phận một cửa", "Tài chính – Kế toán", "Lưu phân công");
    // the province gave area 5 to Sở Tài chính: its appraiser appraises only those criteria of a
    // submitted commune and does not end the commune's round; the general appraiser does
    assertThat(page("/rounds/" + id + "/appraisers", "tham.dinh")).contains("Sở Tài chính");
    String stc = page("/rounds/" + id + "/units/DEMO-GIOMAI", "tham.dinh.stc");
    assertThat(stc).contains("appraise-open").doesNotContain("/appraisals/complete");
    assertThat(page("/rounds/" + id + "/units/DEMO-GIOMAI", "tham.dinh"))
        .contains("/appraisals/complete");
    // its queue: Gio Mai (area 5 to appraise), not Gio Hải, whose round 2 has nothing of theirs
    assertThat(page("/rounds/queue", "tham.dinh.stc"))
        .contains("Gio Mai", "2 / 2 tiêu chí")
        .doesNotContain("Gio Hải");
    assertThat(page("/rounds/queue", "tham.dinh")).contains("Gio Mai", "Gio Hải");
  }

  @Test
  void eachStepIsSignedByItsPersonAtItsPastMoment() {
    List<Map<String, Object>> states =
        jdbc.sql(
                "select username, new_value, at from audit_event where entity_type like"
                    + " 'ROUND%' and field = 'state' order by at")
            .query()
            .listOfRows();
    assertThat(states).isNotEmpty();
    assertThat(states)
        .allSatisfy(
            s ->
                assertThat(((Timestamp) s.get("at")).toLocalDateTime())
                    .isBefore(today.atStartOfDay()));
    assertThat(states.stream().map(s -> s.get("username") + " " + s.get("new_value")))
        .contains("chu.tich SUBMITTED", "tham.dinh APPRAISED_1", "chu.tich.giohai EXPLAINED");
  }

  @Test
  void everyDemoAccountSeesTheRoundsPages() throws Exception {
    long id = round();
    for (String username : List.of("cchc.vinhchap", "chu.tich", "tham.dinh", "admin")) {
      assertThat(page("/rounds", username)).as(username).contains("/rounds/" + id);
      assertThat(page("/rounds/" + id, username)).contains("Vĩnh Chấp", "đã thẩm định lần 1");
    }
    String officer = page("/rounds/" + id + "/units/DEMO-VINHCHAP", "cchc.vinhchap");
    assertThat(officer)
        .contains("Yêu cầu giải trình", "1,00 điểm", "2,50 điểm", "08/KH-UBND")
        .contains("Chỉ có ảnh chụp, chưa có kế hoạch");
    // every demo account's home page still opens; the other communes' people see their own unit
    for (String username :
        List.of(
            "pct.vhxh",
            "mot.cua",
            "tai.chinh",
            "mttq",
            "cchc.giomai",
            "chu.tich.giomai",
            "cchc.giohai",
            "chu.tich.giohai")) {
      assertThat(page("/", username)).as(username).contains("Việc cần làm");
    }
    assertThat(page("/rounds/" + id, "cchc.giomai"))
        .contains("Gio Mai", "đã nộp tự đánh giá")
        .doesNotContain("/units/DEMO-VINHCHAP");
    assertThat(page("/rounds/" + id + "/units/DEMO-GIOHAI", "chu.tich.giohai"))
        .contains("chờ thẩm định lần 2", "Đồng ý với kết quả thẩm định");
    String appraiser = page("/rounds/" + id, "tham.dinh");
    assertThat(appraiser)
        .contains("Gio Mai", "đã nộp tự đánh giá", "Gio Hải", "chờ thẩm định lần 2", "Gio Quang");
    // the province's chairman, who publishes, has a demo account of their own
    // and sees where every commune of the round stands before publishing (and the round's losses),
    // and reads each commune's page, where nothing is theirs to do
    String chair = page("/rounds/" + id, "chu.tich.tinh");
    assertThat(chair)
        .contains("publish-form", "/rounds/" + id + "/publish")
        .contains("Vĩnh Chấp", "Gio Mai", "Gio Hải", "Gio Quang")
        .contains("đã nộp tự đánh giá", "đang tự đánh giá")
        .contains("/rounds/" + id + "/units/DEMO-GIOMAI\"");
    String chairApi = api("/api/v1/rounds/" + id, "chu.tich.tinh");
    assertThat(JsonPath.<List<String>>read(chairApi, "$.units[*].code"))
        .contains("DEMO-VINHCHAP", "DEMO-GIOMAI", "DEMO-GIOHAI", "DEMO-GIOQUANG");
    assertThat(page("/rounds/" + id + "/losses", "chu.tich.tinh")).contains("Điểm bị mất ở đâu");
    String communeRead = page("/rounds/" + id + "/units/DEMO-GIOHAI", "chu.tich.tinh");
    assertThat(communeRead)
        .contains("Gio Hải", "chờ thẩm định lần 2", "Đồng ý với kết quả thẩm định")
        .doesNotContain("/units/DEMO-GIOHAI/explanations/");
    // the only form on it is the header's sign-out
    assertThat(communeRead.split("<form", -1)).hasSize(2);
    // and may do nothing there: the commune's chairman's step answers 403
    assertThat(
            mvc.perform(
                    post("/rounds/" + id + "/units/DEMO-GIOHAI/explanations/submit")
                        .with(csrf())
                        .with(user(users.principal("chu.tich.tinh").orElseThrow())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void theStepsTheDemoTakesKeepTheRoundsWhoMayRuleForTheirActor() {
    long id = round();
    Unit vinhChap = units.findByCode("DEMO-VINHCHAP").orElseThrow();
    Unit gioMai = units.findByCode("DEMO-GIOMAI").orElseThrow();
    Instant now = Instant.now();
    var officer = new Actor(users.principal("cchc.vinhchap").orElseThrow().user(), now);
    var chairman = new Actor(users.principal("chu.tich").orElseThrow().user(), now);
    // another commune is out of the officer's scope; the officer does not submit; nor does the
    // chairman submit another commune's explanations
    assertThatThrownBy(
            () ->
                steps.writeSelf(
                    id,
                    gioMai,
                    "1.1.1",
                    DemoRoundVinhChap.done("Không phải của xã này.", null),
                    officer))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> steps.submitExplanations(id, vinhChap, officer))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> steps.submitExplanations(id, gioMai, chairman))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            jdbc.sql(
                    "select r.state from round_unit r join unit u on u.id = r.unit_id where"
                        + " u.code = 'DEMO-VINHCHAP' and r.round_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("APPRAISED_1");
  }
}
