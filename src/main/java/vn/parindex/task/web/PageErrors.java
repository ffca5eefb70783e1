package vn.parindex.task.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.task.department.DepartmentPagesMarker;

/** A task, plan or unit out of reach answers with a 404 page on the task pages. */
@ControllerAdvice(
    assignableTypes = {
      TaskBoardPages.class,
      TaskDetailPages.class,
      TaskCreatePages.class,
      SupervisionPages.class,
      DepartmentPagesMarker.class
    })
class PageErrors {

  private final Messages messages;

  PageErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "task/web/notfound";
  }

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("message", messages.describe(e.problems().get(0)));
    model.addAttribute("invalid", true);
    return "task/web/notfound";
  }
}
