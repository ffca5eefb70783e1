package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Users;

/**
 * Every action confirms on screen: after a posted form and its redirect, the page it leads to says
 * what was done, in Vietnamese, once (the next page does not repeat it); a refused form says why
 * instead.
 */
@SpringBootTest(properties = {"parindex.demo.enabled=true", "parindex.test.context=notices"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ActionNoticesTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  private RequestPostProcessor as(String username) {
    return user(users.principal(username).orElseThrow());
  }

  private String followed(MvcResult posted, RequestPostProcessor as) throws Exception {
    // The flash travels in the session (stored in the database), as in a browser: by its cookie.
    var next = get(posted.getResponse().getRedirectedUrl()).with(as);
    for (jakarta.servlet.http.Cookie cookie : posted.getResponse().getCookies()) {
      next.cookie(cookie);
    }
    return mvc.perform(next).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void startingATaskSaysSoOnTheTaskPageOnce() throws Exception {
    long task =
        jdbc.sql("select min(id) from task where status = 'PLANNED'").query(Long.class).single();
    RequestPostProcessor officer = as("cchc.vinhchap");
    MvcResult posted =
        mvc.perform(
                post("/tasks/" + task + "/actions")
                    .param("action", "START")
                    .with(csrf())
                    .with(officer))
            .andReturn();
    assertThat(posted.getResponse().getRedirectedUrl()).isNotNull();
    // Confirmed once: the task page says it in its own words, the frame adds nothing.
    String shown = followed(posted, officer);
    assertThat(shown.split("Đã bắt đầu thực hiện nhiệm vụ.", -1)).hasSize(2);
    assertThat(shown).doesNotContain("notice flash");
    String again =
        mvc.perform(get("/tasks/" + task).with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(again).doesNotContain("Đã bắt đầu thực hiện nhiệm vụ.");
  }

  @Test
  void markingNotificationsReadSaysSoOnACompiledPageToo() throws Exception {
    RequestPostProcessor leader = as("chu.tich");
    MvcResult posted =
        mvc.perform(post("/notifications/read-all").with(csrf()).with(leader)).andReturn();
    assertThat(followed(posted, leader)).contains("Đã đánh dấu đã đọc.");
    MvcResult supervision =
        mvc.perform(
                post("/supervisions")
                    .param(
                        "unit",
                        String.valueOf(users.principal("mttq").orElseThrow().user().unitId()))
                    .param("heldOn", "2025-06-20")
                    .param("scope", "Giám sát thực hiện kế hoạch khắc phục")
                    .with(csrf())
                    .with(as("mttq")))
            .andReturn();
    assertThat(followed(supervision, as("mttq"))).contains("Đã ghi nhận cuộc giám sát.");
  }

  @Test
  void aRefusedFormShowsItsErrorsAndNoConfirmation() throws Exception {
    String page =
        mvc.perform(
                post("/supervisions")
                    .param(
                        "unit",
                        String.valueOf(users.principal("mttq").orElseThrow().user().unitId()))
                    .param("scope", "")
                    .with(csrf())
                    .with(as("mttq")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).doesNotContain("notice flash").contains("class=\"errors\"");
  }
}
