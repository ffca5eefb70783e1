package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.RoundActions;

/**
 * One unit in a round: every leaf side by side, and the forms of the steps the reader may take in
 * the unit's state. A refused post shows the page again with what was typed, the message beside its
 * field (422), or above the form when the step is not allowed now or the leaf was saved by someone
 * else meanwhile (409).
 */
@Controller
@Access(RoundAccess.class)
@RequestMapping("/rounds/{id}/units/{unit}")
class RoundUnitPages {

  /** One step of the page: done, or refused with its reason. */
  @FunctionalInterface
  interface Step {
    void run(Actor by, LocalDate today);
  }

  private final UnitPage page;
  private final RoundActions actions;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  RoundUnitPages(
      UnitPage page, RoundActions actions, UnitScope scope, Messages messages, Clock clock) {
    this.page = page;
    this.actions = actions;
    this.scope = scope;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  String sheet(
      @PathVariable long id, @PathVariable String unit, HttpServletRequest request, Model model) {
    return page.render(id, unit, Form.empty(), scope.user(), request, model);
  }

  @PostMapping("/entries/{code}")
  String self(
      @PathVariable long id,
      @PathVariable String unit,
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        code,
        (by, today) ->
            actions.writeSelf(
                id,
                unit,
                code,
                new RoundActions.SelfEntry(
                    PageForms.decimal(request, "points"),
                    PageForms.yesNo(request, "done"),
                    request.getParameter("level"),
                    PageForms.decimal(request, "rate"),
                    PageForms.decimal(request, "numerator"),
                    PageForms.decimal(request, "denominator"),
                    PageForms.integer(request, "count"),
                    request.getParameter("note"),
                    PageForms.ticked(request),
                    PageForms.integer(request, "version")),
                by,
                today),
        request,
        response,
        model);
  }

  @PostMapping("/submit")
  String submit(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        null,
        (by, today) ->
            actions.submit(
                id,
                unit,
                new vn.parindex.round.Submission(
                    request.getParameter("difficulties"),
                    request.getParameter("proposals"),
                    PageForms.ticked(request, "acknowledgeWarnings")),
                by,
                today),
        request,
        response,
        model);
  }

  @PostMapping("/appraisals/{code}")
  String appraise(
      @PathVariable long id,
      @PathVariable String unit,
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        code,
        (by, today) ->
            actions.appraise(
                id,
                unit,
                code,
                PageForms.integer(request, "round"),
                PageForms.decimal(request, "points"),
                request.getParameter("note"),
                request.getParameter("explanationRequired") != null,
                PageForms.integer(request, "version"),
                by,
                today),
        request,
        response,
        model);
  }

  @PostMapping("/appraisals/complete")
  String complete(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        null,
        (by, today) -> {
          // ending a round keeps the stage before's points on every leaf not appraised: one
          // click must not end it unawares, so the appraiser confirms the criteria left first
          if (!PageForms.ticked(request, Untouched.FIELD)) {
            Untouched left = page.untouched(id, unit, scope.user());
            if (left.any()) {
              throw new InvalidInputException(
                  InputProblem.ofField(
                      0,
                      "round.field." + Untouched.FIELD,
                      "round.page.untouched.refused",
                      left.codes().size(),
                      left.round(),
                      left.shown(10)));
            }
          }
          actions.complete(id, unit, by, today);
        },
        request,
        response,
        model);
  }

  @PostMapping("/explanations/{code}")
  String explain(
      @PathVariable long id,
      @PathVariable String unit,
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        code,
        (by, today) ->
            actions.explain(
                id,
                unit,
                code,
                PageForms.yesNo(request, "agree"),
                request.getParameter("text"),
                PageForms.ticked(request),
                PageForms.integer(request, "version"),
                by,
                today),
        request,
        response,
        model);
  }

  @PostMapping("/explanations/submit")
  String submitExplanations(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        null,
        (by, today) -> actions.submitExplanations(id, unit, by, today),
        request,
        response,
        model);
  }

  private String act(
      long id,
      String unit,
      String code,
      Step step,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      step.run(Actor.now(scope.user(), clock), LocalDate.now(clock));
      return "redirect:/rounds/" + id + "/units/" + unit + (code == null ? "" : "#leaf-" + code);
    } catch (InvalidInputException e) {
      return page.render(
          id,
          unit,
          PageForms.refused(request, response, e, messages),
          scope.user(),
          request,
          model);
    } catch (ConflictException e) {
      return page.render(
          id, unit, conflict(id, unit, code, e, request, response), scope.user(), request, model);
    }
  }

  /**
   * The form as typed, refused. When someone else saved the leaf meanwhile, the page shows their
   * values, and the form keeps what this person typed with the version just read: saving again is
   * then a choice made having seen the other's values, not a retype from a reloaded page.
   */
  private Form conflict(
      long id,
      String unit,
      String code,
      ConflictException e,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (code == null || !"round.refused.stale".equals(e.messageKey())) {
      return PageForms.conflict(request, response, e, messages);
    }
    response.setStatus(409);
    return Form.of(request.getParameterMap())
        .with("version", page.version(id, unit, code, scope.user()))
        .withErrors(java.util.List.of(messages.get("round.page.stale", e.args())));
  }
}
