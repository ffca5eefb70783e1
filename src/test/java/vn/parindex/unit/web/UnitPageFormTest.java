package vn.parindex.unit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Lineage;
import vn.parindex.unit.LineageKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The units page's add form: a refused unit comes back with every value as typed and the message
 * beside its field, and nothing is stored; an added one is confirmed and the form offers a sibling.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class UnitPageFormTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;

  String suffix;
  Unit province;

  @BeforeEach
  void province() {
    suffix = String.valueOf(System.nanoTime() % 10_000_000);
    province =
        units.save(
            new Unit(
                null, "UF-" + suffix, "Tỉnh Biểu Mẫu", UnitType.PROVINCE, null, null, null, false));
  }

  @Test
  void aTakenCodeComesBackAsTypedWithItsMessageBesideTheCodeAndNothingStored() throws Exception {
    MockHttpServletResponse refused =
        mvc.perform(
                post("/units")
                    .param("code", province.code())
                    .param("name", "Phường Gõ Lại " + suffix)
                    .param("type", "WARD")
                    .param("parentCode", province.code())
                    .param("validFrom", "2025-07-01")
                    .param("validTo", "2025-01-01")
                    .with(csrf())
                    .with(Accounts.admin()))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    String html = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("id=\"code\" name=\"code\" value=\"" + province.code() + "\"")
        .contains("value=\"Phường Gõ Lại " + suffix + "\"")
        .contains("<option value=\"WARD\" selected>")
        .contains("<option value=\"" + province.code() + "\" selected>")
        .contains("value=\"2025-07-01\"", "value=\"2025-01-01\"")
        .contains(
            "<small class=\"field-error\" id=\"e-code\">Mã đơn vị «"
                + province.code()
                + "» đã có.</small>")
        .contains(
            "<small class=\"field-error\" id=\"e-validTo\">Ngày hết hiệu lực phải sau ngày có"
                + " hiệu lực.</small>");
    assertThat(units.all()).noneMatch(u -> u.name().equals("Phường Gõ Lại " + suffix));
  }

  @Test
  void aDateThatIsNoDateIsRefusedBesideItsField() throws Exception {
    MockHttpServletResponse refused =
        mvc.perform(
                post("/units")
                    .param("code", "UF-N-" + suffix)
                    .param("name", "Xã Ngày Sai")
                    .param("type", "COMMUNE")
                    .param("parentCode", province.code())
                    .param("validFrom", "31/02/2025")
                    .with(csrf())
                    .with(Accounts.admin()))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("value=\"31/02/2025\"", "value=\"UF-N-" + suffix + "\"")
        .contains("<small class=\"field-error\" id=\"e-validFrom\">Ngày không hợp lệ");
    assertThat(units.findByCode("UF-N-" + suffix)).isEmpty();
  }

  @Test
  void anAddedUnitIsConfirmedAndTheFormOffersASiblingUnderTheSameParent() throws Exception {
    String html =
        mvc.perform(
                post("/units")
                    .param("code", "UF-A-" + suffix)
                    .param("name", "Xã Mới Thêm")
                    .param("type", "COMMUNE")
                    .param("parentCode", province.code())
                    .with(csrf())
                    .with(Accounts.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html)
        .contains("Đã thêm đơn vị «Xã Mới Thêm».")
        .contains("<option value=\"" + province.code() + "\" selected>")
        .contains("id=\"code\" name=\"code\" value=\"\"")
        .doesNotContain("field-error");
    assertThat(units.findByCode("UF-A-" + suffix)).isPresent();
  }

  @Test
  void theTreeShowsLineageWithVietnameseDatesAndTheFormOnlyToUnitWriters() throws Exception {
    Unit former =
        units.save(
            new Unit(
                null,
                "UF-O-" + suffix,
                "Xã Cũ",
                UnitType.COMMUNE,
                province.id(),
                null,
                null,
                false));
    Unit merged =
        units.save(
            new Unit(
                null,
                "UF-M-" + suffix,
                "Xã Mới",
                UnitType.COMMUNE,
                province.id(),
                null,
                null,
                false));
    units.link(
        new Lineage(
            former.id(), merged.id(), LineageKind.MERGED, java.time.LocalDate.of(2025, 7, 1)));

    String admin =
        mvc.perform(get("/units").with(Accounts.admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(admin)
        .contains("data-code=\"UF-M-" + suffix + "\"")
        .contains("<span>Hình thành từ</span>")
        .contains("<span>01/07/2025</span>")
        .contains("action=\"/units/catalogue\"", "action=\"/units\"");

    String officer =
        mvc.perform(
                get("/units")
                    .with(
                        vn.parindex.support.Accounts.as(
                            vn.parindex.account.Role.PAR_OFFICER, merged.id())))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(officer)
        .contains("data-code=\"UF-M-" + suffix + "\"")
        .doesNotContain("action=\"/units\"")
        .doesNotContain("action=\"/units/catalogue\"");
  }
}
