package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Derived from the request mappings themselves: every endpoint the application serves names its
 * access decision ({@link Access}), so a new endpoint without one fails the build instead of going
 * out unguarded; and every endpoint but the public ones refuses a signed-out caller.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class EveryEndpointDecidesAccessTest {

  /**
   * Library endpoints, each open by the security configuration: the error page and the OpenAPI
   * documents with their Swagger UI. Nothing of ParIndex belongs here.
   */
  static final Set<String> PUBLIC_LIBRARY_ENDPOINTS =
      Set.of(
          "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController",
          "org.springdoc.webmvc.api.OpenApiWebMvcResource",
          "org.springdoc.webmvc.ui.SwaggerConfigResource",
          "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @Test
  void everyEndpointNamesItsAccessDecision() {
    Map<RequestMappingInfo, HandlerMethod> handlers = mappings.getHandlerMethods();
    assertThat(handlers).hasSizeGreaterThan(90);
    List<String> undecided = new ArrayList<>();
    for (var entry : handlers.entrySet()) {
      String problem = problem(entry.getValue());
      if (problem != null) {
        undecided.add(entry.getKey() + " → " + entry.getValue() + ": " + problem);
      }
    }
    assertThat(undecided).as("endpoints without an access decision").isEmpty();
  }

  @Test
  void anEndpointWithoutADecisionIsReported() throws Exception {
    HandlerMethod bare = new HandlerMethod(new Undecided(), Undecided.class.getMethod("page"));
    HandlerMethod both = new HandlerMethod(new Undecided(), Undecided.class.getMethod("both"));
    assertThat(problem(bare)).isEqualTo("no @Access on the method or its class");
    assertThat(problem(both)).isEqualTo("names a class and an opening at once");
  }

  @Test
  void everyEndpointButThePublicOnesRefusesASignedOutCaller() throws Exception {
    List<String> open = new ArrayList<>();
    for (var entry : mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (PUBLIC_LIBRARY_ENDPOINTS.contains(handler.getBeanType().getName())
          || AccessCheck.open(handler) == Access.Open.PUBLIC) {
        continue;
      }
      for (String pattern : entry.getKey().getPatternValues()) {
        String path = pattern.replaceAll("\\{[^}]+}", "1");
        Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
        String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
        int status =
            mvc.perform(request(HttpMethod.valueOf(method), path))
                .andReturn()
                .getResponse()
                .getStatus();
        // 401 (API), 302 to the login page, or 403 (a write without its CSRF token)
        if (status != 401 && status != 302 && status != 403) {
          open.add(method + " " + path + " → " + status);
        }
      }
    }
    assertThat(open).as("endpoints answering a signed-out caller").isEmpty();
  }

  /** Why a handler has no valid decision; null when it has one. */
  private String problem(HandlerMethod handler) {
    if (PUBLIC_LIBRARY_ENDPOINTS.contains(handler.getBeanType().getName())) {
      return null;
    }
    Access access = AccessCheck.decision(handler);
    if (access == null) {
      return "no @Access on the method or its class";
    }
    boolean names = access.value() != Void.class;
    boolean opens = access.open() != Access.Open.NONE;
    if (names == opens) {
      return names
          ? "names a class and an opening at once"
          : "names neither a class nor an opening";
    }
    if (names && context.getBeanNamesForType(access.value()).length == 0) {
      return access.value().getSimpleName() + " is no component that could decide";
    }
    return null;
  }

  /** A controller as someone might add it, forgetting the decision. */
  static class Undecided {
    public String page() {
      return "page";
    }

    @Access(value = UnitScope.class, open = Access.Open.SIGNED_IN)
    public String both() {
      return "both";
    }
  }
}
