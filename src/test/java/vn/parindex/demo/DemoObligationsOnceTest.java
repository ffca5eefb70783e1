package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Users;

/**
 * The demo's obligations as a new user meets them, in the demo context other test classes share
 * (emptied and loaded again after each class by {@code DatabaseCleaner}): each listed once.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoObligationsOnceTest {

  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired vn.parindex.reminder.ObligationCalendar calendar;

  /** The load day, in Vietnam as the app's clock: after 17:00 UTC it is already tomorrow there. */
  final LocalDate today = LocalDate.now(vn.parindex.page.Times.ZONE);

  private RequestPostProcessor as(String username) {
    return user(users.principal(username).orElseThrow());
  }

  /**
   * The walk of 7/12/2026 read Gio Quang's home page listing each obligation twice. Every demo
   * commune's officer sees each obligation once on the home page, and its calendar holds each
   * obligation once (an ad-hoc report once per request).
   */
  @Test
  void eachDemoCommunesHomePageAndCalendarListEachObligationOnce() throws Exception {
    for (String commune : List.of("vinhchap", "giomai", "giohai", "gioquang")) {
      String html =
          mvc.perform(get("/").with(as("cchc." + commune)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      int from = html.indexOf("id=\"home-obligations\"");
      assertThat(from).as(commune + "'s obligations block").isPositive();
      String block = html.substring(from, html.indexOf("</section>", from));
      // an ad-hoc report is listed once per request, each with its own due day
      List<String> lines =
          java.util.regex.Pattern.compile(
                  "<a href=\"/obligations\\?year=\\d+\">([^<]*)</a>\\s*<br><small[^>]*>([^<]*)<")
              .matcher(block)
              .results()
              .map(m -> m.group(1) + " · " + m.group(2))
              .toList();
      assertThat(lines).as(commune + "'s home page").doesNotHaveDuplicates();
      List<String> titles = lines.stream().map(l -> l.substring(0, l.indexOf(" · "))).toList();
      if (commune.equals("gioquang") && today.getDayOfYear() > 100) {
        // nothing recorded: the first quarter's publicity was missed, and shown once
        assertThat(titles)
            .contains("Công khai, tuyên truyền kết quả Chỉ số CCHC năm trước (trong quý I)");
      }
      long unit =
          jdbc.sql("select id from unit where code = ?")
              .param("DEMO-" + commune.toUpperCase())
              .query(Long.class)
              .single();
      assertThat(
              calendar.of(unit, today.getYear(), today).stream()
                  .map(i -> i.obligation().title() + " " + i.startOn())
                  .toList())
          .as(commune + "'s calendar")
          .doesNotHaveDuplicates();
    }
  }
}
