package vn.parindex.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in with a personal access token ({@code Authorization: Bearer pat_…}) for
 * this request only. An unknown or revoked token answers 401.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

  private final PersonalTokens tokens;
  private final Users users;

  public BearerTokenFilter(PersonalTokens tokens, Users users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccountPrincipal> principal =
        tokens
            .owner(header.substring(7).trim())
            .flatMap(users::principalById)
            .filter(AccountPrincipal::isEnabled);
    if (principal.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal.get(), null, principal.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
