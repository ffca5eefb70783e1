package vn.parindex.round;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A province P with communes A and B, another province P2 with commune C, and a criteria set for
 * communes: 1.1 manual (4), 1.2 done or not (3), 1.3 proportional (3), 2.1 survey (5). Each test
 * opens its own round (a year of its own), its windows in January–March of that year.
 */
final class RoundWorld {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The application's clock, moved by the tests. */
  static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2031-01-15T03:00:00Z");

    void at(LocalDate day) {
      now = day.atTime(10, 0).atZone(VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MockMvc mvc;
  final Unit p;
  final Unit a;
  final Unit b;
  final Unit p2;
  final Unit c;
  final long setId;

  RoundWorld(MockMvc mvc, Units units, CriteriaSets sets, String prefix) {
    this.mvc = mvc;
    p = units.save(unit(prefix + "-P", "Tỉnh Thử", UnitType.PROVINCE, null));
    a = units.save(unit(prefix + "-A", "Xã Một", UnitType.COMMUNE, p.id()));
    b = units.save(unit(prefix + "-B", "Xã Hai", UnitType.COMMUNE, p.id()));
    p2 = units.save(unit(prefix + "-P2", "Tỉnh Khác", UnitType.PROVINCE, null));
    c = units.save(unit(prefix + "-C", "Xã Ba", UnitType.COMMUNE, p2.id()));
    setId =
        sets.save(
                CriteriaSet.create(
                    null,
                    "Bộ chỉ số thử " + prefix,
                    2031,
                    UnitType.COMMUNE,
                    sets.nextVersion(2031, UnitType.COMMUNE),
                    false,
                    "test",
                    List.of(
                        node("1", "Công tác chỉ đạo", "10", null, 1),
                        node("1.1", "Kế hoạch CCHC", "4", new Scoring.Manual(), 2),
                        node("1.2", "Báo cáo đúng hạn", "3", new Scoring.Binary(), 3),
                        node("1.3", "Tỷ lệ hồ sơ đúng hạn", "3", new Scoring.Proportional(null), 4),
                        node("2", "Mức độ hài lòng", "5", null, 5),
                        node("2.1", "Điều tra xã hội học", "5", new Scoring.Survey(Map.of()), 6)),
                    List.of(
                        new ClassificationBand(new BigDecimal("80"), "Tốt"),
                        new ClassificationBand(BigDecimal.ZERO, "Trung bình"))))
            .id();
  }

  private static Criterion node(
      String code, String name, String max, vn.parindex.framework.ScoringMethod m, int position) {
    return new Criterion(new CriterionCode(code), name, new BigDecimal(max), m, position);
  }

  private static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }

  /** The windows of a round of {@code year}, as the API takes them. */
  static String windows(int year) {
    return ("\"selfFrom\":\"%1$d-01-10\",\"selfTo\":\"%1$d-01-31\",\"round1Due\":\"%1$d-02-15\","
            + "\"explanationDue\":\"%1$d-02-28\",\"round2Due\":\"%1$d-03-15\","
            + "\"publication\":\"%1$d-03-31\"")
        .formatted(year);
  }

  MockHttpServletResponse open(int year, RequestPostProcessor who) throws Exception {
    return json(
        post("/api/v1/rounds"),
        "{\"year\":%d,\"parent\":\"%s\",\"framework\":%d,%s}"
            .formatted(year, p.code(), setId, windows(year)),
        who);
  }

  /** Opens a round as P's appraiser; its id. */
  long openRound(int year) throws Exception {
    MockHttpServletResponse response = open(year, as(Role.APPRAISER, p));
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
  }

  /** The numbers at a JSON path as plain text ("8.5", "4"), whatever JSON type they came as. */
  static List<String> numbers(String json, String path) {
    Object read = JsonPath.read(json, path);
    List<?> values =
        read instanceof List<?> list ? list : java.util.Collections.singletonList(read);
    return values.stream()
        .map(
            v ->
                v == null
                    ? null
                    : new BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString())
        .toList();
  }

  static RequestPostProcessor as(Role role, Unit unit) {
    return Accounts.as(role, unit.id());
  }

  MockHttpServletResponse json(
      MockHttpServletRequestBuilder request, String body, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(who))
        .andReturn()
        .getResponse();
  }

  MockHttpServletResponse call(
      org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
      RequestPostProcessor who)
      throws Exception {
    return mvc.perform(request.with(who)).andReturn().getResponse();
  }

  String unitPath(long round, Unit unit) {
    return "/api/v1/rounds/" + round + "/units/" + unit.code();
  }

  MockHttpServletResponse entry(long round, Unit unit, String code, String body, Role role)
      throws Exception {
    return json(put(unitPath(round, unit) + "/entries/" + code), body, as(role, unit));
  }

  MockHttpServletResponse appraise(
      long round, Unit unit, String code, String body, RequestPostProcessor who) throws Exception {
    return json(put(unitPath(round, unit) + "/appraisals/" + code), body, who);
  }

  /** Round 1 on a submitted unit as P's appraiser: 1.1 cut to 2 points with a note, then ended. */
  void cutOneAndEndRound1(long round, Unit unit) throws Exception {
    MockHttpServletResponse cut =
        appraise(
            round,
            unit,
            "1.1",
            "{\"round\":1,\"points\":2,\"note\":\"Thiếu báo cáo\"}",
            as(Role.APPRAISER, p));
    MockHttpServletResponse ended = step(round, unit, "appraisals/complete", as(Role.APPRAISER, p));
    if (cut.getStatus() != 200 || ended.getStatus() != 200) {
      throw new AssertionError(cut.getContentAsString() + " / " + ended.getContentAsString());
    }
  }

  /** A step of the unit; a submission says the warnings were seen (the tests of them do not). */
  MockHttpServletResponse step(long round, Unit unit, String step, RequestPostProcessor who)
      throws Exception {
    if (step.equals("submit")) {
      return json(post(unitPath(round, unit) + "/submit"), "{\"acknowledgeWarnings\":true}", who);
    }
    return call(post(unitPath(round, unit) + "/" + step), who);
  }

  /** Uploads a small PDF as the unit's officer; the document's id. */
  long evidence(Unit unit, String number) throws Exception {
    MockHttpServletResponse response =
        call(
            multipart("/api/v1/evidence")
                .file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", pdf()))
                .param("number", number)
                .param("date", "15/01/2031")
                .param("issuer", "UBND " + unit.name())
                .param("title", "Kế hoạch cải cách hành chính"),
            as(Role.PAR_OFFICER, unit));
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
  }

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The unit's view in the round (state and entries), read by P's appraiser. */
  String unitView(long round, Unit unit) throws Exception {
    return call(get(unitPath(round, unit)), as(Role.APPRAISER, p)).getContentAsString();
  }

  String state(long round, Unit unit) throws Exception {
    return JsonPath.read(unitView(round, unit), "$.unit.state");
  }
}
