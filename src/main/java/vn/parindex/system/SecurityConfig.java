package vn.parindex.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security. CSRF protects every form and htmx request of the pages; the REST API under /api/v1
 * is for scripts and takes no CSRF token. Accounts, roles and unit scopes come with the accounts
 * feature.
 */
@Configuration
class SecurityConfig {

  @Bean
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/**"))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                + " 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
    return http.build();
  }
}
