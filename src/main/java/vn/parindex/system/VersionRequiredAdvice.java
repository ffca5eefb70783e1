package vn.parindex.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.parindex.input.Messages;
import vn.parindex.input.VersionRequiredException;

/**
 * A versioned write that names no version, from the API or a page's form alike (a page always sends
 * the version it was drawn at, so only a script or a broken client gets here): 428 as an RFC 9457
 * problem naming the field, whatever the request accepts.
 */
@ControllerAdvice
class VersionRequiredAdvice {

  private final Messages messages;

  VersionRequiredAdvice(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(VersionRequiredException.class)
  ResponseEntity<ProblemDetail> required(VersionRequiredException e) {
    String field = VersionRequiredException.FIELD;
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PRECONDITION_REQUIRED);
    problem.setType(URI.create("https://parindex.vn/problems/version-required"));
    problem.setTitle(messages.get("problem.version.title"));
    problem.setDetail(messages.get("input.version.required", field));
    problem.setProperty("field", field);
    problem.setProperty(
        "errors",
        List.of(
            Map.of(
                "row",
                0,
                "column",
                field,
                "code",
                "input.version.required",
                "message",
                problem.getDetail())));
    // set, not negotiated: a form post accepts text/html, and the problem is still the answer
    return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
