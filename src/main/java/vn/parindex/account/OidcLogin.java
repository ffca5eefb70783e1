package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After an OpenID Connect sign-in, finds the app_user with the provider's (verified) e-mail and
 * signs them in as that user; without one the sign-in is refused (/login?oidc).
 */
@Component
public class OidcLogin implements AuthenticationSuccessHandler {

  private final Users users;
  private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

  OidcLogin(Users users) {
    this.users = users;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    Optional<AccountPrincipal> principal = Optional.empty();
    if (authentication.getPrincipal() instanceof OidcUser oidc
        && oidc.getEmail() != null
        && !Boolean.FALSE.equals(oidc.getEmailVerified())) {
      principal = users.principalByEmail(oidc.getEmail()).filter(p -> p.user() != null);
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    if (principal.isEmpty() || !principal.get().enabled()) {
      SecurityContextHolder.clearContext();
      repository.saveContext(context, request, response);
      response.sendRedirect(request.getContextPath() + "/login?oidc");
      return;
    }
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal.get(), null, principal.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    repository.saveContext(context, request, response);
    response.sendRedirect(request.getContextPath() + "/");
  }
}
