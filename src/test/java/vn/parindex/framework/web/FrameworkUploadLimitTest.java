package vn.parindex.framework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.framework.CriteriaSets;

/** The multipart limit is enforced by the real server, which MockMvc does not run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FrameworkUploadLimitTest {

  @LocalServerPort int port;
  @Autowired CriteriaSets sets;
  @Autowired vn.parindex.account.Users users;
  @Autowired vn.parindex.unit.Units units;

  @Test
  void aFiftyMegabyteUploadIsRefusedWith422NamingTheFileAndNothingIsStored() throws Exception {
    byte[] big = new byte[50 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    String boundary = "parindex-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(big);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    long unit =
        units
            .save(
                new vn.parindex.unit.Unit(
                    null,
                    "UL-1",
                    "Tỉnh",
                    vn.parindex.unit.UnitType.PROVINCE,
                    null,
                    null,
                    null,
                    false))
            .id();
    vn.parindex.support.Accounts.create(
        users, "limit.admin", "limit-secret", unit, vn.parindex.account.Role.ADMIN);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/frameworks"))
            .header(
                "Authorization", vn.parindex.support.HttpLogin.basic("limit.admin", "limit-secret"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains(
            "Tệp tải lên quá lớn (tối đa 20 MB)", "\"field\":\"file\"", "\"column\":\"file\"");
    assertThat(sets.list()).isEmpty();

    // the page's form, its CSRF token in the refused body: told the real reason, not 403
    HttpRequest form =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/frameworks"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> page =
        HttpClient.newHttpClient().send(form, HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(422);
    assertThat(page.body()).contains("Tệp tải lên quá lớn (tối đa 20 MB)").doesNotContain("403");
    assertThat(sets.list()).isEmpty();
  }
}
