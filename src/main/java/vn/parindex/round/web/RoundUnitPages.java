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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
import vn.parindex.round.UnitReads;

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

  /** One step of the page, reading the request as sent: done, or refused with its reason. */
  @FunctionalInterface
  interface Step {
    void run(HttpServletRequest sent, Actor by, LocalDate today);
  }

  private final UnitPage page;
  private final LeafDocument newDocument;
  private final RoundActions actions;
  private final UnitReads reads;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  RoundUnitPages(
      UnitPage page,
      LeafDocument newDocument,
      RoundActions actions,
      UnitReads reads,
      UnitScope scope,
      Messages messages,
      Clock clock) {
    this.page = page;
    this.newDocument = newDocument;
    this.actions = actions;
    this.reads = reads;
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
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        code,
        true,
        file,
        (sent, by, today) ->
            actions.writeSelf(
                id,
                unit,
                code,
                new RoundActions.SelfEntry(
                    PageForms.decimal(sent, "points"),
                    PageForms.yesNo(sent, "done"),
                    sent.getParameter("level"),
                    PageForms.decimal(sent, "rate"),
                    PageForms.decimal(sent, "numerator"),
                    PageForms.decimal(sent, "denominator"),
                    PageForms.integer(sent, "count"),
                    sent.getParameter("note"),
                    PageForms.ticked(sent),
                    PageForms.integer(sent, "version")),
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
        false,
        null,
        (sent, by, today) ->
            once(
                () ->
                    actions.submit(
                        id,
                        unit,
                        new vn.parindex.round.Submission(
                            request.getParameter("difficulties"),
                            request.getParameter("proposals"),
                            PageForms.ticked(request, "acknowledgeWarnings")),
                        by,
                        today),
                () -> reads.read(id, unit, scope.user(), today).selfSubmitted()),
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
        false,
        null,
        (sent, by, today) ->
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
        false,
        null,
        (sent, by, today) -> {
          // the round the page showed: a second click finds it ended and is done, never ending
          // the next (round 2 opens at once for a unit round 1 left nothing to explain)
          Integer asked = PageForms.integer(sent, "round");
          if (asked != null && reads.read(id, unit, scope.user(), today).appraised(asked)) {
            return;
          }
          // ending a round keeps the stage before's points on every leaf not appraised: one
          // click must not end it unawares, so the appraiser confirms the criteria left first
          if (!PageForms.ticked(sent, Untouched.FIELD)) {
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
          once(
              () -> actions.complete(id, unit, asked, by, today),
              () -> asked != null && reads.read(id, unit, scope.user(), today).appraised(asked));
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
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        code,
        true,
        file,
        (sent, by, today) ->
            actions.explain(
                id,
                unit,
                code,
                PageForms.yesNo(sent, "agree"),
                sent.getParameter("text"),
                PageForms.ticked(sent),
                PageForms.integer(sent, "version"),
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
        false,
        null,
        (sent, by, today) ->
            once(
                () -> actions.submitExplanations(id, unit, by, today),
                () -> reads.read(id, unit, scope.user(), today).explanationsSubmitted()),
        request,
        response,
        model);
  }

  /**
   * A submission that a second click (a double tap, a resent form) finds already made is done, not
   * refused: the step's own refusal stands only when the unit is not past it.
   */
  private static void once(Runnable submit, java.util.function.BooleanSupplier made) {
    try {
      submit.run();
    } catch (ConflictException e) {
      if (!made.getAsBoolean()) {
        throw e;
      }
    }
  }

  /**
   * Runs a step; a new document sent with a leaf's form ({@code file} and its fields) is kept and
   * ticked first, so a refused entry shows it ticked and asks for nothing twice.
   */
  private String act(
      long id,
      String unit,
      String code,
      boolean leafForm,
      MultipartFile file,
      Step step,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpServletRequest sent = request;
    try {
      Actor by = Actor.now(scope.user(), clock);
      if (leafForm) {
        sent = newDocument.withNew(unit, file, request, by);
      }
      step.run(sent, by, LocalDate.now(clock));
      // the leaf saved says so where the person is (?saved=1.2), on a phone as much as anywhere
      return "redirect:/rounds/"
          + id
          + "/units/"
          + unit
          + (code == null ? "" : "?saved=" + code + "#leaf-" + code);
    } catch (InvalidInputException e) {
      return page.render(
          id, unit, PageForms.refused(sent, response, e, messages), scope.user(), sent, model);
    } catch (ConflictException e) {
      return page.render(
          id, unit, conflict(id, unit, code, e, sent, response), scope.user(), sent, model);
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
