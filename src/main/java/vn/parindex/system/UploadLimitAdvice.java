package vn.parindex.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.parindex.input.Messages;

/**
 * An upload over the limit, or a multipart request that cannot be taken apart (a malformed file
 * name, a cut body), fails before any controller is chosen, and one beyond the uploads taken at
 * once before it runs, so all are answered here for the API (problem detail) and the pages (the
 * error page with a Vietnamese message).
 */
@ControllerAdvice
class UploadLimitAdvice {

  private final Messages messages;
  private final long limitMegabytes;

  UploadLimitAdvice(Messages messages, MultipartProperties uploads) {
    this.messages = messages;
    this.limitMegabytes = uploads.getMaxRequestSize().toMegabytes();
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

  /**
   * A file over the limit is bad input in the field {@code file} (422, as every other field's bad
   * value), naming the limit; a request that cannot be taken apart, the same field.
   */
  @ExceptionHandler(MultipartException.class)
  Object refused(MultipartException e, HttpServletRequest request) {
    boolean tooLarge = e instanceof MaxUploadSizeExceededException;
    HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
    String code = tooLarge ? "input.file.too.large" : "input.request.multipart";
    String detail = tooLarge ? messages.get(code, limitMegabytes) : messages.get(code);
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      String title = messages.get(tooLarge ? "problem.toolarge.title" : "problem.invalid.title");
      return ResponseEntity.status(status)
          .body(fileProblem(tooLarge ? "too-large" : "bad-upload", title, code, detail));
    }
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("detail", detail);
    return page;
  }

  /**
   * The API's problem for a file refused as a whole: 422, naming the field {@code file} as every
   * other 422 names its field (also written by {@link UploadOverLimit}, before the controllers).
   */
  static ProblemDetail fileProblem(String type, String title, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setType(URI.create("https://parindex.vn/problems/" + type));
    problem.setTitle(title);
    problem.setDetail(detail);
    problem.setProperty("field", "file");
    problem.setProperty(
        "errors", List.of(Map.of("row", 0, "column", "file", "code", code, "message", detail)));
    return problem;
  }
}
