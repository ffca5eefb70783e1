package vn.parindex.round.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;

/** A round or unit out of reach answers with a 404 page on the round pages. */
@ControllerAdvice(assignableTypes = {RoundPages.class, RoundUnitPages.class, EvidencePages.class})
class RoundPageErrors {

  private final Messages messages;

  RoundPageErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "round/web/notfound";
  }
}
