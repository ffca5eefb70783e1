package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.HttpLogin;

/**
 * The bad input over the real server (the multipart limit is the servlet container's, which
 * MockMvc does not run): a unit outside the caller's scope and a file over the limit are a 422
 * naming the field, in the API's problem format and beside the page's field; nothing is stored.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.servlet.multipart.max-file-size=1MB",
      "spring.servlet.multipart.max-request-size=1MB",
      "parindex.dossiers.max-body-mb=1"
    })
@ActiveProfiles("test")
class DossierRefusalsHttpTest {

  private static final String BOUNDARY = "dossier-boundary";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String CSV =
      "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Trạng thái\nR1,1.001,03/03/2025,4\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Users users;

  String own;
  String other;
  String officer;

  @BeforeEach
  void units() {
    long n = System.nanoTime();
    own = "RF-A" + n;
    other = "RF-B" + n;
    long ownId = unit(own);
    unit(other);
    officer = "rf.officer" + n;
    Accounts.create(users, officer, "rf-secret", ownId, Role.PAR_OFFICER);
  }

  @Test
  void aUnitOutsideTheCallersScopeIs422NamingTheUnitAndStoresNothing() throws Exception {
    HttpResponse<String> json =
        send(
            "/api/v1/dossiers?unit=" + other,
            "application/json",
            ("{\"data\":[{\"MaHoSo\":\"R1\",\"MaTTHC\":\"1.001\","
                    + "\"NgayTiepNhan\":\"20250303080000\",\"TrangThaiHoSo\":4}]}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(json.statusCode()).isEqualTo(422);
    assertThat(json.body())
        .contains("\"column\":\"unit\"")
        .contains("\"code\":\"dossier.ingest.unit.outside\"")
        .contains("Trường «Đơn vị»: Đơn vị «" + other + "»")
        .contains("nằm ngoài phạm vi");
    HttpResponse<String> file =
        send("/api/v1/dossiers?unit=" + other, multipartType(), multipart(CSV.getBytes()));
    assertThat(file.statusCode()).isEqualTo(422);
    assertThat(file.body()).contains("\"column\":\"unit\"");
    HttpResponse<String> procedures =
        send("/api/v1/procedures?unit=" + other, multipartType(), multipart(CSV.getBytes()));
    assertThat(procedures.statusCode()).isEqualTo(422);
    assertThat(procedures.body()).contains("\"column\":\"unit\"");
    assertThat(stored(other) + stored(own)).isZero();
    // the same batch into the officer's own unit is taken
    assertThat(send("/api/v1/dossiers?unit=" + own, multipartType(), multipart(CSV.getBytes())))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    assertThat(stored(own)).isEqualTo(1);
  }

  @Test
  void aFileOverTheUploadLimitIs422NamingTheFileAndStoresNothing() throws Exception {
    byte[] big = new byte[2 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    for (String path : new String[] {"/api/v1/dossiers", "/api/v1/procedures"}) {
      HttpResponse<String> r = send(path + "?unit=" + own, multipartType(), multipart(big));
      assertThat(r.statusCode()).as(path).isEqualTo(422);
      assertThat(r.body())
          .contains("\"type\":\"https://parindex.vn/problems/invalid-input\"")
          .contains("\"column\":\"file\"")
          .contains("\"code\":\"dossier.ingest.file.large\"")
          .contains("Tệp gửi lên quá lớn (tối đa 1 MB)");
    }
    // a JSON body over its bound names the body, from its declared length
    byte[] body = new byte[2 * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    HttpResponse<String> json = send("/api/v1/dossiers?unit=" + own, "application/json", body);
    assertThat(json.statusCode()).isEqualTo(422);
    assertThat(json.body()).contains("\"column\":\"body\"").contains("tối đa 1 MB");
    assertThat(stored(own)).isZero();
  }

  @Test
  void theUploadPageShowsBothBesideTheirFieldsAndStoresNothing() throws Exception {
    HttpClient browser = HttpLogin.signIn(port, officer, "rf-secret");
    String token = token(browser);
    HttpResponse<String> outside =
        page(browser, token, other, CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(outside.statusCode()).isEqualTo(422);
    assertThat(outside.body())
        .contains("id=\"e-unit\"")
        .contains("Đơn vị «" + other + "»")
        .contains("nằm ngoài phạm vi");
    byte[] big = new byte[2 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> large = page(browser, token(browser), own, big);
    assertThat(large.statusCode()).isEqualTo(422);
    assertThat(large.body())
        .contains("id=\"e-file\"")
        .contains("Tệp gửi lên quá lớn (tối đa 1 MB)")
        .contains("id=\"ingest-form\"");
    assertThat(stored(own) + stored(other)).isZero();
    // the API called with the session cookie: its CSRF token went with the refused body, and the
    // person is told the real reason, not a 403
    HttpResponse<String> api =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/dossiers?unit=" + own))
                .header("Content-Type", multipartType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(big)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(422);
    assertThat(api.body()).contains("\"field\":\"file\"", "Tệp tải lên quá lớn (tối đa 1 MB)");
    assertThat(stored(own) + stored(other)).isZero();
    // the session still works: the next upload of a small file is taken
    HttpResponse<String> fine = page(browser, token(browser), own, CSV.getBytes());
    assertThat(fine.statusCode()).isEqualTo(200);
    assertThat(fine.body()).contains("id=\"ingest-result\"");
    assertThat(stored(own)).isEqualTo(1);
  }

  private HttpResponse<String> send(String path, String type, byte[] body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", HttpLogin.basic(officer, "rf-secret"))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String token(HttpClient browser) throws Exception {
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dossiers/upload"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = CSRF.matcher(form.body());
    assertThat(m.find()).as("CSRF token on the upload form").isTrue();
    return m.group(1);
  }

  private HttpResponse<String> page(HttpClient browser, String token, String unit, byte[] file)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, "_csrf", token);
    field(body, "unit", unit);
    field(body, "kind", "dossiers");
    body.write(multipart(file));
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dossiers/upload"))
            .header("Content-Type", multipartType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void field(ByteArrayOutputStream body, String name, String value) {
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\n\r\n"
                + value
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String multipartType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  /** The part {@code file} (ho-so.csv) and the closing boundary. */
  private static byte[] multipart(byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ho-so.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private long unit(String code) {
    jdbc.sql("insert into unit (code, name, type) values (?, 'Xã Từ Chối', 'COMMUNE')")
        .param(code)
        .update();
    return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
  }

  private long stored(String code) {
    return jdbc.sql(
            "select count(*) from dossier d join unit u on u.id = d.unit_id where u.code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }
}
