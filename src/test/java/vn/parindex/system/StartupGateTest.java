package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Requests before the start-up runners finish get a "starting" page, not the app: in Vietnamese, or
 * in the language the user chose (its cookie).
 */
class StartupGateTest {

  final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  final StartupGate gate =
      new StartupGate(availability, messages(), new WebConfig().localeResolver());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/web");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private MockHttpServletResponse post(String language) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    if (language != null) {
      request.setCookies(new jakarta.servlet.http.Cookie("parindex-lang", language));
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    gate.doFilter(request, response, chain);
    response.setHeader("X-Reached-App", String.valueOf(chain.getRequest() != null));
    return response;
  }

  @Test
  void beforeTheAppIsReadyASignInWaitsInsteadOfBeingRefused() throws Exception {
    availability.onApplicationEvent(
        new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));

    MockHttpServletResponse response = post(null);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("2");
    assertThat(response.getHeader("X-Reached-App")).isEqualTo("false");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("ParIndex đang khởi động")
        .contains("http-equiv=\"refresh\"");
    assertThat(post("en").getContentAsString()).contains("ParIndex is starting");
  }

  @Test
  void onceReadyEveryRequestGoesThrough() throws Exception {
    availability.onApplicationEvent(
        new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

    MockHttpServletResponse response = post(null);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("X-Reached-App")).isEqualTo("true");
  }
}
