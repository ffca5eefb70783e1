package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.WithAccount;

/** CSRF refuses a page POST before routing, so any page path shows it. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class CsrfTest {

  @Autowired MockMvc mvc;

  @Test
  void pagePostWithoutTokenIsForbidden() throws Exception {
    mvc.perform(multipart("/assessments/upload")).andExpect(status().isForbidden());
  }

  @Test
  void pagePostWithTokenIsNotForbidden() throws Exception {
    int status =
        mvc.perform(multipart("/assessments/upload").with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isNotEqualTo(403);
  }

  @Test
  void apiPostWithBasicNeedsNoToken() throws Exception {
    int status =
        mvc.perform(post("/api/v1/units").header("Authorization", "Basic eDp5"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isNotEqualTo(403);
  }
}
