package vn.parindex.round;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.Accounts;
import vn.parindex.support.BrowserTest;
import vn.parindex.unit.Units;

/**
 * "Where the points went" on a phone (the chart scales, the table becomes cards, nothing scrolls
 * sideways) and the plan drafted at publication, whose lines say in words which kind each loss is,
 * in the plan editor, and still after a save.
 */
@Import(MovableClock.class)
class RoundLossesBrowserTest extends BrowserTest {

  /** The chairman saw the warnings before submitting (points claimed without evidence here). */
  private static final String SEEN = "{\"acknowledgeWarnings\":true}";

  private static final String SECRET = "mat-khau-diem-bi-mat";

  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Users users;

  private final HttpClient http = HttpClient.newHttpClient();
  private RoundWorld w;

  @Override
  protected String[] signInAs() {
    return null;
  }

  @Test
  void theLossesPageFitsAPhoneAndThePlanSaysWhichKindEachLossIs() throws Exception {
    w = new RoundWorld(null, units, sets, "RLB");
    Accounts.create(users, "rlb.thamdinh", SECRET, w.p.id(), Role.APPRAISER);
    Accounts.create(users, "rlb.admin", SECRET, w.p.id(), Role.ADMIN);
    Accounts.create(users, "rlb.cchc", SECRET, w.a.id(), Role.PAR_OFFICER);
    Accounts.create(users, "rlb.chutich", SECRET, w.a.id(), Role.LEADER);
    Accounts.create(users, "rlb.chutich2", SECRET, w.b.id(), Role.LEADER);
    long round = publishedRound();

    signIn("rlb.cchc", SECRET);
    page.setViewportSize(390, 844);
    open("/rounds/" + round + "/units/" + w.a.code());
    page.waitForNavigation(() -> page.locator("a.losses-link").click());
    assertThat(page.locator("h1")).containsText("Điểm bị mất ở đâu");
    assertThat(page.locator("figure.pareto svg")).isVisible();
    assertThat(page.locator("figure.pareto svg rect.cut").first()).isAttached();
    assertThat(page.locator("table.loss-table thead")).isHidden();
    assertThat(page.locator("table.loss-table tbody tr").first()).containsText("1.2");
    assertThat(
            page.locator("table.loss-table tbody tr")
                .nth(1)
                .locator("td[data-label='Bị trừ khi thẩm định']"))
        .hasText("0,50");
    assertThat(
            page.locator("table.loss-table tbody tr")
                .nth(2)
                .locator("td[data-label='Được khôi phục nhờ giải trình']"))
        .hasText("+0,50");
    double svgWidth =
        ((Number)
                page.evaluate(
                    "document.querySelector('figure.pareto svg').getBoundingClientRect().width"))
            .doubleValue();
    assertThat(svgWidth).isLessThanOrEqualTo(390);
    screenshot("round-losses-phone");
    assertThat(
            (Boolean)
                page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isTrue();

    page.setViewportSize(1280, 900);
    screenshot("round-losses-wide");
    open("/rounds/" + round + "/units/" + w.a.code());
    page.waitForNavigation(() -> page.locator("a.plan-link").click());
    assertThat(page.locator("tr.plan-line .loss-kind").first()).isVisible();
    assertThat(page.locator("tr.plan-line .loss-kind"))
        .containsText(
            new String[] {
              "Bị trừ khi thẩm định", "Chưa thực hiện", "Chưa thực hiện; Bị trừ khi thẩm định"
            });
    page.waitForNavigation(() -> page.locator("button.primary[type=submit]").first().click());
    open(page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", ""));
    assertThat(page.locator("tr.plan-line .loss-kind"))
        .containsText(
            new String[] {
              "Bị trừ khi thẩm định", "Chưa thực hiện", "Chưa thực hiện; Bị trừ khi thẩm định"
            });
  }

  /**
   * As in RoundPlansPostgresTest: A claims 4 / not done / 1.5, is cut and recovers 0.5; B nothing.
   */
  private long publishedRound() throws Exception {
    MovableClock.CLOCK.at(LocalDate.of(2033, 1, 5));
    String opened =
        send(
            "POST",
            "/api/v1/rounds",
            "{\"year\":2033,\"parent\":\"%s\",\"framework\":%d,%s}"
                .formatted(w.p.code(), w.setId, RoundWorld.windows(2033)),
            "rlb.thamdinh");
    long round = Long.parseLong(opened.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    String a = "/api/v1/rounds/" + round + "/units/" + w.a.code();
    String b = "/api/v1/rounds/" + round + "/units/" + w.b.code();
    MovableClock.CLOCK.at(LocalDate.of(2033, 1, 20));
    send("PUT", a + "/entries/1.1", "{\"points\":4}", "rlb.cchc");
    send("PUT", a + "/entries/1.2", "{\"done\":false}", "rlb.cchc");
    send("PUT", a + "/entries/1.3", "{\"numerator\":1,\"denominator\":2}", "rlb.cchc");
    send("POST", a + "/submit", SEEN, "rlb.chutich");
    send("POST", b + "/submit", SEEN, "rlb.chutich2");
    MovableClock.CLOCK.at(LocalDate.of(2033, 2, 10));
    send(
        "PUT",
        a + "/appraisals/1.1",
        "{\"round\":1,\"points\":3,\"note\":\"Thiếu\"}",
        "rlb.thamdinh");
    send(
        "PUT",
        a + "/appraisals/1.3",
        "{\"round\":1,\"points\":1,\"note\":\"Sai\"}",
        "rlb.thamdinh");
    send("POST", a + "/appraisals/complete", null, "rlb.thamdinh");
    send("POST", b + "/appraisals/complete", null, "rlb.thamdinh");
    MovableClock.CLOCK.at(LocalDate.of(2033, 2, 20));
    send("PUT", a + "/explanations/1.1", "{\"agree\":false,\"text\":\"Đã có\"}", "rlb.cchc");
    send("POST", a + "/explanations/submit", null, "rlb.chutich");
    // B claimed nothing, so round 1 cut nothing: it went on to round 2 with nothing to explain
    assertThat(send("GET", b, null, "rlb.thamdinh")).contains("\"state\":\"EXPLAINED\"");
    MovableClock.CLOCK.at(LocalDate.of(2033, 3, 10));
    send(
        "PUT",
        a + "/appraisals/1.1",
        "{\"round\":2,\"points\":3.5,\"note\":\"Một phần\"}",
        "rlb.thamdinh");
    send("POST", a + "/appraisals/complete", null, "rlb.thamdinh");
    send("POST", b + "/appraisals/complete", null, "rlb.thamdinh");
    MovableClock.CLOCK.at(LocalDate.of(2033, 3, 31));
    send(
        "POST",
        "/api/v1/rounds/" + round + "/publish",
        "{\"number\":\"7/QĐ-UBND\",\"date\":\"2033-03-31\"}",
        "rlb.admin");
    return round;
  }

  private String send(String method, String path, String json, String user) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new AssertionError(
          method + " " + path + " → " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
