package vn.parindex.unit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Role;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** The catalogue's API and page: administrators only, a report that names what was not linked. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
@org.springframework.test.annotation.DirtiesContext(
    classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class CatalogueApiTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void theApiImportsTheCatalogueAndListsEveryNameNotMatched() throws Exception {
    Unit province =
        units.save(
            new Unit(null, "DEMO-QT", "Quảng Trị", UnitType.PROVINCE, null, null, null, true));
    units.save(
        new Unit(
            null, "DEMO-VINHCHAP", "Vĩnh Chấp", UnitType.COMMUNE, province.id(), null, null, true));
    mvc.perform(get("/api/v1/unit-catalogue"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provinces").value(34))
        .andExpect(jsonPath("$.communes").value(3321));
    mvc.perform(post("/api/v1/unit-catalogue").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provincesAdded").value(34))
        .andExpect(jsonPath("$.communesAdded").value(3321))
        .andExpect(jsonPath("$.links[?(@.formerCode == 'DEMO-VINHCHAP')].unitCode").value("19363"))
        .andExpect(
            jsonPath("$.unmatched[?(@.formerName == 'Thị trấn Hồ Xá')].reason").value("NOT_FOUND"));
    mvc.perform(post("/api/v1/unit-catalogue").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.provincesAdded").value(0))
        .andExpect(jsonPath("$.communesAdded").value(0))
        .andExpect(jsonPath("$.kept").value(3355))
        .andExpect(jsonPath("$.linksAdded").value(0))
        .andExpect(jsonPath("$.linksPresent").value(2));
  }

  @Test
  @WithAccount(Role.APPRAISER)
  void anyoneButAnAdministratorIsRefusedAndNothingIsWritten() throws Exception {
    mvc.perform(post("/api/v1/unit-catalogue").with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/units/catalogue").with(csrf())).andExpect(status().isForbidden());
    assertThat(units.all()).isEmpty();
  }

  @Test
  void thePageRunsItInOneClickAndReportsTheLinksAndTheNamesNotMatched() throws Exception {
    Unit province =
        units.save(
            new Unit(null, "DEMO-QT", "Quảng Trị", UnitType.PROVINCE, null, null, null, true));
    units.save(
        new Unit(
            null, "DEMO-VINHCHAP", "Vĩnh Chấp", UnitType.COMMUNE, province.id(), null, null, true));
    mvc.perform(get("/units"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nhập danh mục đơn vị hành chính 2025")));
    mvc.perform(post("/units/catalogue").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã thêm 34 tỉnh, thành phố và 3.321 xã")))
        .andExpect(content().string(containsString("Vĩnh Chấp (DEMO-VINHCHAP) → Xã Vĩnh Linh")))
        .andExpect(content().string(containsString("«Thị trấn Hồ Xá» (nay thuộc Xã Vĩnh Linh")))
        .andExpect(content().string(containsString("data-code=\"26732\"")));
  }
}
