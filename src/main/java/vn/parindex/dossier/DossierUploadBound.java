package vn.parindex.dossier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.OverLimit;

/**
 * A dossier or procedure file over the uploads' limit is bad input naming the field {@code file}
 * (422), not the servlet's bare 413. The server refuses to take the parts apart, so the request
 * reaches the controller without them and marked {@link #TOO_LARGE}: the API's upload answers the
 * problem after checking the unit; the page's post, whose CSRF token was in the refused body,
 * becomes the upload form's GET (nothing can be written) showing the message beside the file.
 */
@Configuration
class DossierUploadBound {

  /** The request attribute set when the parts were over the limit. */
  static final String TOO_LARGE = OverLimit.ATTRIBUTE;

  static final String PAGE = "/dossiers/upload";
  private static final Set<String> API = Set.of("/api/v1/dossiers", "/api/v1/procedures");

  /**
   * Before Spring Security's chain (-100), whose CSRF check would read the page's body first, and
   * before the general bound of uploads (-101, {@code system}), which leaves this page's form to
   * it.
   */
  @Bean
  FilterRegistrationBean<Filter> dossierUploadLimitFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(DossierUploadBound::filter);
    registration.setOrder(-102);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("dossierUploadLimitFilter");
    registration.addUrlPatterns(PAGE, "/api/v1/dossiers", "/api/v1/procedures");
    return registration;
  }

  /** The problem of a file over the limit, naming the field {@code file}. */
  static InvalidInputException refused(DataSize limit) {
    return new InvalidInputException(
        InputProblem.ofField(
            0, "dossier.ingest.field.file", "dossier.ingest.file.large", limit.toMegabytes()));
  }

  /** Whether the request's file was over the limit (its parts then read as none). */
  static boolean wasTooLarge(HttpServletRequest request) {
    return request.getAttribute(TOO_LARGE) != null;
  }

  private static void filter(
      jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    if (!"POST".equals(request.getMethod()) || !OverLimit.multipart(request)) {
      chain.doFilter(req, res);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (API.contains(path)) {
      chain.doFilter(new BoundedRequest(request), res);
    } else if (PAGE.equals(path) && OverLimit.parts(request)) {
      request.setAttribute(TOO_LARGE, true);
      chain.doFilter(BoundedRequest.asForm(request), (HttpServletResponse) res);
    } else {
      chain.doFilter(req, res);
    }
  }
}
