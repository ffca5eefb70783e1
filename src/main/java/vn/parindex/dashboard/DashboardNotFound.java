package vn.parindex.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;

/** An unknown unit or plan, or one outside the user's scope, on a dashboard page: 404. */
@ControllerAdvice(
    assignableTypes = {DashboardPages.class, DashboardExports.class, RecoveryPages.class})
class DashboardNotFound {

  private final Messages messages;

  DashboardNotFound(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "dashboard/notfound";
  }
}
