package vn.parindex.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.WithAccount;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class SecurityHeadersTest {

  @Autowired MockMvc mvc;

  @Test
  void pagesCarryContentSecurityPolicyNoSniffAndFrameDenial() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    Matchers.allOf(
                        Matchers.containsString("default-src 'self'"),
                        Matchers.containsString("script-src 'self'"),
                        Matchers.containsString("frame-ancestors 'none'"))))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }
}
