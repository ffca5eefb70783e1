package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The app's controller methods are found by {@link PrefixedHandlerMapping}, and it finds the one
 * Spring's own search of every mapping finds: for a path made from each mapping's pattern, the
 * method chosen is the one chosen for the same path carrying a parameter ({@code ;p}), which the
 * mapping tries against every pattern as Spring does.
 */
@SpringBootTest
@ActiveProfiles("test")
class PrefixedHandlerMappingTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theAppsMappingIsThePrefixedOne() {
    assertThat(mappings).isInstanceOf(PrefixedHandlerMapping.class);
  }

  @Test
  void everyMappingsPathFindsTheMethodSpringsFullSearchFinds() throws Exception {
    Map<RequestMappingInfo, HandlerMethod> all = mappings.getHandlerMethods();
    assertThat(all).hasSizeGreaterThan(150);
    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (RequestMappingInfo info : all.keySet()) {
      if (info.getPathPatternsCondition() == null) {
        continue;
      }
      String method =
          info.getMethodsCondition().getMethods().stream()
              .findFirst()
              .map(RequestMethod::name)
              .orElse("GET");
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        String path = pattern.replaceAll("\\{\\*[^}]+}", "x/y").replaceAll("\\{[^}]+}", "1");
        path = path.replace("**", "x/y").replace("*", "x");
        if (!path.startsWith("/") || path.length() < 2) {
          continue;
        }
        Object prefixed = handler(method, path);
        int slash = path.indexOf('/', 1);
        String withParameter =
            slash < 0 ? path + ";p" : path.substring(0, slash) + ";p" + path.substring(slash);
        Object full = handler(method, withParameter);
        compared++;
        if (!String.valueOf(prefixed).equals(String.valueOf(full))) {
          differ.add(method + " " + path + ": " + prefixed + " ≠ " + full);
        }
        assertThat(prefixed).as("%s %s", method, path).isNotNull();
      }
    }
    assertThat(compared).isGreaterThan(150);
    assertThat(differ).isEmpty();
  }

  @Test
  void aPathIsNotTriedAgainstPatternsItCannotMatch() throws Exception {
    assertThat(handler("GET", "/rounds/1/units/BR1"))
        .hasToString(handler("GET", "/rounds;p/1/units/BR1").toString());
    assertThat(handler("GET", "/no-such-page/1")).isNull();
  }

  @Test
  void theFixedStartOfAPatternEndsAtItsFirstVariableOrWildcard() {
    assertThat(PrefixedHandlerMapping.fixedStart("/rounds/{id}/units/{unit}"))
        .isEqualTo("/rounds/");
    assertThat(PrefixedHandlerMapping.fixedStart("/css/**")).isEqualTo("/css/");
    assertThat(PrefixedHandlerMapping.fixedStart("/plans")).isEqualTo("/plans");
    assertThat(PrefixedHandlerMapping.fixedStart("/a?c")).isEqualTo("/a");
  }

  private Object handler(String method, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
    ServletRequestPathUtils.parseAndCache(request);
    try {
      HandlerExecutionChain chain = mappings.getHandler(request);
      return chain == null ? null : chain.getHandler();
    } catch (Exception refused) {
      // 405 / 415 / 406: the same refusal either way
      return refused.getClass().getSimpleName();
    }
  }
}
