package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the decisions {@link Access} states without a feature class: an administrators' endpoint
 * answers 403 to anyone else. Everything else is decided by the feature that owns the object.
 */
class AccessCheck implements HandlerInterceptor {

  /**
   * Each handler's decision, found once: annotations do not change while the application runs, and
   * merging them (method, then class, meta-annotations) on every request cost a page ~1 % of its
   * CPU.
   */
  private final Map<Handler, Optional<Access.Open>> decided = new ConcurrentHashMap<>();

  private final Accounts accounts;

  AccessCheck(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
      throws Exception {
    if (h instanceof HandlerMethod method && decided(method) == Access.Open.ADMIN) {
      boolean admin = accounts.currentIfAny().filter(u -> u.has(Role.ADMIN)).isPresent();
      if (!admin) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
      }
    }
    return true;
  }

  private Access.Open decided(HandlerMethod method) {
    return decided
        .computeIfAbsent(
            new Handler(method.getBeanType(), method.getMethod()),
            k -> Optional.ofNullable(open(method)))
        .orElse(null);
  }

  /** A handler method as the controller class that maps it declares it. */
  private record Handler(Class<?> type, Method method) {}

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
