package vn.parindex.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signing in to a running app from plain {@link HttpClient} tests. */
public final class HttpLogin {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private HttpLogin() {}

  /** A client holding a signed-in session (through the real login form, with its CSRF token). */
  public static HttpClient signIn(int port, String username, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return signIn(client, "http://localhost:" + port, username, password);
  }

  /**
   * Signs {@code client} (which must keep cookies and not follow redirects) in through the form, as
   * a browser does: GET /login for the session cookie and CSRF token, then POST /login; fails
   * unless redirected somewhere other than the login page.
   */
  public static HttpClient signIn(HttpClient client, String base, String username, String password)
      throws Exception {
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(page.body());
    if (page.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("no CSRF token on the login page: " + page.statusCode());
    }
    String body =
        "username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&_csrf="
            + enc(token.group(1));
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("/login")) {
      throw new IllegalStateException(
          "sign-in refused for " + username + ": " + response.statusCode() + " " + location);
    }
    return client;
  }

  /** The value of an {@code Authorization} header for HTTP Basic. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
