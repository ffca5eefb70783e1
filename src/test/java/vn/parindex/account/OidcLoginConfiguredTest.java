package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a client registration configured, the login page offers OpenID Connect and the authorization
 * request goes to the provider (no live provider: the redirect is the test).
 */
@SpringBootTest(
    properties = {
      "spring.security.oauth2.client.registration.sso.client-id=parindex",
      "spring.security.oauth2.client.registration.sso.client-secret=secret",
      "spring.security.oauth2.client.registration.sso.client-name=Cổng dịch vụ công",
      "spring.security.oauth2.client.registration.sso.scope=openid,email",
      "spring.security.oauth2.client.registration.sso.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.sso.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.provider.sso.authorization-uri=https://sso.example.vn/auth",
      "spring.security.oauth2.client.provider.sso.token-uri=https://sso.example.vn/token",
      "spring.security.oauth2.client.provider.sso.jwk-set-uri=https://sso.example.vn/jwks",
      "spring.security.oauth2.client.provider.sso.user-name-attribute=sub"
    })
@ActiveProfiles("test")
@AutoConfigureMockMvc
class OidcLoginConfiguredTest {

  @Autowired MockMvc mvc;

  @Test
  void loginPageLinksTheProviderAndTheLinkRedirectsToIt() throws Exception {
    assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
        .contains("Đăng nhập bằng Cổng dịch vụ công")
        .contains("/oauth2/authorization/sso");
    MockHttpServletResponse start =
        mvc.perform(get("/oauth2/authorization/sso")).andReturn().getResponse();
    assertThat(start.getStatus()).isEqualTo(302);
    assertThat(start.getRedirectedUrl())
        .startsWith("https://sso.example.vn/auth")
        .contains("client_id=parindex");
  }
}
