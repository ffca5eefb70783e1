package vn.parindex.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>The mappings a path may match are worked out once per first segment of the path ({@code
 * /rounds/}): those with a fixed start that is a start of that segment or begins with it. Spring
 * still goes through every mapping; for each it is one look-up in that set, the request carrying it
 * ({@link Candidates}), not a thread-local.
 */
final class PrefixedHandlerMapping extends RequestMappingHandlerMapping {

  private static final String[] ANY = {""};

  /** First segments remembered; past this many, a path's candidates are worked out each time. */
  private static final int MAX_SEGMENTS = 512;

  /** Each mapping's fixed starts, worked out once when the mappings are registered. */
  private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

  private final Map<String, Set<RequestMappingInfo>> bySegment = new ConcurrentHashMap<>();

  @Override
  public void afterPropertiesSet() {
    super.afterPropertiesSet();
    Map<RequestMappingInfo, String[]> known = new IdentityHashMap<>();
    getHandlerMethods().keySet().forEach(info -> known.put(info, prefixesOf(info)));
    prefixes = known;
    bySegment.clear();
  }

  @Override
  protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
      throws Exception {
    boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
    return super.lookupHandlerMethod(
        lookupPath, plain ? new Candidates(request, lookupPath, candidates(lookupPath)) : request);
  }

  @Override
  protected RequestMappingInfo getMatchingMapping(
      RequestMappingInfo info, HttpServletRequest request) {
    if (request instanceof Candidates candidates && !candidates.mayMatch(info, this)) {
      return null;
    }
    return super.getMatchingMapping(info, request);
  }

  /** The mappings whose fixed start may begin the path, by the path's first segment. */
  private Set<RequestMappingInfo> candidates(String path) {
    String segment = firstSegment(path);
    Set<RequestMappingInfo> known = bySegment.get(segment);
    if (known == null) {
      known = candidatesOf(segment);
      if (bySegment.size() < MAX_SEGMENTS) {
        bySegment.put(segment, known);
      }
    }
    return known;
  }

  private Set<RequestMappingInfo> candidatesOf(String segment) {
    Set<RequestMappingInfo> found = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<RequestMappingInfo, String[]> all = prefixes;
    getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              String[] starts = all.get(info);
              for (String prefix : starts == null ? prefixesOf(info) : starts) {
                if (segment.startsWith(prefix) || prefix.startsWith(segment)) {
                  found.add(info);
                  return;
                }
              }
            });
    return found;
  }

  /** The path up to and with its second slash ({@code /rounds/}), or the whole path. */
  static String firstSegment(String path) {
    int slash = path.indexOf('/', 1);
    return slash < 0 ? path : path.substring(0, slash + 1);
  }

  /** Whether one of the mapping's fixed starts begins the path. */
  private boolean startsWithOneOf(RequestMappingInfo info, String path) {
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

  /**
   * The request being mapped, with its path and the mappings that path may match: everything else
   * it is asked (method, headers, attributes the match sets) is the request's own.
   */
  private static final class Candidates extends HttpServletRequestWrapper {

    private final String path;
    private final Set<RequestMappingInfo> candidates;

    Candidates(HttpServletRequest request, String path, Set<RequestMappingInfo> candidates) {
      super(request);
      this.path = path;
      this.candidates = candidates;
    }

    boolean mayMatch(RequestMappingInfo info, PrefixedHandlerMapping mapping) {
      return candidates.contains(info) && mapping.startsWithOneOf(info, path);
    }
  }
}
