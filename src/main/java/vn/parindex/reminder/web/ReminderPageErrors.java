package vn.parindex.reminder.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;

/** Errors of the reminder pages, stated in the user's language: 404 out of scope, 422 bad input. */
@ControllerAdvice(assignableTypes = {ObligationPages.class, PolicyPages.class})
class ReminderPageErrors {

  private final Messages messages;

  ReminderPageErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("problems", java.util.List.of(messages.get(e.messageKey(), e.args())));
    return "reminder/web/problem";
  }

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("problems", e.problems().stream().map(messages::describe).toList());
    return "reminder/web/problem";
  }
}
