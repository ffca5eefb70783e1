package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Users;

/**
 * No dead links: for each demo account, every link of the header and of the pages the header leads
 * to (dashboard, task board, own tasks, verification queue) opens, rather than answering "refused"
 * or "not found" to someone the page itself offered it to; and every form and button those pages
 * offer, submitted with plausible values, is never refused (403) nor fails (5xx). Its own context:
 * the submissions change the demo data.
 */
@SpringBootTest(properties = {"parindex.demo.enabled=true", "parindex.test.context=offered"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NavigationLinksTest {

  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired Users users;

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @Order(1)
  @ValueSource(strings = {"cchc.vinhchap", "chu.tich", "mot.cua", "mttq", "tham.dinh", "admin"})
  void everyLinkOfferedOpens(String username) throws Exception {
    RequestPostProcessor as = user(users.principal(username).orElseThrow());
    Set<String> links = pages(as);
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

  @ParameterizedTest
  @Order(3)
  @ValueSource(strings = {"cchc.vinhchap", "chu.tich", "mttq", "tham.dinh", "admin"})
  void theRoundsAreOfferedToWhoTakesPartInThem(String username) throws Exception {
    RequestPostProcessor as = user(users.principal(username).orElseThrow());
    Set<String> header = new TreeSet<>(hrefs(html(get("/dashboard"), as)));
    if (username.equals("mttq")) {
      assertThat(header).as(username).doesNotContain("/rounds");
    } else {
      assertThat(header).as(username).contains("/rounds");
    }
  }

  @ParameterizedTest
  @Order(2)
  @ValueSource(strings = {"cchc.vinhchap", "chu.tich", "mot.cua", "mttq", "tham.dinh", "admin"})
  void everyFormAndButtonOfferedIsAccepted(String username) throws Exception {
    RequestPostProcessor as = user(users.principal(username).orElseThrow());
    Set<String> pages = new TreeSet<>(pages(as));
    pages.add("/");
    List<String> refused = new ArrayList<>();
    int submitted = 0;
    for (String page : pages) {
      for (OfferedForms.Submission form :
          OfferedForms.in(html(get(page), as), page).submissions()) {
        if (form.action().startsWith("/logout") || form.action().startsWith("/login")) {
          continue;
        }
        int status = mvc.perform(request(form).with(as)).andReturn().getResponse().getStatus();
        submitted++;
        if (status == 403 || status == 404 || status >= 500) {
          refused.add(page + ": " + form + " → " + status);
        }
      }
    }
    assertThat(submitted).as(username + ": forms submitted").isGreaterThan(3);
    assertThat(refused).as(username + " is offered forms that are then refused").isEmpty();
  }

  private static AbstractMockHttpServletRequestBuilder<?> request(OfferedForms.Submission form) {
    AbstractMockHttpServletRequestBuilder<?> request;
    if (!form.post()) {
      request = get(form.action());
    } else if (form.files().isEmpty()) {
      request = post(form.action()).with(csrf());
    } else {
      MockMultipartHttpServletRequestBuilder multipart = multipart(form.action());
      for (String name : form.files()) {
        multipart.file(
            name.equals("files")
                ? new MockMultipartFile(name, "minh-chung.pdf", "application/pdf", PDF)
                : new MockMultipartFile(name, "vinh-chap-2024.csv", "text/csv", demoTable()));
      }
      request = multipart.with(csrf());
    }
    form.fields().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
    return request;
  }

  private static byte[] demoTable() {
    try (var in = NavigationLinksTest.class.getResourceAsStream("/demo/vinh-chap-2024.csv")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every page the header offers, and what each of those offers in turn. */
  private Set<String> pages(RequestPostProcessor as) throws Exception {
    Set<String> links = new TreeSet<>(hrefs(html(get("/"), as)));
    for (String page : List.copyOf(links)) {
      links.addAll(hrefs(html(get(page), as)));
    }
    return links;
  }

  /** The page's HTML, or nothing for a download or a page that does not open. */
  private String html(MockHttpServletRequestBuilder request, RequestPostProcessor as)
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
