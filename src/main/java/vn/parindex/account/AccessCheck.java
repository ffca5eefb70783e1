package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the decisions {@link Access} states without a feature class: an administrators' endpoint
 * answers 403 to anyone else. Everything else is decided by the feature that owns the object.
 */
class AccessCheck implements HandlerInterceptor {

  private final Accounts accounts;

  AccessCheck(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
      throws Exception {
    if (h instanceof HandlerMethod method && open(method) == Access.Open.ADMIN) {
      boolean admin = accounts.currentIfAny().filter(u -> u.has(Role.ADMIN)).isPresent();
      if (!admin) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
      }
    }
    return true;
  }

  /** The decision on the method, else on its class; null when neither says. */
  static Access.Open open(HandlerMethod method) {
    Access access = decision(method);
    return access == null ? null : access.open();
  }

  static Access decision(HandlerMethod method) {
    Access access = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
    return access != null
        ? access
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
  }
}
