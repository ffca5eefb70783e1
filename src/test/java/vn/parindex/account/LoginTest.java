package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/** Sign-in by form, HTTP Basic and personal tokens; throttling; the Vietnamese login page. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class LoginTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  String username;

  @BeforeEach
  void createUser() {
    String suffix = String.valueOf(System.nanoTime());
    Unit unit =
        units.save(
            new Unit(
                null, "LG-" + suffix, "Xã Đăng Nhập", UnitType.COMMUNE, null, null, null, false));
    username = "can.bo." + suffix;
    Accounts.create(users, username, "dung-mat-khau", unit.id(), Role.PAR_OFFICER);
  }

  @Test
  void loginPageIsInVietnameseWithACsrfToken() throws Exception {
    String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(html)
        .contains("lang=\"vi\"")
        .contains("Đăng nhập ParIndex")
        .contains("Tên đăng nhập")
        .contains("Mật khẩu")
        .contains("name=\"_csrf\"")
        .contains("href=\"/public/results\"");
  }

  @Test
  void rightPasswordSignsInAndWrongOneSaysSoInVietnamese() throws Exception {
    MockHttpServletResponse ok =
        mvc.perform(formLogin("/login").user(username).password("dung-mat-khau"))
            .andReturn()
            .getResponse();
    assertThat(ok.getRedirectedUrl()).isEqualTo("/");
    MockHttpServletResponse wrong =
        mvc.perform(formLogin("/login").user(username).password("sai")).andReturn().getResponse();
    assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng.");
  }

  @Test
  void fiveWrongPasswordsInTwoSessionsLockEvenTheRightPassword() throws Exception {
    MockHttpSession first = new MockHttpSession();
    MockHttpSession second = new MockHttpSession();
    for (int i = 0; i < 5; i++) {
      HttpSession session = i < 3 ? first : second;
      mvc.perform(
          post("/login")
              .param("username", username)
              .param("password", "sai-" + i)
              .with(csrf())
              .session((MockHttpSession) session));
    }
    MockHttpServletResponse locked =
        mvc.perform(formLogin("/login").user(username).password("dung-mat-khau"))
            .andReturn()
            .getResponse();
    assertThat(locked.getRedirectedUrl()).isEqualTo("/login?locked");
    assertThat(mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString())
        .contains("Bạn đã nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 15 phút.");
    assertThat(
            mvc.perform(get("/api/v1/assessments").with(httpBasic(username, "dung-mat-khau")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
    assertThat(
            jdbc.sql("select count(*) from login_failure where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isEqualTo(5);
  }

  @Test
  void fourWrongPasswordsDoNotLock() throws Exception {
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin("/login").user(username).password("sai-" + i));
    }
    assertThat(
            mvc.perform(formLogin("/login").user(username).password("dung-mat-khau"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/");
  }

  @Test
  void httpBasicWorksForTheApiAndAWrongPasswordIs401() throws Exception {
    assertThat(
            mvc.perform(get("/api/v1/assessments").with(httpBasic(username, "dung-mat-khau")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(
            mvc.perform(get("/api/v1/assessments").with(httpBasic(username, "sai")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
  }

  @Test
  void personalTokenWorksOnceCreatedAndNotAfterRevocation() throws Exception {
    AccountPrincipal me = users.principal(username).orElseThrow();
    String page =
        mvc.perform(post("/account/tokens").param("name", "báo cáo").with(csrf()).with(user(me)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher shown = Pattern.compile("(pat_[A-Za-z0-9_-]{20,})").matcher(page);
    assertThat(shown.find()).isTrue();
    String token = shown.group(1);
    assertThat(
            jdbc.sql("select count(*) from personal_token where token_hash = ?")
                .param(PersonalTokens.hash(token))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from personal_token where token_hash = ?")
                .param(token)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(bearer(token)).isEqualTo(200);
    assertThat(
            mvc.perform(get("/account/tokens").with(user(me)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("báo cáo")
        .doesNotContain(token);

    long id =
        jdbc.sql("select id from personal_token where token_hash = ?")
            .param(PersonalTokens.hash(token))
            .query(Long.class)
            .single();
    mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(user(me)));
    assertThat(bearer(token)).isEqualTo(401);
    assertThat(bearer("pat_khong-ton-tai")).isEqualTo(401);
  }

  @Test
  void csrfRefusesAPagePostWithoutTokenAndStoresNothing() throws Exception {
    AccountPrincipal me = users.principal(username).orElseThrow();
    assertThat(
            mvc.perform(post("/account/tokens").param("name", "không token").with(user(me)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from personal_token where name = ?")
                .param("không token")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void administratorCreatesAUserWhoCanThenSignIn() throws Exception {
    AccountPrincipal admin =
        vn.parindex.support.Accounts.principal("quan.tri.test", 0, java.util.Set.of(Role.ADMIN));
    String unitCode =
        jdbc.sql("select code from unit where code like 'LG-%' fetch first 1 rows only")
            .query(String.class)
            .single();
    MockHttpServletResponse created =
        mvc.perform(
                post("/admin/users")
                    .param("username", "moi." + System.nanoTime() % 100000)
                    .param("displayName", "Nguyễn Văn Mới")
                    .param("unit", unitCode)
                    .param("roles", "LEADER")
                    .param("password", "mat-khau-moi")
                    .with(csrf())
                    .with(user(admin)))
            .andReturn()
            .getResponse();
    assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users?created");
    String list =
        mvc.perform(get("/admin/users").with(user(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("Nguyễn Văn Mới").contains("Lãnh đạo UBND").doesNotContain("LEADER<");
    MockHttpServletResponse refused =
        mvc.perform(
                post("/admin/users")
                    .param("username", "x")
                    .param("unit", unitCode)
                    .param("password", "ngan")
                    .with(csrf())
                    .with(user(admin)))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString())
        .contains("Mật khẩu phải có ít nhất 8 ký tự.")
        .contains("Chọn ít nhất một vai trò.");
  }

  @Test
  void openApiDocumentAndLoginPageNeedNoSignIn() throws Exception {
    assertThat(mvc.perform(get("/api/v1/openapi")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/login");
  }

  private int bearer(String token) throws Exception {
    return mvc.perform(get("/api/v1/assessments").header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse()
        .getStatus();
  }
}
