package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.HttpLogin;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * An error no handler expected still answers in Vietnamese, as a problem detail, and shows nothing
 * of the exception: not its class, not its message (here, SQL naming a column).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiErrorTest {

  @LocalServerPort int port;
  @Autowired Users users;
  @Autowired Units units;

  @Test
  void anUnexpectedFailureOfTheApiAnswersInVietnameseWithoutInternalText() throws Exception {
    long unit =
        units.save(new Unit(null, "AE-1", "Tỉnh", UnitType.PROVINCE, null, null, null, false)).id();
    Accounts.create(users, "api.error", "api-secret", unit, Role.ADMIN);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/test-failure"))
            .header("Authorization", HttpLogin.basic("api.error", "api-secret"))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("\"title\":\"Lỗi hệ thống\"")
        .contains("Máy chủ không xử lý được yêu cầu này")
        .doesNotContain("Internal Server Error")
        .doesNotContain("DataIntegrity")
        .doesNotContain("Exception")
        .doesNotContain("reason CHARACTER VARYING");
  }

  @TestConfiguration
  static class FailingApi {
    @Bean
    FailingApiController failingApiController() {
      return new FailingApiController();
    }
  }

  @RestController
  static class FailingApiController {
    @GetMapping("/api/v1/test-failure")
    String fail() {
      throw new DataIntegrityViolationException(
          "Value too long for column \"reason CHARACTER VARYING(4000)\"");
    }
  }
}
