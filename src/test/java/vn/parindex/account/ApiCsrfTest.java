package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.support.Accounts;
import vn.parindex.support.HttpLogin;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Over real HTTP, as a browser and a script do it: an API write carried by the session cookie alone
 * is refused (another site could make the browser send it); with the page's CSRF token, or with
 * HTTP Basic instead of the cookie, it goes through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiCsrfTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired AssessmentImport imports;
  @Autowired JdbcClient jdbc;

  @Test
  void aCookieWriteNeedsTheTokenAndBasicDoesNot() throws Exception {
    String suffix = String.valueOf(System.nanoTime());
    Unit unit =
        units.save(
            new Unit(
                null,
                "CSRF-" + suffix,
                "Xã Mã Thông Báo",
                UnitType.COMMUNE,
                null,
                null,
                null,
                false));
    String username = "csrf." + suffix;
    Accounts.create(users, username, "dung-mat-khau", unit.id(), Role.PAR_OFFICER);
    long assessment =
        imports
            .importTable(vn.parindex.support.TestActors.fixture(), ScopeWorld.seed(unit.code()))
            .id();
    HttpClient browser = HttpLogin.signIn(port, username, "dung-mat-khau");
    String draft = "/api/v1/plans?assessment=" + assessment;

    assertThat(send(browser, "POST", draft, null, null).statusCode()).isEqualTo(403);
    assertThat(plansOf(unit)).isZero();

    String token = tokenOfAPage(browser);
    HttpResponse<String> withToken = send(browser, "POST", draft, "X-CSRF-TOKEN", token);
    assertThat(withToken.statusCode()).isEqualTo(201);
    assertThat(plansOf(unit)).isEqualTo(1);
    long plan =
        jdbc.sql("select id from plan where unit_id = ?")
            .param(unit.id())
            .query(Long.class)
            .single();

    HttpResponse<String> put = send(browser, "PUT", "/api/v1/plans/" + plan, null, null);
    assertThat(put.statusCode()).isEqualTo(403);

    HttpClient script = HttpClient.newHttpClient();
    HttpResponse<String> basic =
        send(
            script,
            "POST",
            draft + "&replace=true",
            "Authorization",
            HttpLogin.basic(username, "dung-mat-khau"));
    assertThat(basic.statusCode()).isEqualTo(201);
    assertThat(plansOf(unit)).isEqualTo(2);
  }

  private long plansOf(Unit unit) {
    return jdbc.sql("select count(*) from plan where unit_id = ?")
        .param(unit.id())
        .query(Long.class)
        .single();
  }

  /** The token a page gives its forms and htmx calls. */
  private String tokenOfAPage(HttpClient browser) throws Exception {
    String page = send(browser, "GET", "/account/tokens", null, null).body();
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> send(
      HttpClient client, String method, String path, String header, String value) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                "GET".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (header != null) {
      request.header(header, value);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
