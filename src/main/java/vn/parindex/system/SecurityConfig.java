package vn.parindex.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.parindex.account.BearerTokenFilter;
import vn.parindex.account.LoginName;
import vn.parindex.account.OidcLogin;
import vn.parindex.account.PersonalTokens;
import vn.parindex.account.ThrottledLogin;
import vn.parindex.account.Users;

/**
 * Web security. Everything needs a signed-in user except the login page, static assets, health, the
 * OpenAPI documents and the error page. Pages: form login (sessions in the database through Spring
 * Session JDBC), CSRF on every form and htmx request, optional OpenID Connect when a client
 * registration is configured. The REST API under /api/v1: HTTP Basic or a personal access token
 * (scripts, no CSRF token), or the browser's session, whose writes then need the CSRF token like a
 * form's (else another site could post with the user's cookie); 401 instead of a redirect.
 */
@Configuration
class SecurityConfig {

  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src"
          + " 'self'; frame-ancestors 'none'";

  private static final String[] PUBLIC = {
    "/login",
    "/public/results",
    "/api/v1/public/results",
    "/api/v1/public/results.csv",
    "/css/**",
    "/js/**",
    "/images/**",
    "/favicon.ico",
    "/webjars/**",
    "/actuator/health",
    "/error",
    "/api/v1/openapi/**",
    "/api/v1/openapi",
    "/api/v1/docs/**",
    "/api/v1/docs",
    "/swagger-ui/**",
    "/api/v1/swagger-ui/**",
    "/v3/api-docs/**"
  };

  /**
   * No observation around each security filter of every request (with the actuator, Spring Security
   * wraps each of its ~15 filters in a Micrometer observation, and each authorization decision in
   * another: ~7 % of the CPU under the dashboard benchmark, bench/README.md). Sign-in observations
   * stay; the http.server.requests metrics are off unless PARINDEX_HTTP_METRICS is true.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.withDefaults()
        .shouldObserveRequests(false)
        .shouldObserveAuthorizations(false)
        .build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, PersonalTokens tokens, Users users) throws Exception {
    http.securityMatcher("/api/v1/**")
        .authorizeHttpRequests(
            auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("ParIndex"))
        .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::cookieWrite))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidcClients,
      OidcLogin oidcLogin)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(PUBLIC)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(failure())
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
    if (oidcClients.getIfAvailable() != null) {
      http.oauth2Login(oauth -> oauth.loginPage("/login").successHandler(oidcLogin));
    }
    return http.build();
  }

  /**
   * A write signed in by the session cookie alone: a browser sends the cookie by itself, never an
   * Authorization header, so Basic and bearer calls need no token.
   */
  static boolean cookieWrite(HttpServletRequest request) {
    String method = request.getMethod();
    boolean safe =
        "GET".equals(method)
            || "HEAD".equals(method)
            || "OPTIONS".equals(method)
            || "TRACE".equals(method);
    return !safe && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
  }

  private static AuthenticationFailureHandler failure() {
    return (request, response, exception) -> {
      LoginName.remember(request);
      response.sendRedirect(
          request.getContextPath()
              + (exception instanceof ThrottledLogin.ThrottledException
                  ? "/login?locked"
                  : "/login?error"));
    };
  }
}
