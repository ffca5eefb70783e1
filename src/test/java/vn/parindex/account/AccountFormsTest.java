package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A refused account form (a new user, an edit, a token) comes back with what was typed and each
 * message beside its field, and stores nothing; a password is never written back into the page.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class AccountFormsTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  String suffix;
  Unit unit;
  AccountPrincipal admin;

  @BeforeEach
  void unitAndAdministrator() {
    suffix = String.valueOf(System.nanoTime() % 10_000_000);
    unit =
        units.save(
            new Unit(
                null,
                "AF-" + suffix,
                "Xã Biểu Mẫu " + suffix,
                UnitType.COMMUNE,
                null,
                null,
                null,
                false));
    admin = Accounts.principal("quan.tri.af", unit.id(), Set.of(Role.ADMIN));
  }

  @Test
  void aRefusedNewUserComesBackAsTypedWithEachMessageBesideItsFieldAndNothingStored()
      throws Exception {
    MockHttpServletResponse refused =
        mvc.perform(
                post("/admin/users")
                    .param("username", "x")
                    .param("displayName", "Nguyễn Thị Gõ Lại")
                    .param("email", "go.lai@xa.vn")
                    .param("unit", "Xã Không Có " + suffix)
                    .param("roles", "LEADER", "SUPERVISOR")
                    .param("password", "bi-mat-123")
                    .with(csrf())
                    .with(user(admin)))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    String html = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("id=\"username\" name=\"username\" type=\"text\" value=\"x\"")
        .contains("value=\"Nguyễn Thị Gõ Lại\"", "value=\"go.lai@xa.vn\"")
        .contains("value=\"Xã Không Có " + suffix + "\"")
        .contains("value=\"LEADER\" checked", "value=\"SUPERVISOR\" checked")
        .doesNotContain("value=\"ADMIN\" checked")
        .contains("<small class=\"field-error\" id=\"e-username\">Tên đăng nhập gồm 3–100 chữ cái")
        .contains(
            "<small class=\"field-error\" id=\"e-unit\">Chọn đơn vị trong danh sách (gõ tên để"
                + " tìm).</small>")
        .doesNotContain("bi-mat-123");
    assertThat(users.exists("x")).isFalse();
    assertThat(
            jdbc.sql("select count(*) from app_user where display_name = ?")
                .param("Nguyễn Thị Gõ Lại")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aRefusedEditKeepsWhatWasTypedAndChangesNothing() throws Exception {
    long id = Accounts.create(users, "sua.af." + suffix, "mat-khau-af", unit.id(), Role.LEADER);
    int version =
        jdbc.sql("select row_version from app_user where id = ?")
            .param(id)
            .query(Integer.class)
            .single();

    MockHttpServletResponse refused =
        mvc.perform(
                post("/admin/users/" + id)
                    .param("displayName", "Tên Mới Chưa Lưu")
                    .param("email", "moi@xa.vn")
                    .param("unit", unit.name())
                    .param("version", String.valueOf(version))
                    .with(csrf())
                    .with(user(admin)))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains(
            "id=\"edit-displayName\" name=\"displayName\" type=\"text\" value=\"Tên Mới Chưa Lưu\"")
        .contains("value=\"moi@xa.vn\"")
        .contains("<small class=\"field-error\" id=\"e-roles\">Chọn ít nhất một vai trò.</small>")
        .doesNotContain("id=\"e-unit\"")
        .contains("name=\"version\" value=\"" + version + "\"");
    assertThat(
            jdbc.sql("select display_name from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("sua.af." + suffix);
  }

  @Test
  void aShortResetPasswordIsRefusedBesideItsFieldAndTheOldOneStillWorks() throws Exception {
    long id = Accounts.create(users, "dat.af." + suffix, "mat-khau-cu", unit.id(), Role.LEADER);
    String hash =
        jdbc.sql("select password_hash from app_user where id = ?")
            .param(id)
            .query(String.class)
            .single();

    MockHttpServletResponse refused =
        mvc.perform(
                post("/admin/users/" + id + "/password")
                    .param("password", "ngan")
                    .with(csrf())
                    .with(user(admin)))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("aria-describedby=\"e-password\"")
        .contains(
            "<small class=\"field-error\" id=\"e-password\">Mật khẩu phải có ít nhất 8 ký"
                + " tự.</small>")
        .doesNotContain("value=\"ngan\"");
    assertThat(
            jdbc.sql("select password_hash from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(hash);
  }

  @Test
  void aRefusedTokenKeepsItsLifetimeAndSaysWhyBesideTheName() throws Exception {
    long id = Accounts.create(users, "ma.af." + suffix, "mat-khau-af", unit.id(), Role.LEADER);
    AccountPrincipal me = users.principalById(id).orElseThrow();

    MockHttpServletResponse refused =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "   ")
                    .param("days", "180")
                    .with(csrf())
                    .with(user(me)))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("<option value=\"180\" selected>180 ngày</option>")
        .contains("<option value=\"90\">90 ngày</option>")
        .contains(
            "<small class=\"field-error\" id=\"e-name\">Tên mã không được để trống và dài tối đa"
                + " 100 ký tự.</small>")
        .doesNotContain("id=\"new-token\"");
    MockHttpServletResponse notANumber =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "tập lệnh đêm")
                    .param("days", "mãi mãi")
                    .with(csrf())
                    .with(user(me)))
            .andReturn()
            .getResponse();
    assertThat(notANumber.getStatus()).isEqualTo(422);
    assertThat(notANumber.getContentAsString(StandardCharsets.UTF_8))
        .contains("value=\"tập lệnh đêm\"")
        .contains("<small class=\"field-error\" id=\"e-days\">Thời hạn của mã phải là 30, 90, 180");
    assertThat(
            jdbc.sql("select count(*) from personal_token where user_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aSecondClickOnCreateMakesNoSecondTokenAndSaysWhyBesideTheName() throws Exception {
    long id = Accounts.create(users, "hai.af." + suffix, "mat-khau-af", unit.id(), Role.LEADER);
    AccountPrincipal me = users.principalById(id).orElseThrow();
    MockHttpServletResponse first =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "sao lưu")
                    .param("days", "90")
                    .with(csrf())
                    .with(user(me)))
            .andReturn()
            .getResponse();
    MockHttpServletResponse second =
        mvc.perform(
                post("/account/tokens")
                    .param("name", "sao lưu")
                    .param("days", "90")
                    .with(csrf())
                    .with(user(me)))
            .andReturn()
            .getResponse();

    assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"new-token\"");
    assertThat(second.getStatus()).isEqualTo(422);
    assertThat(second.getContentAsString(StandardCharsets.UTF_8))
        .contains("value=\"sao lưu\"")
        .contains("<small class=\"field-error\" id=\"e-name\">Bạn đã có mã «sao lưu» đang dùng")
        .doesNotContain("id=\"new-token\"");
    assertThat(
            jdbc.sql("select count(*) from personal_token where user_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
