package vn.parindex.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.servlet.LocaleResolver;
import vn.parindex.input.OverLimit;

/**
 * A file over the upload limit sent from a signed-in browser (a page's form, or the API with the
 * session cookie): its CSRF token travelled in the body the server refused, so the CSRF check would
 * fail for the wrong reason (403, or the server's bare 413). Such a request is answered here,
 * before that check, with the real reason: 422, the file too large, naming the field {@code file}
 * ({@link ProblemErrorAttributes} words it; the page shows it). Nothing was read, nothing is
 * written. A call with an Authorization header needs no token and is answered the same way by
 * {@link UploadLimitAdvice}.
 */
@Configuration
class UploadOverLimit {

  /**
   * Writes a problem as the controllers' answers are written (its properties beside its fields).
   */
  private static final JacksonJsonHttpMessageConverter JSON = new JacksonJsonHttpMessageConverter();

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final long limitMegabytes;

  UploadOverLimit(MessageSource messages, LocaleResolver locales, MultipartProperties uploads) {
    this.messages = messages;
    this.locales = locales;
    this.limitMegabytes = uploads.getMaxRequestSize().toMegabytes();
  }

  @Bean
  FilterRegistrationBean<Filter> uploadOverLimitFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(this::filter);
    registration.setOrder(-101);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("uploadOverLimitFilter");
    return registration;
  }

  private void filter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (writesWithCookie(request)
        // parts asked first: a wrapper that reads them as none marks the request as it does
        && (OverLimit.parts(request) || request.getAttribute(OverLimit.ATTRIBUTE) != null)) {
      request.setAttribute(OverLimit.ATTRIBUTE, true);
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        problem(locales.resolveLocale(request), response);
      } else {
        response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
      }
      return;
    }
    chain.doFilter(req, res);
  }

  /** The API's problem, as {@link UploadLimitAdvice} answers it. */
  private void problem(Locale locale, HttpServletResponse response) throws IOException {
    String code = "input.file.too.large";
    ProblemDetail problem =
        UploadLimitAdvice.fileProblem(
            "too-large",
            messages.getMessage("problem.toolarge.title", null, locale),
            code,
            messages.getMessage(code, new Object[] {limitMegabytes}, locale));
    response.setStatus(problem.getStatus());
    JSON.write(
        problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
  }

  private static boolean writesWithCookie(HttpServletRequest request) {
    return OverLimit.multipart(request)
        && !"GET".equals(request.getMethod())
        && SecurityConfig.cookieWrite(request);
  }
}
