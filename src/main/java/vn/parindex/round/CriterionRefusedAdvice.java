package vn.parindex.round;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.parindex.input.Messages;

/**
 * A criterion the caller may not fill or appraise answers 403 with the reason in Vietnamese (the
 * department it belongs to, or that it is not assigned yet), not the bare 403 of a missing role.
 */
@RestControllerAdvice(assignableTypes = {UnitStepApi.class, AssignmentApi.class})
class CriterionRefusedAdvice {

  private final Messages messages;

  CriterionRefusedAdvice(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(CriterionRefused.class)
  ProblemDetail refused(CriterionRefused e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setType(URI.create("https://parindex.vn/problems/forbidden"));
    problem.setTitle(messages.get("round.assign.refused.title"));
    problem.setDetail(messages.get(e.messageKey(), e.args()));
    return problem;
  }
}
