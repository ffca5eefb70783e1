package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;

/** The error page needs a real server: MockMvc never forwards to /error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPageTest {

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired vn.parindex.account.Users users;
  @org.springframework.beans.factory.annotation.Autowired vn.parindex.unit.Units units;

  @Test
  void unknownPageGivesVietnamese404Page() throws Exception {
    HttpResponse<String> response = get("/khong-co-trang-nay");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("lang=\"vi\"")
        .contains("Không tìm thấy trang bạn yêu cầu.")
        .contains("Mã lỗi 404");
  }

  @Test
  void failingPageGivesVietnamese500PageWithoutStackTrace() throws Exception {
    HttpResponse<String> response = get("/test-failure");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("Đã xảy ra lỗi trong hệ thống.")
        .doesNotContain("secret detail")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at vn.parindex");
  }

  @Test
  void anAnonymousVisitorGetsTheErrorPageToo() throws Exception {
    java.net.http.HttpClient anonymous = java.net.http.HttpClient.newHttpClient();
    HttpResponse<String> missing =
        anonymous.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/khong-co.css"))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .startsWith("<!DOCTYPE html>")
        .contains("Mã lỗi 404", "Không tìm thấy trang bạn yêu cầu.")
        .doesNotContain("action=\"/logout\"");

    HttpResponse<String> forbidden =
        anonymous.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body())
        .contains("Mã lỗi 403", "Bạn không có quyền thực hiện thao tác này")
        .doesNotContain("Invalid")
        .doesNotContain("Forbidden");
  }

  @Test
  void theErrorPageShowsTheSignedInUserAndNoInternalText() throws Exception {
    HttpResponse<String> response = get("/test-failure");
    assertThat(response.body())
        .contains("<h1>Mã lỗi 500</h1>", "action=\"/logout\"", "error.admin")
        .doesNotContain("Internal Server Error")
        .doesNotContain("/test-failure");
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html")
            .build();
    if (!users.exists("error.admin")) {
      long unit =
          units
              .save(
                  new vn.parindex.unit.Unit(
                      null,
                      "ERR-1",
                      "Tỉnh",
                      vn.parindex.unit.UnitType.PROVINCE,
                      null,
                      null,
                      null,
                      false))
              .id();
      vn.parindex.support.Accounts.create(
          users, "error.admin", "error-secret", unit, vn.parindex.account.Role.ADMIN);
    }
    return vn.parindex.support.HttpLogin.signIn(port, "error.admin", "error-secret")
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  @TestConfiguration
  static class FailingPage {
    @Bean
    FailingController failingController() {
      return new FailingController();
    }
  }

  @Controller
  static class FailingController {
    @GetMapping("/test-failure")
    String fail() {
      throw new IllegalStateException("secret detail");
    }
  }
}
