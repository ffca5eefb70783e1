package vn.parindex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Users;

/**
 * The dashboard opened without a unit shows one with scores: an appraiser's province has none of
 * its own, so its commune with scores is shown rather than empty charts; a unit asked for is kept.
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DashboardDefaultUnitTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;

  private UnitDashboard open(String path, String username) throws Exception {
    return (UnitDashboard)
        mvc.perform(get(path).with(user(users.principal(username).orElseThrow())))
            .andReturn()
            .getModelAndView()
            .getModel()
            .get("d");
  }

  @Test
  void theAppraisersDashboardShowsAUnitWithScores() throws Exception {
    UnitDashboard shown = open("/dashboard", "tham.dinh");
    assertThat(shown.unitCode()).isEqualTo("DEMO-VINHCHAP");
    assertThat(shown.areaYear()).isEqualTo(2024);
    assertThat(shown.areas()).isNotEmpty();
  }

  @Test
  void aUnitAskedForIsShownEvenWithoutScores() throws Exception {
    UnitDashboard province = open("/dashboard", "cchc.vinhchap");
    assertThat(province.unitCode()).isEqualTo("DEMO-VINHCHAP");
    String parent = province.parentCode();
    assertThat(open("/dashboard?unit=" + parent, "tham.dinh").unitCode()).isEqualTo(parent);
  }
}
