package vn.parindex.dossier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.input.OverLimit;

/**
 * A dossier upload whose parts, once the container refused them for their size, read as none and
 * whose parameters are then those of its query string alone (the container would refuse each
 * reading again); marked {@link DossierUploadBound#TOO_LARGE}.
 */
class BoundedRequest extends HttpServletRequestWrapper {

  private Map<String, String[]> query;

  BoundedRequest(HttpServletRequest request) {
    super(request);
  }

  /** The page's refused post as the form's GET: no body, nothing to write. */
  static BoundedRequest asForm(HttpServletRequest request) {
    BoundedRequest form = new AsForm(request);
    form.refused();
    return form;
  }

  private boolean over() {
    return query != null;
  }

  private void refused() {
    setAttribute(DossierUploadBound.TOO_LARGE, true);
    query = queryParameters(getQueryString());
  }

  @Override
  public Collection<Part> getParts() throws IOException, ServletException {
    if (!over()) {
      try {
        return super.getParts();
      } catch (IllegalStateException e) {
        if (!OverLimit.cause(e)) {
          throw e;
        }
        refused();
      }
    }
    return List.of();
  }

  @Override
  public Part getPart(String name) throws IOException, ServletException {
    return getParts().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    if (!over()) {
      try {
        return super.getParameterMap();
      } catch (IllegalStateException e) {
        if (!OverLimit.cause(e)) {
          throw e;
        }
        refused();
      }
    }
    return query;
  }

  @Override
  public String getParameter(String name) {
    String[] values = getParameterMap().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public String[] getParameterValues(String name) {
    return getParameterMap().get(name);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  /** The page's refused post as the form's GET: no body, nothing to write. */
  private static final class AsForm extends BoundedRequest {

    AsForm(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return "content-type".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
  }

  private static Map<String, String[]> queryParameters(String query) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    Map<String, String[]> map = new LinkedHashMap<>();
    values.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
    return Collections.unmodifiableMap(map);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
