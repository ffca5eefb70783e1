package vn.parindex.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Installs {@link AccessCheck} in front of every controller; static files need no decision (and so
 * no session read). Unit scope is decided by each feature's access class, not here.
 */
@Configuration
class ScopeWebConfig implements WebMvcConfigurer {

  private final Accounts accounts;

  ScopeWebConfig(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new AccessCheck(accounts))
        .excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico");
  }
}
