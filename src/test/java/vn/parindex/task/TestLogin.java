package vn.parindex.task;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;

/**
 * Browser tests sign in with a cookie "as=<user id>" until the accounts feature brings form login:
 * a filter after the security chain puts that user in the security context for the request.
 */
@TestConfiguration
class TestLogin {

  @Bean
  FilterRegistrationBean<Filter> testLoginFilter(JdbcClient jdbc) {
    Filter filter =
        (request, response, chain) -> {
          Long id = userId((HttpServletRequest) request);
          if (id != null) {
            TaskWorld.signIn(load(jdbc, id));
          }
          try {
            chain.doFilter(request, response);
          } finally {
            if (id != null) {
              SecurityContextHolder.clearContext();
            }
          }
        };
    FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
    bean.setOrder(0);
    return bean;
  }

  private static Long userId(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie c : request.getCookies()) {
      if ("as".equals(c.getName())) {
        return Long.valueOf(c.getValue());
      }
    }
    return null;
  }

  private static CurrentUser load(JdbcClient jdbc, long id) {
    Set<Role> roles = new HashSet<>();
    jdbc.sql("select role from user_role where user_id = ?")
        .param(id)
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return jdbc.sql(
            "select id, username, display_name, unit_id, department_id from app_user where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new CurrentUser(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getObject(5, Long.class),
                    roles))
        .single();
  }
}
