package vn.parindex.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) against app_user, refused while {@link LoginThrottle} says
 * the user name is locked.
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
    if (throttle.locked(username)) {
      throw new ThrottledException();
    }
    try {
      Authentication done = super.authenticate(authentication);
      throttle.succeeded(username);
      return done;
    } catch (BadCredentialsException e) {
      throttle.failed(username);
      if (throttle.locked(username)) {
        throw new ThrottledException();
      }
      throw e;
    }
  }
}
