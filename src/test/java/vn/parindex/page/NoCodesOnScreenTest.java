package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Users;

/**
 * No codes on screen: the demo's pages, as each demo account sees them, show statuses, roles and
 * fields by their names ("Đang thực hiện", "Công chức phụ trách CCHC"), never a stored code such as
 * PLANNED, IN_PROGRESS or PAR_OFFICER, and no link to raw JSON.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class NoCodesOnScreenTest {

  /** An enum-like token: upper-case words joined by "_", or one of our single-word codes. */
  static final Pattern ENUM_LIKE =
      Pattern.compile(
          "\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b"
              + "|\\b(?:PLANNED|DONE|VERIFIED|CANCELLED|ADMIN|LEADER|APPRAISER|SUPERVISOR"
              + "|OVERDUE|ESCALATION|DIGEST|TASK|OBLIGATION|PLAN|MANUAL|COMMUNE|PROVINCE)\\b");

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest
  @ValueSource(strings = {"cchc.vinhchap", "chu.tich", "mot.cua", "mttq", "admin"})
  void theDemosPagesShowNoCodes(String username) throws Exception {
    RequestPostProcessor as = user(users.principal(username).orElseThrow());
    List<String> pages =
        new ArrayList<>(
            List.of("/", "/tasks/mine", "/tasks/verify", "/tasks", "/notifications", "/plans"));
    jdbc.sql("select id from task order by id").query(Long.class).list().stream()
        .map(id -> "/tasks/" + id)
        .forEach(pages::add);
    if (username.equals("admin")) {
      pages.add("/admin/users");
      jdbc
          .sql("select id from app_user where demo = true order by id")
          .query(Long.class)
          .list()
          .stream()
          .map(id -> "/admin/users/" + id)
          .forEach(pages::add);
    }
    List<String> seen = new ArrayList<>();
    int opened = 0;
    for (String path : pages) {
      MockHttpServletResponse response = mvc.perform(get(path).with(as)).andReturn().getResponse();
      if (response.getStatus() != 200) {
        continue;
      }
      opened++;
      String text = visibleText(response.getContentAsString(StandardCharsets.UTF_8));
      Matcher m = ENUM_LIKE.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 40);
        seen.add(path + ": «" + m.group() + "» in …" + text.substring(from, m.end()) + "…");
      }
      if (text.contains("JSON")) {
        seen.add(path + ": a JSON link");
      }
    }
    assertThat(opened).as(username + " opened pages").isGreaterThan(5);
    assertThat(seen).as(username + " sees codes").isEmpty();
  }

  /** The text a reader sees: no head, scripts, styles, data lists, tags or attributes. */
  static String visibleText(String html) {
    return html.replaceAll("(?s)<head>.*?</head>", " ")
        .replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<datalist.*?</datalist>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replaceAll("\\s+", " ");
  }
}
