package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;

/**
 * The indicators API, the drill-down, the apology letters and the province's page, with the unit
 * scope: a commune sees itself, its province's appraisers every unit under it, no one else.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class IndicatorWebTest {

  private static final String YEAR = "from=2025-01-01&to=2025-12-31";
  private static final LocalDateTime MARCH = LocalDateTime.of(2025, 3, 3, 9, 0);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  long p;
  long a;
  long b;
  long p2;
  String s;

  /** Province P over communes A and B, another province P2; A has 3 finished dossiers. */
  @BeforeEach
  void units() {
    s = Long.toString(System.nanoTime(), 36);
    DossierRows rows = new DossierRows(jdbc);
    p = rows.unit("IP-" + s, "Tỉnh Chỉ Số " + s, "PROVINCE", null);
    a = rows.unit("IA-" + s, "Xã Đúng Hạn " + s, "COMMUNE", p);
    b = rows.unit("IB-" + s, "Xã Láng Giềng " + s, "COMMUNE", p);
    p2 = rows.unit("IQ-" + s, "Tỉnh Khác " + s, "PROVINCE", null);
    rows.procedure(a, "P3", 3);
    rows.dossier(a, "OK1", "P3", MARCH, MARCH.plusDays(1), 2, false);
    rows.dossier(a, "OK2", "P3", MARCH.plusDays(1), MARCH.plusDays(2), 1, false);
    rows.dossier(a, "LATE1", "P3", MARCH.plusDays(2), MARCH.plusDays(9), 1, true);
    rows.dossier(a, "OPEN1", "P3", MARCH.plusDays(3), null, 2, null);
    // withdrawn: counts nowhere, listed nowhere
    rows.dossier(a, "GONE1", "P3", MARCH, MARCH.plusDays(1), 7, 2, null);
  }

  @Test
  void theApiGivesEachIndicatorWithItsNameDefinitionAndRate() throws Exception {
    String json = ok(get("/api/v1/indicators?unit=IA-" + s + "&" + YEAR), officerOf(a));
    assertThat(JsonPath.<String>read(json, "$.indicators[0].code")).isEqualTo("ON_TIME");
    assertThat(JsonPath.<String>read(json, "$.indicators[0].name"))
        .isEqualTo("Hồ sơ giải quyết đúng hạn");
    assertThat(JsonPath.<String>read(json, "$.indicators[0].definition")).contains("đúng hạn");
    assertThat(JsonPath.<Integer>read(json, "$.indicators[0].numerator")).isEqualTo(2);
    assertThat(JsonPath.<Integer>read(json, "$.indicators[0].denominator")).isEqualTo(3);
    assertThat(JsonPath.<Double>read(json, "$.indicators[0].rate")).isEqualTo(66.67);
    // received: OK1, OK2, LATE1, OPEN1 (the withdrawn one is not); 2 of them online
    assertThat(JsonPath.<Integer>read(json, "$.indicators[1].denominator")).isEqualTo(4);
    assertThat(JsonPath.<Integer>read(json, "$.indicators[1].numerator")).isEqualTo(2);
    // no fully-online procedure: not applicable, never 0 % or 100 %
    assertThat(JsonPath.<Object>read(json, "$.indicators[2].rate")).isNull();
    assertThat(JsonPath.<Integer>read(json, "$.indicators[2].denominator")).isEqualTo(0);
  }

  @Test
  void theDrillDownListsTheDossiersPullingTheRateDownFirstAPageAtATime() throws Exception {
    String url = "/api/v1/indicators/ON_TIME/dossiers?unit=IA-" + s + "&" + YEAR;
    String first = ok(get(url + "&size=2"), officerOf(a));
    assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(3);
    assertThat(JsonPath.<List<String>>read(first, "$.dossiers[*].code"))
        .containsExactly("LATE1", "OK1");
    assertThat(JsonPath.<Boolean>read(first, "$.dossiers[0].counts")).isFalse();
    String second = ok(get(url + "&size=2&page=1"), officerOf(a));
    assertThat(JsonPath.<List<String>>read(second, "$.dossiers[*].code")).containsExactly("OK2");
    assertThat(JsonPath.<Integer>read(ok(get(url + "&size=100000"), officerOf(a)), "$.size"))
        .isEqualTo(IndicatorDossiers.MAX_SIZE);
  }

  @Test
  void aUnitsPeopleSeeItsIndicatorsItsProvincesAppraisersTooNoOneElse() throws Exception {
    String api = "/api/v1/indicators?unit=IA-" + s + "&" + YEAR;
    String drill = "/api/v1/indicators/APOLOGY/dossiers?unit=IA-" + s + "&" + YEAR;
    assertThat(status(get(api), Accounts.as(Role.APPRAISER, p))).isEqualTo(200);
    assertThat(status(get(drill), Accounts.as(Role.SUPERVISOR, a))).isEqualTo(200);
    assertThat(status(get(api), officerOf(b))).isEqualTo(404);
    assertThat(status(get(drill), officerOf(b))).isEqualTo(404);
    assertThat(status(get(api), Accounts.as(Role.APPRAISER, p2))).isEqualTo(404);
    assertThat(status(get("/indicators?unit=" + a), Accounts.as(Role.LEADER, b))).isEqualTo(404);
    assertThat(status(get("/indicators/province?unit=" + p), Accounts.as(Role.APPRAISER, p2)))
        .isEqualTo(404);
    assertThat(
            status(get("/api/v1/indicators/NOPE/dossiers?unit=IA-" + s + "&" + YEAR), officerOf(a)))
        .isEqualTo(404);
  }

  @Test
  void anApologyLetterIsRecordedOnceAndCountsAtOnce() throws Exception {
    assertThat(apology()).isEqualTo("0/1");
    assertThat(status(letter("LATE1", "01/XL", null), officerOf(a))).isEqualTo(302);
    assertThat(apology()).isEqualTo("1/1");
    // a second click, or a second person, gets the letter already there
    assertThat(status(letter("LATE1", "02/XL", null), Accounts.as(Role.LEADER, a))).isEqualTo(302);
    assertThat(letters()).isEqualTo(1);
    assertThat(number()).isEqualTo("01/XL");
    assertThat(
            jdbc.sql("select count(*) from audit_event where entity_type = 'dossier_apology'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);
    // an edit from a version someone else has moved on from is refused and changes nothing
    assertThat(status(letter("LATE1", "03/XL", 7), officerOf(a))).isEqualTo(409);
    assertThat(status(letter("LATE1", "03/XL", 0), officerOf(a))).isEqualTo(302);
    assertThat(number()).isEqualTo("03/XL");
    assertThat(status(letter("LATE1", "04/XL", 0), officerOf(a))).isEqualTo(409);
    assertThat(number()).isEqualTo("03/XL");
  }

  @Test
  void aLetterForADossierThatIsNotLateOrWithABadFileOrByAReaderIsRefused() throws Exception {
    MockHttpServletResponse notLate = response(letter("OK1", "01/XL", null), officerOf(a));
    assertThat(notLate.getStatus()).isEqualTo(422);
    assertThat(notLate.getContentAsString(StandardCharsets.UTF_8))
        .contains("hồ sơ «OK1» không trễ hạn");
    MockHttpServletResponse noNumber = response(letter("LATE1", " ", null), officerOf(a));
    assertThat(noNumber.getStatus()).isEqualTo(422);
    assertThat(noNumber.getContentAsString(StandardCharsets.UTF_8)).contains("cần nhập số phiếu");
    MockMultipartHttpServletRequestBuilder fake = letter("LATE1", "01/XL", null);
    fake.file(
        new MockMultipartFile(
            "file",
            "phieu.pdf",
            "application/pdf",
            "không phải PDF".getBytes(StandardCharsets.UTF_8)));
    assertThat(status(fake, officerOf(a))).isEqualTo(422);
    assertThat(status(letter("LATE1", "01/XL", null), Accounts.as(Role.SUPERVISOR, a)))
        .isEqualTo(403);
    assertThat(status(letter("LATE1", "01/XL", null), officerOf(b))).isEqualTo(404);
    assertThat(letters()).isZero();
  }

  @Test
  void aLetterKeepsItsScanAndShowsIt() throws Exception {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    MockMultipartHttpServletRequestBuilder withScan = letter("LATE1", "05/XL", null);
    withScan.file(new MockMultipartFile("file", "phiếu.pdf", "application/pdf", pdf));
    assertThat(status(withScan, officerOf(a))).isEqualTo(302);
    long id =
        jdbc.sql("select id from dossier_apology where unit_id = ?")
            .param(a)
            .query(Long.class)
            .single();
    MockHttpServletResponse scan =
        response(get("/indicators/apologies/" + id + "/file?unit=" + a), officerOf(a));
    assertThat(scan.getContentType()).isEqualTo("application/pdf");
    assertThat(scan.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(status(get("/indicators/apologies/" + id + "/file?unit=" + b), officerOf(b)))
        .isEqualTo(404);
  }

  @Test
  void theCommunePageShowsEachFigureWithItsDefinitionAndNotApplicable() throws Exception {
    String html = ok(get("/indicators?unit=" + a + "&period=2025"), officerOf(a));
    assertThat(html).contains("66,67 %").contains("2/3 hồ sơ").contains("không áp dụng");
    assertThat(html).contains("Số hồ sơ giải quyết xong trước hoặc đúng hạn hẹn trả");
    String drill = ok(get("/indicators/ON_TIME?unit=" + a + "&period=2025"), officerOf(a));
    assertThat(drill).contains("LATE1").contains("Lập phiếu xin lỗi").contains("Trực tiếp");
    assertThat(drill).contains("03/03/2025").contains("Đã trả kết quả").doesNotContain("GONE1");
    MockHttpServletResponse bad =
        response(get("/indicators?unit=" + a + "&period=2025-13"), officerOf(a));
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
        .contains("kỳ «2025-13» không hợp lệ");
  }

  @Test
  void theProvinceSeesEveryUnitWithTrafficLightsTrendsAndExports() throws Exception {
    RequestPostProcessor appraiser = Accounts.as(Role.APPRAISER, p);
    String html = ok(get("/indicators/province?unit=" + p + "&year=2025"), appraiser);
    assertThat(html).contains("Xã Đúng Hạn " + s).contains("Xã Láng Giềng " + s);
    // ON_TIME 66,67 % is red under the default thresholds, said in words
    assertThat(html).contains("class=\"light RED\"").contains("Chưa đạt");
    assertThat(html).contains("1 hồ sơ trễ hạn, 1 chưa có phiếu xin lỗi");
    assertThat(html).contains("<polyline");
    MockHttpServletResponse csv =
        response(get("/indicators/province.csv?unit=" + p + "&year=2025"), appraiser);
    String text = csv.getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFMã đơn vị,Đơn vị,Hồ sơ giải quyết đúng hạn (%)");
    assertThat(text).contains("IA-" + s + ",Xã Đúng Hạn " + s + ",66.67,2,3,Chưa đạt");
    MockHttpServletResponse xlsx =
        response(get("/indicators/province.xlsx?unit=" + p + "&year=2025"), appraiser);
    assertThat(xlsx.getContentAsByteArray()).startsWith(new byte[] {'P', 'K', 3, 4});
    assertThat(status(get("/indicators/province?unit=" + p + "&year=2999"), appraiser))
        .isEqualTo(422);
  }

  private String apology() throws Exception {
    String json = ok(get("/api/v1/indicators?unit=IA-" + s + "&" + YEAR), officerOf(a));
    return JsonPath.<Integer>read(json, "$.indicators[7].numerator")
        + "/"
        + JsonPath.<Integer>read(json, "$.indicators[7].denominator");
  }

  private long letters() {
    return jdbc.sql("select count(*) from dossier_apology where unit_id = ?")
        .param(a)
        .query(Long.class)
        .single();
  }

  private String number() {
    return jdbc.sql("select letter_number from dossier_apology where unit_id = ?")
        .param(a)
        .query(String.class)
        .single();
  }

  private MockMultipartHttpServletRequestBuilder letter(
      String dossier, String number, Integer version) {
    MockMultipartHttpServletRequestBuilder post =
        multipart("/indicators/APOLOGY/apology?unit=" + a + "&period=2025");
    post.param("dossier", dossier).param("number", number).param("date", "20/03/2025");
    if (version != null) {
      post.param("version", version.toString());
    }
    return post;
  }

  private static RequestPostProcessor officerOf(long unit) {
    return Accounts.as(Role.PAR_OFFICER, unit);
  }

  private String ok(
      org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
      RequestPostProcessor who)
      throws Exception {
    MockHttpServletResponse r = response(request, who);
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  private int status(
      org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
      RequestPostProcessor who)
      throws Exception {
    return response(request, who).getStatus();
  }

  private MockHttpServletResponse response(
      org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
      RequestPostProcessor who)
      throws Exception {
    return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
  }
}
