package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Users;

/**
 * No dead links: for each demo account, every link of the header and of the pages the header leads
 * to (dashboard, task board, own tasks, verification queue) opens, rather than answering "refused"
 * or "not found" to someone the page itself offered it to.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class NavigationLinksTest {

  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired Users users;

  @ParameterizedTest
  @ValueSource(strings = {"cchc.vinhchap", "chu.tich", "mot.cua", "mttq", "tham.dinh", "admin"})
  void everyLinkOfferedOpens(String username) throws Exception {
    RequestPostProcessor as = user(users.principal(username).orElseThrow());
    Set<String> links = new TreeSet<>(hrefs(html(get("/"), as)));
    for (String page : List.copyOf(links)) {
      // every page the header offers, and what each of those offers in turn
      links.addAll(hrefs(html(get(page), as)));
    }
    assertThat(links).as(username).contains("/dashboard", "/obligations").hasSizeGreaterThan(30);
    List<String> dead = new ArrayList<>();
    for (String link : links) {
      int status = mvc.perform(get(link).with(as)).andReturn().getResponse().getStatus();
      if (status >= 400) {
        dead.add(link + " → " + status);
      }
    }
    assertThat(dead).as(username + " is offered links that do not open").isEmpty();
  }

  /** The page's HTML, or nothing for a download or a page that does not open. */
  private String html(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      RequestPostProcessor as)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(as)).andReturn().getResponse();
    String type = response.getContentType();
    return response.getStatus() == 200 && type != null && type.startsWith("text/html")
        ? response.getContentAsString(StandardCharsets.UTF_8)
        : "";
  }

  private static List<String> hrefs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      out.add(m.group(1).replace("&amp;", "&"));
    }
    return out;
  }
}
