package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.parindex.account.Users;

/**
 * A missing id is "not found" everywhere: every GET path of the application with a path variable
 * (read from its request mappings, pages and API alike) answers 404 to an administrator for an id
 * that does not exist, never 500.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class MissingIdsTest {

  static final String MISSING = "987654321";

  @Autowired MockMvc mvc;
  @Autowired Users users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyGetPathWithAnIdAnswers404ForAnIdThatDoesNotExist() throws Exception {
    Set<String> paths = getPathsWithVariables();
    assertThat(paths).as("GET paths with an id").hasSizeGreaterThan(15);
    List<String> wrong = new ArrayList<>();
    for (String pattern : paths) {
      String path = pattern.replaceAll("\\{[^}]+}", MISSING);
      MockHttpServletResponse response =
          mvc.perform(get(path).with(user(users.principal("admin").orElseThrow())))
              .andReturn()
              .getResponse();
      if (response.getStatus() != 404) {
        wrong.add(path + " → " + response.getStatus());
      }
    }
    assertThat(wrong).as("paths that do not answer 404 for a missing id").isEmpty();
  }

  private Set<String> getPathsWithVariables() {
    Set<String> paths = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      for (String pattern : info.getPatternValues()) {
        if (pattern.contains("{") && !pattern.startsWith("/error")) {
          paths.add(pattern);
        }
      }
    }
    return paths;
  }
}
