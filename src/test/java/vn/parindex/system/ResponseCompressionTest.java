package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Pages and styles travel compressed to a browser that asks for gzip (a phone on a mobile network),
 * and as they are to a client that does not; files to download are never touched. Needs the real
 * server: compression is Tomcat's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResponseCompressionTest {

  @LocalServerPort int port;

  private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", "vi");
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theIconsAreServedWithoutSignInAndEveryPageLinksOne() throws Exception {
    HttpResponse<byte[]> ico = get("/favicon.ico", false);
    assertThat(ico.statusCode()).isEqualTo(200);
    // an ICO file's header: reserved 0, type 1 (icon)
    assertThat(java.util.Arrays.copyOf(ico.body(), 4)).containsExactly(0, 0, 1, 0);
    HttpResponse<byte[]> svg = get("/images/icon.svg", false);
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
    assertThat(new String(get("/login", false).body(), StandardCharsets.UTF_8))
        .contains("<link rel=\"icon\" href=\"/images/icon.svg\"");
    assertThat(new String(get("/public/results", false).body(), StandardCharsets.UTF_8))
        .contains("<link rel=\"icon\" href=\"/images/icon.svg\"");
  }

  @Test
  void aPageItsStylesAndTheApiAreCompressedForAClientThatAsks() throws Exception {
    for (String path : new String[] {"/public/results", "/css/app.css", "/api/v1/openapi"}) {
      HttpResponse<byte[]> plain = get(path, false);
      HttpResponse<byte[]> zipped = get(path, true);
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(zipped.statusCode()).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(zipped.body().length).as(path).isLessThan(plain.body().length);
      String text = gunzip(zipped.body());
      String expected = new String(plain.body(), StandardCharsets.UTF_8);
      // a page carries a CSRF token masked anew on every request: the rest is the same
      String token = "[A-Za-z0-9_-]{64,}";
      assertThat(text.replaceAll(token, "")).isEqualTo(expected.replaceAll(token, ""));
    }
    // small answers are sent as they are (compressing them costs more than it saves)
    HttpResponse<byte[]> small = get("/js/upload-limit.js", true);
    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
  }
}
