package vn.parindex.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Installs {@link ScopeGuard} in front of every controller; static files need no scope (and so no
 * session read).
 */
@Configuration
class ScopeWebConfig implements WebMvcConfigurer {

  private final ScopeGuard guard;

  ScopeWebConfig(ScopeGuard guard) {
    this.guard = guard;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(guard)
        .excludePathPatterns("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico");
  }
}
