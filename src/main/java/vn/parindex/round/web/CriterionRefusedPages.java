package vn.parindex.round.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.input.Messages;
import vn.parindex.round.CriterionRefused;

/** A criterion the reader may not fill or appraise: a 403 page saying whose it is. */
@ControllerAdvice(assignableTypes = {RoundUnitPages.class, AssignmentPages.class})
class CriterionRefusedPages {

  private final Messages messages;

  CriterionRefusedPages(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(CriterionRefused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused(CriterionRefused e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "round/web/refused";
  }
}
