package vn.parindex.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's mapping of requests to controller methods, asking each method's conditions only when the
 * request's path starts with the fixed part of one of its patterns ({@code /rounds/} for {@code
 * /rounds/{id}/units/{unit}}). A path with variables matches no pattern directly, so Spring tries
 * every one of the app's ~200 mappings for it, each method, header, media type and pattern
 * condition in turn: ~5 % of the CPU of the appraiser's page under load (bench/README.md). Only the
 * paths that cannot match are skipped, so the method chosen is the one Spring chooses; a path with
 * an escape ({@code %}) or a parameter ({@code ;}), which patterns match decoded, is tried against
 * every mapping as before. A request no mapping takes still gets Spring's 404, 405 or 415: that
 * answer is worked out from all mappings.
 */
final class PrefixedHandlerMapping extends RequestMappingHandlerMapping {

  private static final String[] ANY = {""};

  /** The path of the request being mapped on this thread; null to try every mapping. */
  private static final ThreadLocal<String> PATH = new ThreadLocal<>();

  /** Each mapping's fixed starts, worked out once when the mappings are registered. */
  private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

  @Override
  public void afterPropertiesSet() {
    super.afterPropertiesSet();
    Map<RequestMappingInfo, String[]> known = new IdentityHashMap<>();
    getHandlerMethods().keySet().forEach(info -> known.put(info, prefixesOf(info)));
    prefixes = known;
  }

  @Override
  protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
      throws Exception {
    boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
    PATH.set(plain ? lookupPath : null);
    try {
      return super.lookupHandlerMethod(lookupPath, request);
    } finally {
      PATH.remove();
    }
  }

  @Override
  protected RequestMappingInfo getMatchingMapping(
      RequestMappingInfo info, HttpServletRequest request) {
    String path = PATH.get();
    return path == null || mayMatch(info, path) ? super.getMatchingMapping(info, request) : null;
  }

  private boolean mayMatch(RequestMappingInfo info, String path) {
    String[] starts = prefixes.get(info);
    for (String prefix : starts == null ? prefixesOf(info) : starts) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The fixed start of each of the mapping's patterns, up to its first variable or wildcard. */
  static String[] prefixesOf(RequestMappingInfo info) {
    PathPatternsRequestCondition condition = info.getPathPatternsCondition();
    if (condition == null || condition.getPatterns().isEmpty()) {
      return ANY;
    }
    return condition.getPatterns().stream()
        .map(PathPattern::getPatternString)
        .map(PrefixedHandlerMapping::fixedStart)
        .toArray(String[]::new);
  }

  static String fixedStart(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' || c == '*' || c == '?') {
        return pattern.substring(0, i);
      }
    }
    return pattern;
  }
}
