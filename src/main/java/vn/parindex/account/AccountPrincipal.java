package vn.parindex.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: a {@link CurrentUser} with its password hash and state. */
public record AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        user.roles().stream()
            .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
            .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled && passwordHash != null;
  }
}
