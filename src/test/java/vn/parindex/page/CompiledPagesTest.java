package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.WithAccount;

/**
 * A compiled page is whole HTML in the page's language, written in one piece with its length; every
 * page, whatever its feature, has the same header.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class CompiledPagesTest {

  @Autowired MockMvc mvc;

  @Test
  void aCompiledPageIsUtf8WithItsLengthInThePagesLanguage() throws Exception {
    MockHttpServletResponse vi =
        mvc.perform(get("/tasks/mine")).andExpect(status().isOk()).andReturn().getResponse();
    String html = vi.getContentAsString(StandardCharsets.UTF_8);
    assertThat(vi.getContentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(vi.getContentLength()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"vi\">", "<title>Nhiệm vụ của tôi · ParIndex</title>")
        .contains("<h1>Nhiệm vụ của tôi</h1>");
    assertThat(html.strip()).endsWith("</body>\n</html>");

    String en =
        mvc.perform(get("/tasks/mine").param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(en).contains("<html lang=\"en\">", "<h1>My tasks</h1>");
  }

  @Test
  void everyPageSharesOneHeader() throws Exception {
    String tasks = header(get("/tasks/mine"));
    assertThat(tasks).contains("href=\"/admin/users\"", "action=\"/logout\"", "name=\"_csrf\"");
    for (String path : java.util.List.of("/plans", "/units", "/frameworks", "/admin/users")) {
      assertThat(header(get(path))).as(path).isEqualTo(tasks);
    }
  }

  /** The page's header, its CSRF token (masked anew on each page) left out. */
  private String header(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    String html =
        mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String header = html.substring(html.indexOf("<header>"), html.indexOf("</header>"));
    return header.replaceAll("value=\"[^\"]+\"", "");
  }
}
