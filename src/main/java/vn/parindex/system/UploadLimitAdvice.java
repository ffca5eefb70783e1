package vn.parindex.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.parindex.input.Messages;

/**
 * An upload over the limit fails before any controller is chosen, and one beyond the uploads taken
 * at once before it runs, so both are answered here for the API (problem detail) and the pages (the
 * error page with a Vietnamese message).
 */
@ControllerAdvice
class UploadLimitAdvice {

  private final Messages messages;

  UploadLimitAdvice(Messages messages) {
    this.messages = messages;
  }

  /** Too many uploads at once: refused with a Retry-After, the page or problem naming the bound. */
  @ExceptionHandler(UploadBusyException.class)
  Object busy(UploadBusyException e, HttpServletRequest request, HttpServletResponse response) {
    String detail = messages.get(e.messageKey(), e.bound(), e.retryAfterSeconds());
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem = ProblemDetail.forStatus(e.status());
      problem.setType(URI.create("https://parindex.vn/problems/busy"));
      problem.setTitle(messages.get("problem.busy.title"));
      problem.setDetail(detail);
      return ResponseEntity.status(e.status())
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
          .body(problem);
    }
    ModelAndView page = new ModelAndView("error", e.status());
    page.addObject("status", e.status().value());
    page.addObject("detail", detail);
    return page;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(HttpServletRequest request) {
    String detail = messages.get("input.file.too.large");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
      problem.setType(URI.create("https://parindex.vn/problems/too-large"));
      problem.setTitle(messages.get("problem.toolarge.title"));
      problem.setDetail(detail);
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
    ModelAndView page = new ModelAndView("error", HttpStatus.CONTENT_TOO_LARGE);
    page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
    page.addObject("detail", detail);
    return page;
  }
}
