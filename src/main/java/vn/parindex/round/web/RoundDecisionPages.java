package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.RoundDecisions;

/**
 * Reopening a unit (from the round page) or the unit, or one criterion of it (from its page), with
 * a reason; publishing the round under a decision's number and date. Done, back to the page;
 * refused, the form again as typed with the reason (422 a field, 409 a state: the units still in
 * appraisal).
 */
@Controller
@Access(RoundAccess.class)
class RoundDecisionPages {

  @FunctionalInterface
  interface Decision {
    void take(Actor by);
  }

  private final RoundDecisions decisions;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  RoundDecisionPages(RoundDecisions decisions, UnitScope scope, Messages messages, Clock clock) {
    this.decisions = decisions;
    this.scope = scope;
    this.messages = messages;
    this.clock = clock;
  }

  @PostMapping("/rounds/{id}/reopen")
  String reopenFromRound(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String unit = request.getParameter("unit");
    return take(
        by -> decisions.reopen(id, unit, null, request.getParameter("reason"), by),
        "redirect:/rounds/" + id + "/units/" + (unit == null ? "" : unit.strip()),
        "reopen",
        request,
        response,
        model);
  }

  @PostMapping("/rounds/{id}/units/{unit}/reopen")
  String reopenUnit(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return take(
        by ->
            decisions.reopen(
                id, unit, request.getParameter("code"), request.getParameter("reason"), by),
        "redirect:/rounds/" + id + "/units/" + unit,
        "reopen",
        request,
        response,
        model);
  }

  @PostMapping("/rounds/{id}/publish")
  String publish(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return take(
        by ->
            decisions.publish(
                id,
                request.getParameter("decisionNumber"),
                request.getParameter("decisionDate"),
                by),
        "redirect:/rounds/" + id,
        "publish",
        request,
        response,
        model);
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "round/web/notfound";
  }

  private String take(
      Decision decision,
      String done,
      String act,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Form refused;
    try {
      decision.take(Actor.now(scope.user(), clock));
      return done;
    } catch (InvalidInputException e) {
      refused = PageForms.refused(request, response, e, messages);
    } catch (ConflictException e) {
      refused = PageForms.conflict(request, response, e, messages);
    }
    model.addAttribute("decisions", DecisionModel.of(decisions, request, refused, act));
    model.addAttribute("act", act);
    return "round/web/decision";
  }
}
