package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * On PostgreSQL: a sign-in stores its session in spring_session (Spring Session JDBC, tables from
 * our migration), a request with only the session cookie is signed in from it, pages do not rewrite
 * it, signing out removes it, and the throttle's failures are rows every instance sees.
 */
@PostgresTest
@AutoConfigureMockMvc
class SessionPostgresTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @Test
  void aSignInIsStoredInSpringSessionAndItsCookieSignsTheNextRequestIn() throws Exception {
    Unit unit =
        units.save(new Unit(null, "PG-S1", "Xã Phiên", UnitType.COMMUNE, null, null, null, false));
    Accounts.create(users, "phien.pg", "mat-khau-pg", unit.id(), Role.PAR_OFFICER);

    MockHttpServletResponse login =
        mvc.perform(formLogin("/login").user("phien.pg").password("mat-khau-pg"))
            .andReturn()
            .getResponse();
    assertThat(login.getRedirectedUrl()).isEqualTo("/");
    Cookie session = login.getCookie("SESSION");
    assertThat(session).isNotNull();
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param("phien.pg")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from spring_session_attributes a join spring_session s"
                        + " on s.primary_id = a.session_primary_id where s.principal_name = ?")
                .param("phien.pg")
                .query(Long.class)
                .single())
        .isPositive();

    MockHttpServletResponse home =
        mvc.perform(get("/units").cookie(session)).andReturn().getResponse();
    assertThat(home.getStatus()).isEqualTo(200);
    assertThat(home.getContentAsString()).contains("Xã Phiên");
    assertThat(mvc.perform(get("/units")).andReturn().getResponse().getStatus()).isEqualTo(302);

    mvc.perform(formLogin("/login").user("phien.pg").password("sai"));
    assertThat(
            jdbc.sql("select count(*) from login_failure where username = 'phien.pg'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void browsingDoesNotRewriteTheSessionAndSigningOutRemovesIt() throws Exception {
    Unit unit =
        units.save(new Unit(null, "PG-S2", "Xã Duyệt", UnitType.COMMUNE, null, null, null, false));
    Accounts.create(users, "duyet.pg", "mat-khau-pg", unit.id(), Role.PAR_OFFICER);
    Cookie session =
        mvc.perform(formLogin("/login").user("duyet.pg").password("mat-khau-pg"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    long accessed = lastAccess("duyet.pg");
    assertThat(
            jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param("duyet.pg")
                .query(Integer.class)
                .single())
        .as("idle timeout, seconds")
        .isEqualTo(1800);

    Thread.sleep(20);
    for (int i = 0; i < 3; i++) {
      assertThat(mvc.perform(get("/units").cookie(session)).andReturn().getResponse().getStatus())
          .isEqualTo(200);
    }

    // Written at most once a minute (system.SessionStore), not on every page.
    assertThat(lastAccess("duyet.pg")).isEqualTo(accessed);

    MockHttpServletResponse out =
        mvc.perform(post("/logout").cookie(session).with(csrf())).andReturn().getResponse();
    assertThat(out.getRedirectedUrl()).isEqualTo("/login?logout");
    assertThat(count("duyet.pg")).isZero();
    assertThat(mvc.perform(get("/units").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(302);
  }

  private long lastAccess(String user) {
    return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
        .param(user)
        .query(Long.class)
        .single();
  }

  private long count(String user) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(user)
        .query(Long.class)
        .single();
  }
}
