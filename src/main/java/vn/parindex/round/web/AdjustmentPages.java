package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.round.AdjustmentSheet;
import vn.parindex.round.RoundAccess;

/**
 * The bonus and penalty form of a unit's page: add one entry, remove one. Each saves the whole list
 * against the version the page showed, so a second click of a stale page answers 409 instead of
 * adding the entry twice; a refused entry comes back as typed, its message beside its field.
 */
@Controller
@Access(RoundAccess.class)
@RequestMapping("/rounds/{id}/units/{unit}/adjustments")
class AdjustmentPages {

  private final AdjustmentSheet adjustments;
  private final UnitPage page;
  private final Messages messages;
  private final Clock clock;
  private final UnitScope scope;

  AdjustmentPages(
      AdjustmentSheet adjustments, UnitPage page, Messages messages, Clock clock, UnitScope scope) {
    this.scope = scope;
    this.adjustments = adjustments;
    this.page = page;
    this.messages = messages;
    this.clock = clock;
  }

  @PostMapping
  String add(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        () ->
            adjustments.add(
                id,
                unit,
                request.getParameter("kind"),
                request.getParameter("reason"),
                PageForms.decimal(request, "amount"),
                PageForms.integer(request, "version"),
                by()),
        request,
        response,
        model);
  }

  @PostMapping("/{index}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable String unit,
      @PathVariable int index,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return act(
        id,
        unit,
        () -> adjustments.remove(id, unit, index, PageForms.integer(request, "version"), by()),
        request,
        response,
        model);
  }

  private String act(
      long id,
      String unit,
      Runnable step,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      step.run();
      return "redirect:/rounds/" + id + "/units/" + unit + "#adjustments";
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
          id,
          unit,
          PageForms.conflict(request, response, e, messages),
          scope.user(),
          request,
          model);
    }
  }

  /** The signed-in user acting now, by the application's clock. */
  private Actor by() {
    return Actor.now(scope.user(), clock);
  }
}
