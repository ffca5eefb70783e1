package vn.parindex.support;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import vn.parindex.account.AccountPrincipal;

/** Builds the security context of {@link WithAccount}. */
final class WithAccountFactory implements WithSecurityContextFactory<WithAccount> {

  @Override
  public SecurityContext createSecurityContext(WithAccount account) {
    AccountPrincipal principal =
        Accounts.principal(account.username(), account.unitId(), Set.of(account.value()));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    return context;
  }
}
