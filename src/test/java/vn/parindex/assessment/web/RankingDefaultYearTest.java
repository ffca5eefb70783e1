package vn.parindex.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;
import vn.parindex.account.Users;

/** The rankings opened without a year show the newest year with results (the demo's 2024). */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class RankingDefaultYearTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;

  private ModelAndView open(String path, String username) throws Exception {
    return mvc.perform(get(path).with(user(users.principal(username).orElseThrow())))
        .andReturn()
        .getModelAndView();
  }

  @Test
  void rankingsDefaultToTheNewestYearWithResults() throws Exception {
    for (String username : List.of("tham.dinh", "cchc.vinhchap", "admin")) {
      ModelAndView page = open("/rankings", username);
      assertThat(page.getModel().get("year")).as(username).isEqualTo(2024);
      assertThat((List<?>) page.getModel().get("rows")).as(username).isNotEmpty();
    }
  }

  @Test
  void aYearAskedForIsKeptEvenWithoutResults() throws Exception {
    ModelAndView page = open("/rankings?year=2019", "tham.dinh");
    assertThat(page.getModel().get("year")).isEqualTo(2019);
    assertThat((List<?>) page.getModel().get("rows")).isEmpty();
  }
}
