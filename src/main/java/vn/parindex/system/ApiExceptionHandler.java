package vn.parindex.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;

/**
 * RFC 9457 problem details, in Vietnamese, for every error of the REST API. What is not answered
 * here ends at {@link ProblemErrorAttributes}, which never shows an exception's own text either.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

  private final Messages messages;

  ApiExceptionHandler(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "problem.invalid.title");
    problem.setDetail(messages.describe(e.problems().get(0)));
    List<Map<String, Object>> errors =
        e.problems().stream()
            .map(
                p ->
                    Map.<String, Object>of(
                        "row", p.row(),
                        "column", p.column() == null ? "" : messages.column(p),
                        "code", p.messageKey(),
                        "message", messages.describe(p)))
            .toList();
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "problem.notfound.title");
    problem.setDetail(messages.get(e.messageKey(), e.args()));
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "problem.conflict.title");
    problem.setDetail(messages.get(e.messageKey(), e.args()));
    if (e.existing() != null) {
      problem.setProperty("existing", e.existing());
    }
    if (!e.changedFields().isEmpty()) {
      problem.setProperty("changedFields", e.changedFields());
    }
    return problem;
  }

  @ExceptionHandler({
    MissingServletRequestPartException.class,
    MissingServletRequestParameterException.class
  })
  ProblemDetail missing(Exception e) {
    String name =
        e instanceof MissingServletRequestPartException part
            ? part.getRequestPartName()
            : ((MissingServletRequestParameterException) e).getParameterName();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "missing", "problem.missing.title");
    problem.setDetail(messages.get("input.param.missing", name));
    problem.setProperty("field", name);
    return problem;
  }

  /** A parameter that is not of its type ("year=abc", "rank=99999999999"): a field to correct. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    return field(e.getName(), "input.param.invalid", e.getName());
  }

  /** A JSON body that is not JSON, or a field of the wrong type: the field is named by its path. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JacksonException bind && !bind.getPath().isEmpty()) {
      String path = JsonPaths.of(bind.getPath());
      return field(path, "input.body.field", path);
    }
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-body", "problem.invalid.title");
    problem.setDetail(messages.get("input.body.malformed"));
    return problem;
  }

  private ProblemDetail field(String name, String key, Object... args) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-parameter", "problem.bad.title");
    problem.setDetail(messages.get(key, args));
    problem.setProperty("field", name);
    problem.setProperty(
        "errors",
        List.of(Map.of("row", 0, "column", name, "code", key, "message", problem.getDetail())));
    return problem;
  }

  private ProblemDetail problem(HttpStatus status, String type, String titleKey) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("https://parindex.vn/problems/" + type));
    problem.setTitle(messages.get(titleKey));
    return problem;
  }
}
