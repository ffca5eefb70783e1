package vn.parindex.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) against app_user, refused while {@link LoginThrottle} says
 * the user name is locked from the request's source address.
 */
@Component
public class ThrottledLogin extends DaoAuthenticationProvider {

  /** Too many failed attempts: the login page says so in Vietnamese. */
  public static class ThrottledException extends AuthenticationException {
    ThrottledException() {
      super("account.login.throttled");
    }
  }

  private final LoginThrottle throttle;

  ThrottledLogin(AccountUserDetailsService details, LoginThrottle throttle) {
    super(details);
    setPasswordEncoder(Users.encoder());
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = String.valueOf(authentication.getPrincipal());
    String source = source(authentication);
    if (throttle.locked(username, source)) {
      throw new ThrottledException();
    }
    pause(throttle.delay(username));
    try {
      Authentication done = super.authenticate(authentication);
      throttle.succeeded(username, source);
      return done;
    } catch (BadCredentialsException e) {
      throttle.failed(username, source);
      if (throttle.locked(username, source)) {
        throw new ThrottledException();
      }
      throw e;
    }
  }

  /** The client's address as the servlet container saw it (behind a proxy: forwarded headers). */
  private static String source(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails web
        ? web.getRemoteAddress()
        : "";
  }

  private static void pause(java.time.Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
