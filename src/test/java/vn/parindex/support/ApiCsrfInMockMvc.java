package vn.parindex.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * MockMvc's signed-in API calls (made with {@code Accounts.as} or {@code @WithAccount}, i.e. a
 * session, not Basic or a token) send the CSRF token as the pages' own calls do, so API tests test
 * the API. Pages get no token unless a test asks: their CSRF refusals stay tested. The API's own
 * refusal of a cookie write without a token is tested over real HTTP (account.ApiCsrfTest).
 */
@Component
class ApiCsrfInMockMvc implements MockMvcBuilderCustomizer {

  private static final RequestPostProcessor CSRF = SecurityMockMvcRequestPostProcessors.csrf();

  @Override
  public void customize(ConfigurableMockMvcBuilder<?> builder) {
    builder.defaultRequest(
        get("/")
            .with(
                request ->
                    request.getRequestURI().startsWith("/api/v1/")
                        ? CSRF.postProcessRequest(request)
                        : request));
  }
}
