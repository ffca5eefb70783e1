package vn.parindex.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the {@link AccountPrincipal} of a user name for form login and HTTP Basic. */
@Component
class AccountUserDetailsService implements UserDetailsService {

  private final Users users;

  AccountUserDetailsService(Users users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users
        .principal(username == null ? "" : username.trim())
        .orElseThrow(() -> new UsernameNotFoundException("unknown"));
  }
}
